package io.cloudmock.services.s3.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cloudmock.api.Struct;
import io.cloudmock.services.s3.internal.store.BlobStore;
import io.cloudmock.services.s3.internal.store.Bucket;
import io.cloudmock.services.s3.internal.store.ObjectVersion;
import io.cloudmock.services.s3.internal.store.S3Store;

/** CopyObject (metadata and tagging directives) and reading copy sources ({@code x-amz-copy-source}). */
final class CopyOperations {

    /** A resolved copy source. */
    record Source(Bucket bucket, String key, ObjectVersion version) {
    }

    private final S3Store store;
    private final Buckets buckets;
    private final Versions versions;

    CopyOperations(S3Store store, Buckets buckets, Versions versions) {
        this.store = store;
        this.buckets = buckets;
        this.versions = versions;
    }

    /** Parses {@code bucket/key[?versionId=id]} (URL-encoded, optional leading slash) and checks conditions. */
    Source source(Struct in) {
        String raw = in.string("CopySource");
        if (raw == null || raw.isEmpty()) {
            throw S3Errors.invalidArgument("Copy Source must mention the source bucket and key: sourcebucket/sourcekey");
        }
        String versionId = null;
        int q = raw.indexOf("?versionId=");
        if (q >= 0) {
            versionId = raw.substring(q + "?versionId=".length());
            raw = raw.substring(0, q);
        }
        String path = S3Names.percentDecode(raw.startsWith("/") ? raw.substring(1) : raw);
        int slash = path.indexOf('/');
        if (slash <= 0 || slash == path.length() - 1) {
            throw S3Errors.invalidArgument("Copy Source must mention the source bucket and key: sourcebucket/sourcekey");
        }
        Bucket b = buckets.require(path.substring(0, slash));
        String key = path.substring(slash + 1);
        ObjectVersion v = versions.read(b, key, versionId);
        ReadConditions.check(in, v, "CopySource");
        return new Source(b, key, v);
    }

    /** Copies {@code length} bytes of the source from {@code offset} into a staged blob. */
    BlobStore.Staged copyBytes(Source src, long offset, long length, Set<String> algorithms) {
        try (InputStream body = store.open(src.bucket(), src.key(), src.version(), offset, length).body()) {
            return store.blobs().write(body, length, algorithms);
        } catch (java.nio.file.NoSuchFileException e) {
            throw S3Errors.noSuchKey(src.bucket().name(), src.key());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Struct copyObject(Struct in) {
        Bucket b = buckets.require(in.string("Bucket"));
        String key = ObjectOperations.validKey(in.string("Key"));
        Source src = source(in);
        boolean replace = "REPLACE".equals(in.string("MetadataDirective"));
        boolean replaceTags = "REPLACE".equals(in.string("TaggingDirective"));
        if (src.bucket() == b && src.key().equals(key) && !replace && in.get("StorageClass") == null
                && in.get("WebsiteRedirectLocation") == null && in.get("ServerSideEncryption") == null
                && in.get("VersionId") == null && in.get("CopySource") != null
                && !in.string("CopySource").contains("versionId=")) {
            throw S3Errors.invalidRequest("This copy request is illegal because it is trying to copy an object to "
                    + "itself without changing the object's metadata, storage class, website redirect location or "
                    + "encryption attributes.");
        }
        ObjectVersion from = src.version();
        Set<String> algorithms = new java.util.LinkedHashSet<>(BodyIntake.algorithms(in));
        if (algorithms.isEmpty()) {
            from.checksums().keySet().stream().filter(a -> !a.equals("Type")).forEach(algorithms::add);
        }
        Map<String, String> tags = replaceTags ? Tags.fromHeader(in.string("Tagging")) : from.tags();
        ObjectVersion stored;
        try (BlobStore.Staged staged = copyBytes(src, 0, from.size(), algorithms)) {
            Map<String, String> checksums = new LinkedHashMap<>(staged.digests().checksums());
            if (!checksums.isEmpty()) {
                checksums.put("Type", "FULL_OBJECT");
            }
            String etag = S3Names.etag(staged.digests().md5());
            ObjectVersion v = new ObjectVersion(key, null, staged.commit(), staged.digests().size(), etag,
                    Instant.now(), false, replace ? BodyIntake.headers(in) : from.headers(),
                    replace ? BodyIntake.metadata(in) : from.metadata(), checksums, tags, List.of(),
                    in.string("StorageClass", from.storageClass()));
            stored = versions.put(b, v);
        }
        Struct result = Struct.of("ETag", stored.etag(), "LastModified", stored.lastModified());
        stored.checksums().forEach((alg, value) -> result.put(alg.equals("Type") ? "ChecksumType" : "Checksum" + alg,
                value));
        Struct out = Struct.of("CopyObjectResult", result);
        if (b.versioning() != null) {
            out.put("VersionId", stored.versionId());
        }
        if (src.bucket().versioning() != null) {
            out.put("CopySourceVersionId", from.versionId());
        }
        return out;
    }
}
