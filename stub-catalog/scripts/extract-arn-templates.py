#!/usr/bin/env python3
"""Regenerates the vendored ARN template extract of the Tier 2 stub catalog.

Usage (needs npm and network access to the npm registry):
    mkdir /tmp/spec && cd /tmp/spec && npm pack @aws-cdk/aws-service-spec@0.1.216 && tar xzf *.tgz
    python3 stub-catalog/scripts/extract-arn-templates.py /tmp/spec/package

Writes arn-templates.json (ARN service -> resource name -> template, primary identifiers), LICENSE and VERSION
into src/main/resources/io/cloudmock/stubcatalog/arn-templates/.
"""
import gzip
import json
import os
import shutil
import sys

VERSION = "@aws-cdk/aws-service-spec 0.1.216"


def main(package_dir):
    out_dir = os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources", "io", "cloudmock",
                           "stubcatalog", "arn-templates")
    os.makedirs(out_dir, exist_ok=True)
    with gzip.open(os.path.join(package_dir, "db.json.gz")) as f:
        schema = json.load(f)["schema"]
    extract = {}
    for res in schema["resource"]["entities"]:
        template = res.get("arnTemplate")
        if not template:
            continue
        parts = template.split(":", 5)
        if len(parts) < 6:
            continue
        arn_service = parts[2]
        extract.setdefault(arn_service, {})[res["name"]] = {
            "type": res["cloudFormationType"],
            "template": template,
            "primaryIdentifier": res.get("primaryIdentifier", []),
        }
    ordered = {k: dict(sorted(v.items())) for k, v in sorted(extract.items())}
    with open(os.path.join(out_dir, "arn-templates.json"), "w") as f:
        json.dump(ordered, f, indent=0, sort_keys=False, separators=(",", ":"))
        f.write("\n")
    shutil.copy(os.path.join(package_dir, "LICENSE"), os.path.join(out_dir, "LICENSE"))
    with open(os.path.join(out_dir, "VERSION"), "w") as f:
        f.write(VERSION + "\n")
    print(sum(len(v) for v in extract.values()), "templates for", len(extract), "ARN services")


if __name__ == "__main__":
    main(sys.argv[1])
