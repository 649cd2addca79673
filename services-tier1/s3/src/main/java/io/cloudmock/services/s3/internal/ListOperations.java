package io.cloudmock.services.s3.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import io.cloudmock.api.Struct;
import io.cloudmock.services.s3.internal.store.Bucket;
import io.cloudmock.services.s3.internal.store.Keys;
import io.cloudmock.services.s3.internal.store.ObjectEntry;
import io.cloudmock.services.s3.internal.store.ObjectVersion;

/** ListObjects (v1), ListObjectsV2 and ListObjectVersions: prefixes, delimiters, pagination, URL encoding. */
final class ListOperations {

    private final Buckets buckets;

    ListOperations(Buckets buckets) {
        this.buckets = buckets;
    }

    /** One page of current objects and common prefixes. */
    private record Page(List<ObjectVersion> objects, List<String> prefixes, boolean truncated, String last) {
    }

    Struct listObjects(Struct in) {
        Bucket b = buckets.require(in.string("Bucket"));
        String prefix = in.string("Prefix", "");
        String delimiter = emptyToNull(in.string("Delimiter"));
        int max = maxKeys(in.integer("MaxKeys"));
        boolean url = "url".equals(in.string("EncodingType"));
        Page page = scan(b, prefix, delimiter, in.string("Marker"), max);
        Struct out = Struct.of("Name", b.name(), "Prefix", enc(prefix, url), "Marker", enc(in.string("Marker", ""), url),
                "MaxKeys", max, "Delimiter", enc(delimiter, url), "IsTruncated", page.truncated(),
                "EncodingType", in.string("EncodingType"));
        if (page.truncated()) {
            out.put("NextMarker", enc(page.last(), url));
        }
        return contents(out, page, url, true);
    }

    Struct listObjectsV2(Struct in) {
        Bucket b = buckets.require(in.string("Bucket"));
        String prefix = in.string("Prefix", "");
        String delimiter = emptyToNull(in.string("Delimiter"));
        int max = maxKeys(in.integer("MaxKeys"));
        boolean url = "url".equals(in.string("EncodingType"));
        String token = in.string("ContinuationToken");
        String start = in.string("StartAfter");
        if (token != null) {
            try {
                start = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw S3Errors.invalidArgument("The continuation token provided is incorrect")
                        .with("ArgumentName", "continuation-token");
            }
        }
        Page page = scan(b, prefix, delimiter, start, max);
        Struct out = Struct.of("Name", b.name(), "Prefix", enc(prefix, url), "MaxKeys", max,
                "Delimiter", enc(delimiter, url), "IsTruncated", page.truncated(),
                "KeyCount", page.objects().size() + page.prefixes().size(), "EncodingType", in.string("EncodingType"),
                "ContinuationToken", token, "StartAfter", enc(in.string("StartAfter"), url));
        if (page.truncated()) {
            out.put("NextContinuationToken",
                    Base64.getUrlEncoder().withoutPadding().encodeToString(page.last().getBytes(StandardCharsets.UTF_8)));
        }
        return contents(out, page, url, in.bool("FetchOwner", false));
    }

    private static Struct contents(Struct out, Page page, boolean url, boolean owner) {
        List<Object> contents = new ArrayList<>();
        for (ObjectVersion v : page.objects()) {
            Struct c = Struct.of("Key", enc(v.key(), url), "LastModified", v.lastModified(), "ETag", v.etag(),
                    "Size", v.size(), "StorageClass", v.storageClass() == null ? "STANDARD" : v.storageClass());
            algorithms(c, v);
            if (owner) {
                c.put("Owner", S3Names.owner());
            }
            contents.add(c);
        }
        List<Object> prefixes = new ArrayList<>();
        page.prefixes().forEach(p -> prefixes.add(Struct.of("Prefix", enc(p, url))));
        out.set("Contents", contents.isEmpty() ? null : contents);
        out.set("CommonPrefixes", prefixes.isEmpty() ? null : prefixes);
        return out;
    }

    private static void algorithms(Struct c, ObjectVersion v) {
        List<Object> algs = new ArrayList<>();
        v.checksums().keySet().stream().filter(a -> !a.equals("Type")).forEach(algs::add);
        if (!algs.isEmpty()) {
            c.put("ChecksumAlgorithm", algs);
            c.set("ChecksumType", v.checksums().get("Type"));
        }
    }

    private Page scan(Bucket b, String prefix, String delimiter, String after, int max) {
        List<ObjectVersion> objects = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        String last = null;
        if (max == 0) {
            return new Page(objects, prefixes, false, null);
        }
        NavigableMap<String, ObjectEntry> from = tail(b, prefix, after);
        String skipPrefix = delimiter != null && after != null && after.endsWith(delimiter) ? after : null;
        for (Map.Entry<String, ObjectEntry> e : from.entrySet()) {
            String key = e.getKey();
            if (!key.startsWith(prefix)) {
                if (Keys.compare(key, prefix) > 0) {
                    break;
                }
                continue;
            }
            if (skipPrefix != null && key.startsWith(skipPrefix)) {
                continue;
            }
            ObjectVersion latest = e.getValue().latest();
            if (latest == null || latest.deleteMarker()) {
                continue;
            }
            String common = null;
            if (delimiter != null) {
                int at = key.indexOf(delimiter, prefix.length());
                if (at >= 0) {
                    common = key.substring(0, at + delimiter.length());
                    if (!prefixes.isEmpty() && prefixes.get(prefixes.size() - 1).equals(common)) {
                        continue;
                    }
                }
            }
            if (objects.size() + prefixes.size() >= max) {
                return new Page(objects, prefixes, true, last);
            }
            if (common != null) {
                prefixes.add(common);
                last = common;
            } else {
                objects.add(latest);
                last = key;
            }
        }
        return new Page(objects, prefixes, false, last);
    }

    static NavigableMap<String, ObjectEntry> tail(Bucket b, String prefix, String after) {
        if (after != null && Keys.compare(after, prefix) >= 0) {
            return b.objects().tailMap(after, false);
        }
        return b.objects().tailMap(prefix, true);
    }

    Struct listObjectVersions(Struct in) {
        Bucket b = buckets.require(in.string("Bucket"));
        String prefix = in.string("Prefix", "");
        String delimiter = emptyToNull(in.string("Delimiter"));
        int max = maxKeys(in.integer("MaxKeys"));
        boolean url = "url".equals(in.string("EncodingType"));
        String keyMarker = emptyToNull(in.string("KeyMarker"));
        String versionMarker = emptyToNull(in.string("VersionIdMarker"));
        List<Object> versions = new ArrayList<>();
        List<Object> markers = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        int count = 0;
        String nextKey = null;
        String nextVersion = null;
        boolean truncated = false;
        NavigableMap<String, ObjectEntry> from = keyMarker == null ? b.objects().tailMap(prefix, true)
                : b.objects().tailMap(keyMarker, versionMarker != null);
        outer:
        for (Map.Entry<String, ObjectEntry> e : from.entrySet()) {
            String key = e.getKey();
            if (!key.startsWith(prefix)) {
                if (Keys.compare(key, prefix) > 0) {
                    break;
                }
                continue;
            }
            if (delimiter != null) {
                int at = key.indexOf(delimiter, prefix.length());
                if (at >= 0) {
                    String common = key.substring(0, at + delimiter.length());
                    if (prefixes.contains(common) || keyMarker != null && keyMarker.startsWith(common)) {
                        continue;
                    }
                    if (count >= max) {
                        truncated = true;
                        break;
                    }
                    prefixes.add(common);
                    count++;
                    nextKey = common;
                    nextVersion = null;
                    continue;
                }
            }
            List<ObjectVersion> vs = e.getValue().versions();
            boolean skipping = versionMarker != null && key.equals(keyMarker);
            for (int i = 0; i < vs.size(); i++) {
                ObjectVersion v = vs.get(i);
                if (skipping) {
                    skipping = !v.versionId().equals(versionMarker);
                    continue;
                }
                if (count >= max) {
                    truncated = true;
                    break outer;
                }
                Struct s = Struct.of("Key", enc(key, url), "VersionId", v.versionId(), "IsLatest", i == 0,
                        "LastModified", v.lastModified(), "Owner", S3Names.owner());
                if (v.deleteMarker()) {
                    markers.add(s);
                } else {
                    s.put("ETag", v.etag());
                    s.put("Size", v.size());
                    s.put("StorageClass", "STANDARD");
                    algorithms(s, v);
                    versions.add(s);
                }
                count++;
                nextKey = key;
                nextVersion = v.versionId();
            }
        }
        Struct out = Struct.of("Name", b.name(), "Prefix", enc(prefix, url), "KeyMarker", enc(in.string("KeyMarker", ""),
                url), "VersionIdMarker", in.string("VersionIdMarker", ""), "MaxKeys", max,
                "Delimiter", enc(delimiter, url), "IsTruncated", truncated, "EncodingType", in.string("EncodingType"));
        if (truncated) {
            out.put("NextKeyMarker", enc(nextKey, url));
            out.set("NextVersionIdMarker", nextVersion);
        }
        out.set("Versions", versions.isEmpty() ? null : versions);
        out.set("DeleteMarkers", markers.isEmpty() ? null : markers);
        List<Object> cps = new ArrayList<>();
        prefixes.forEach(p -> cps.add(Struct.of("Prefix", enc(p, url))));
        out.set("CommonPrefixes", cps.isEmpty() ? null : cps);
        return out;
    }

    private static int maxKeys(Integer requested) {
        if (requested == null) {
            return 1000;
        }
        if (requested < 0) {
            throw S3Errors.invalidArgument("max-keys must be >= 0").with("ArgumentName", "max-keys");
        }
        return Math.min(requested, 1000);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String enc(String s, boolean url) {
        return url ? S3Names.urlEncode(s) : s;
    }
}
