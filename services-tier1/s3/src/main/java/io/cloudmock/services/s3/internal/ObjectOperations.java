package io.cloudmock.services.s3.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cloudmock.api.BlobStream;
import io.cloudmock.api.Struct;
import io.cloudmock.services.s3.internal.store.BlobStore;
import io.cloudmock.services.s3.internal.store.Bucket;
import io.cloudmock.services.s3.internal.store.ObjectVersion;
import io.cloudmock.services.s3.internal.store.S3Store;

/** PutObject, GetObject, HeadObject, DeleteObject and object tagging. */
final class ObjectOperations {

    private final S3Store store;
    private final Buckets buckets;
    private final Versions versions;

    ObjectOperations(S3Store store, Buckets buckets, Versions versions) {
        this.store = store;
        this.buckets = buckets;
        this.versions = versions;
    }

    Struct putObject(Struct in) {
        Bucket b = buckets.require(in.string("Bucket"));
        String key = validKey(in.string("Key"));
        writeConditions(b, key, in);
        Map<String, String> tags = Tags.fromHeader(in.string("Tagging"));
        Tags.validateObjectTags(tags);
        Set<String> algorithms = BodyIntake.algorithms(in);
        ObjectVersion stored;
        try (BlobStore.Staged staged = BodyIntake.receive(store.blobs(), in, algorithms)) {
            Map<String, String> checksums = new LinkedHashMap<>(staged.digests().checksums());
            if (!checksums.isEmpty()) {
                checksums.put("Type", "FULL_OBJECT");
            }
            String etag = S3Names.etag(staged.digests().md5());
            ObjectVersion v = new ObjectVersion(key, null, staged.commit(), staged.digests().size(), etag,
                    Instant.now(), false, BodyIntake.headers(in), BodyIntake.metadata(in), checksums, tags, List.of(),
                    in.string("StorageClass"));
            stored = versions.put(b, v);
        }
        Struct out = Struct.of("ETag", stored.etag(), "Size", stored.size());
        if (b.versioning() != null) {
            out.set("VersionId", stored.versionId());
        }
        checksums(out, stored);
        return out;
    }

    private void writeConditions(Bucket b, String key, Struct in) {
        String ifNoneMatch = in.string("IfNoneMatch");
        String ifMatch = in.string("IfMatch");
        if (ifNoneMatch == null && ifMatch == null) {
            return;
        }
        var entry = b.objects().get(key);
        ObjectVersion current = entry == null ? null : entry.latest();
        boolean exists = current != null && !current.deleteMarker();
        if (ifNoneMatch != null && exists && ReadConditions.matches(ifNoneMatch, current.etag())) {
            throw S3Errors.preconditionFailed("If-None-Match");
        }
        if (ifMatch != null) {
            if (!exists) {
                throw S3Errors.noSuchKey(b.name(), key);
            }
            if (!ReadConditions.matches(ifMatch, current.etag())) {
                throw S3Errors.preconditionFailed("If-Match");
            }
        }
    }

    Struct getObject(Struct in) {
        Bucket b = buckets.require(in.string("Bucket"));
        String key = in.string("Key");
        for (int attempt = 0; ; attempt++) {
            ObjectVersion v = versions.read(b, key, in.string("VersionId"));
            ReadConditions.check(in, v, "");
            ReadConditions.Range range = range(in, v);
            Struct out = describe(b, v, in);
            long offset = range == null ? 0 : range.start();
            long length = range == null ? v.size() : range.length();
            if (range != null) {
                out.put("ContentRange", range.contentRange());
                out.put("ContentLength", length);
            } else if ("ENABLED".equals(in.string("ChecksumMode"))) {
                checksums(out, v);
            }
            try {
                S3Store.Opened opened = store.open(b, key, v, offset, length);
                out.put("Body", new BlobStream(opened.body(), length));
            } catch (java.nio.file.NoSuchFileException e) {
                if (attempt < 5) {
                    continue; // overwritten or deleted meanwhile: read the key again
                }
                throw S3Errors.noSuchKey(b.name(), key);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            overrides(out, in);
            return out;
        }
    }

    Struct headObject(Struct in) {
        Bucket b = buckets.require(in.string("Bucket"));
        ObjectVersion v = versions.read(b, in.string("Key"), in.string("VersionId"));
        ReadConditions.check(in, v, "");
        ReadConditions.Range range = range(in, v);
        Struct out = describe(b, v, in);
        if (range != null) {
            out.put("ContentRange", range.contentRange());
            out.put("ContentLength", range.length());
        } else if ("ENABLED".equals(in.string("ChecksumMode"))) {
            checksums(out, v);
        }
        overrides(out, in);
        return out;
    }

    /** The byte range a read asks for: a {@code Range} header or a part of a multipart object. */
    private static ReadConditions.Range range(Struct in, ObjectVersion v) {
        Integer part = in.integer("PartNumber");
        if (part == null) {
            return ReadConditions.range(in.string("Range"), v.size());
        }
        if (part < 1 || part > Math.max(1, v.partsCount())) {
            throw S3Errors.invalidPartNumber();
        }
        if (v.partsCount() == 0) {
            return v.size() == 0 ? null : new ReadConditions.Range(0, v.size(), v.size());
        }
        long start = 0;
        for (int i = 0; i < part - 1; i++) {
            start += v.partSizes().get(i);
        }
        return new ReadConditions.Range(start, v.partSizes().get(part - 1), v.size());
    }

    private static Struct describe(Bucket b, ObjectVersion v, Struct in) {
        Struct out = Struct.of("ContentLength", v.size(), "ETag", v.etag(), "LastModified", v.lastModified(),
                "AcceptRanges", "bytes");
        BodyIntake.addHeaders(out, v.headers());
        if (!v.metadata().isEmpty()) {
            out.put("Metadata", new LinkedHashMap<String, Object>(v.metadata()));
        }
        if (b.versioning() != null) {
            out.put("VersionId", v.versionId());
        }
        if (!v.tags().isEmpty()) {
            out.put("TagCount", v.tags().size());
        }
        if (v.partsCount() > 0 && in.get("PartNumber") != null) {
            out.put("PartsCount", v.partsCount());
        }
        if (v.storageClass() != null && !"STANDARD".equals(v.storageClass())) {
            out.put("StorageClass", v.storageClass());
        }
        return out;
    }

    private static void checksums(Struct out, ObjectVersion v) {
        v.checksums().forEach((alg, value) -> out.put(alg.equals("Type") ? "ChecksumType" : "Checksum" + alg, value));
    }

    private static void overrides(Struct out, Struct in) {
        String[][] pairs = {{"ResponseCacheControl", "CacheControl"}, {"ResponseContentDisposition",
            "ContentDisposition"}, {"ResponseContentEncoding", "ContentEncoding"}, {"ResponseContentLanguage",
            "ContentLanguage"}, {"ResponseContentType", "ContentType"}};
        for (String[] p : pairs) {
            out.set(p[1], in.get(p[0]));
        }
        out.set("Expires", in.get("ResponseExpires"));
    }

    Struct deleteObject(Struct in) {
        Bucket b = buckets.require(in.string("Bucket"));
        Versions.Deleted d = versions.delete(b, in.string("Key"), in.string("VersionId"));
        Struct out = new Struct();
        if (d.deleteMarker()) {
            out.put("DeleteMarker", true);
        }
        if (b.versioning() != null || in.get("VersionId") != null) {
            out.set("VersionId", d.versionId());
        }
        return out;
    }

    Struct putObjectTagging(Struct in) {
        Bucket b = buckets.require(in.string("Bucket"));
        String key = in.string("Key");
        Struct tagging = in.struct("Tagging");
        if (tagging == null) {
            throw S3Errors.malformedXml();
        }
        Map<String, String> tags = Tags.fromTagSet(tagging.list("TagSet"));
        Tags.validateObjectTags(tags);
        ObjectVersion target = versions.read(b, key, in.string("VersionId"));
        retag(b, key, target, tags);
        return Struct.of("VersionId", b.versioning() != null ? target.versionId() : null);
    }

    Struct getObjectTagging(Struct in) {
        Bucket b = buckets.require(in.string("Bucket"));
        ObjectVersion v = versions.read(b, in.string("Key"), in.string("VersionId"));
        return Struct.of("TagSet", Tags.toTagSet(v.tags()), "VersionId",
                b.versioning() != null ? v.versionId() : null);
    }

    Struct deleteObjectTagging(Struct in) {
        Bucket b = buckets.require(in.string("Bucket"));
        String key = in.string("Key");
        ObjectVersion target = versions.read(b, key, in.string("VersionId"));
        retag(b, key, target, Map.of());
        return Struct.of("VersionId", b.versioning() != null ? target.versionId() : null);
    }

    private void retag(Bucket b, String key, ObjectVersion target, Map<String, String> tags) {
        store.update(b, key, list -> {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).versionId().equals(target.versionId())) {
                    list.set(i, list.get(i).withTags(tags));
                }
            }
            return list;
        });
    }

    static String validKey(String key) {
        if (key == null || key.isEmpty()) {
            throw S3Errors.invalidArgument("Object key must not be empty");
        }
        if (key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 1024) {
            throw new io.cloudmock.api.AwsException("KeyTooLongError", "Your key is too long", 400);
        }
        return key;
    }
}
