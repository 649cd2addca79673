#!/usr/bin/env python3
"""Export the botocore C2J service models installed on this machine into the vendored resources folder.

Documentation is stripped; each service keeps its newest API version. botocore drops the legacy query error
codes of query-compatible services (SQS: AWS.SimpleQueueService.NonExistentQueue); they are merged back from
the official Smithy model jars (software.amazon.api.models:<service>) when found in the local Maven repository.
The build never runs this script: run it by hand when moving to a newer botocore, then commit the result.

    mvn dependency:get -Dartifact=software.amazon.api.models:sqs:1.0.6
    python3 runtime/models/scripts/export-botocore-models.py
"""
import glob
import gzip
import json
import os
import shutil
import sys

import botocore

DROP_KEYS = {"documentation", "documentationUrl", "deprecatedMessage", "examples"}
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "main", "resources", "io", "cloudmock", "models", "botocore")


def strip(node):
    if isinstance(node, dict):
        return {k: strip(v) for k, v in node.items() if k not in DROP_KEYS}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


def load(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return json.load(f)


def find(folder, base):
    for name in (base + ".json", base + ".json.gz"):
        if os.path.exists(os.path.join(folder, name)):
            return os.path.join(folder, name)
    return None


def write_gz(path, data):
    raw = json.dumps(data, separators=(",", ":"), sort_keys=False).encode("utf-8")
    with open(path, "wb") as f:
        # mtime=0 keeps the output byte-identical between runs
        with gzip.GzipFile(fileobj=f, mode="wb", mtime=0, compresslevel=9) as gz:
            gz.write(raw)


SMITHY_JARS = os.path.expanduser("~/.m2/repository/software/amazon/api/models/%s/*/%s-*.jar")


def merge_query_errors(service, model):
    """Adds the Smithy awsQueryError codes to the C2J error shapes as botocore's 'error' trait."""
    import zipfile
    jars = sorted(glob.glob(SMITHY_JARS % (service, service)))
    if not jars:
        return 0
    with zipfile.ZipFile(jars[-1]) as z:
        name = next(n for n in z.namelist() if n.endswith(".json") and "/smithy/" in n)
        smithy = json.loads(z.read(name))
    merged = 0
    for shape_id, shape in smithy.get("shapes", {}).items():
        trait = shape.get("traits", {}).get("aws.protocols#awsQueryError")
        c2j = model["shapes"].get(shape_id.split("#")[-1])
        if trait and c2j is not None:
            fault = shape["traits"].get("smithy.api#error", "client")
            c2j["error"] = {"code": trait["code"], "httpStatusCode": trait["httpResponseCode"],
                            "senderFault": fault == "client"}
            merged += 1
    return merged


def main():
    src = os.path.join(os.path.dirname(botocore.__file__), "data")
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    index = {}
    for service in sorted(os.listdir(src)):
        folder = os.path.join(src, service)
        if not os.path.isdir(folder):
            continue
        versions = sorted(v for v in os.listdir(folder) if os.path.isdir(os.path.join(folder, v)))
        if not versions:
            continue
        vdir = os.path.join(folder, versions[-1])
        model_path = find(vdir, "service-2")
        if not model_path:
            continue
        model = strip(load(model_path))
        if "awsQueryCompatible" in model.get("metadata", {}):
            print("%s: merged %d query error codes" % (service, merge_query_errors(service, model)), file=sys.stderr)
        out_dir = os.path.join(OUT, service)
        os.makedirs(out_dir)
        write_gz(os.path.join(out_dir, "service-2.json.gz"), model)
        pag = find(vdir, "paginators-1")
        if pag:
            write_gz(os.path.join(out_dir, "paginators-1.json.gz"), load(pag).get("pagination", {}))
        meta = model.get("metadata", {})
        index[service] = {k: meta[k] for k in (
            "apiVersion", "protocol", "protocols", "jsonVersion", "targetPrefix", "signingName",
            "endpointPrefix", "serviceId", "awsQueryCompatible", "globalEndpoint", "signatureVersion")
            if k in meta}
        index[service]["operations"] = len(model.get("operations", {}))
    with open(os.path.join(OUT, "index.json"), "w", encoding="utf-8") as f:
        json.dump(index, f, indent=1, sort_keys=True)
        f.write("\n")
    dist = os.path.dirname(os.path.dirname(botocore.__file__))
    info = os.path.join(dist, "botocore-%s.dist-info" % botocore.__version__)
    shutil.copy(os.path.join(info, "LICENSE.txt"), os.path.join(OUT, "LICENSE.txt"))
    shutil.copy(os.path.join(info, "NOTICE"), os.path.join(OUT, "NOTICE"))
    with open(os.path.join(OUT, "VERSION"), "w") as f:
        f.write("botocore %s\n" % botocore.__version__)
    print("exported %d services to %s" % (len(index), os.path.normpath(OUT)), file=sys.stderr)


if __name__ == "__main__":
    main()
