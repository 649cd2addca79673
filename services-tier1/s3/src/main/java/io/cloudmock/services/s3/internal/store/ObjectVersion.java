package io.cloudmock.services.s3.internal.store;

import java.time.Instant;
import java.util.Map;

import io.cloudmock.api.Struct;

/**
 * One stored version of an object (or a delete marker). Object bytes live in the blob file {@code blobId};
 * keys never become file names.
 *
 * @param key          the object key
 * @param versionId    the version id ({@code null} as a string for unversioned objects)
 * @param blobId       the blob file id, or null for a delete marker
 * @param size         the size in bytes
 * @param etag         the quoted ETag
 * @param lastModified when it was written
 * @param deleteMarker whether this is a delete marker
 * @param headers      stored representation headers by member name (ContentType, CacheControl, ...)
 * @param metadata     user metadata ({@code x-amz-meta-*})
 * @param checksums    flexible checksums by algorithm (CRC32, CRC32C, SHA1, SHA256) plus {@code Type}
 * @param tags         object tags
 * @param partSizes    the part sizes of a multipart object, empty otherwise
 * @param storageClass the storage class
 */
public record ObjectVersion(String key, String versionId, String blobId, long size, String etag, Instant lastModified,
                            boolean deleteMarker, Map<String, String> headers, Map<String, String> metadata,
                            Map<String, String> checksums, Map<String, String> tags, java.util.List<Long> partSizes,
                            String storageClass) {

    public static final String NULL_VERSION = "null";

    public ObjectVersion {
        headers = copy(headers);
        metadata = copy(metadata);
        checksums = copy(checksums);
        tags = copy(tags);
        partSizes = partSizes == null ? java.util.List.of() : java.util.List.copyOf(partSizes);
    }

    /** The number of parts of a multipart object, 0 otherwise. */
    public int partsCount() {
        return partSizes.size();
    }

    public static ObjectVersion deleteMarker(String key, String versionId) {
        return new ObjectVersion(key, versionId, null, 0, null, Instant.now(), true, Map.of(), Map.of(), Map.of(),
                Map.of(), java.util.List.of(), null);
    }

    public ObjectVersion withVersionId(String id) {
        return new ObjectVersion(key, id, blobId, size, etag, lastModified, deleteMarker, headers, metadata, checksums,
                tags, partSizes, storageClass);
    }

    public ObjectVersion withTags(Map<String, String> newTags) {
        return new ObjectVersion(key, versionId, blobId, size, etag, lastModified, deleteMarker, headers, metadata,
                checksums, newTags, partSizes, storageClass);
    }

    Struct toStruct() {
        return Struct.of("k", key, "i", versionId, "b", blobId, "s", size, "e", etag, "m", lastModified,
                "d", deleteMarker, "h", headers, "u", metadata, "c", checksums, "t", tags, "p", partSizes,
                "sc", storageClass);
    }

    @SuppressWarnings("unchecked")
    static ObjectVersion fromStruct(Struct s) {
        return new ObjectVersion(s.string("k"), s.string("i"), s.string("b"), s.longValue("s"), s.string("e"),
                s.timestamp("m"), s.bool("d", false), strings(s.map("h")), strings(s.map("u")), strings(s.map("c")),
                strings(s.map("t")), longs(s.list("p")), s.string("sc"));
    }

    private static java.util.List<Long> longs(java.util.List<Object> l) {
        return l.stream().map(o -> ((Number) o).longValue()).toList();
    }

    private static Map<String, String> copy(Map<String, String> m) {
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(m == null ? Map.of() : m));
    }

    private static Map<String, String> strings(Map<String, Object> m) {
        java.util.LinkedHashMap<String, String> out = new java.util.LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }
}
