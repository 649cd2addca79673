package io.cloudmock.services.s3.internal.store;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A multipart upload in progress: what the final object will carry and the parts uploaded so far.
 *
 * @param id                the upload id
 * @param key               the object key
 * @param initiated         when it was created
 * @param template          headers, metadata, tags and storage class of the object to be
 * @param checksumAlgorithm the flexible checksum algorithm of its parts, or null
 * @param parts             uploaded parts by number
 */
public record MultipartUpload(String id, String key, Instant initiated, ObjectVersion template, String checksumAlgorithm,
                              ConcurrentSkipListMap<Integer, Part> parts) {

    public MultipartUpload(String id, String key, Instant initiated, ObjectVersion template, String checksumAlgorithm) {
        this(id, key, initiated, template, checksumAlgorithm, new ConcurrentSkipListMap<>());
    }

    /**
     * One uploaded part.
     *
     * @param number       the part number
     * @param blobId       its blob file
     * @param size         bytes
     * @param etag         the quoted MD5
     * @param md5          the raw MD5 (for the multipart ETag)
     * @param lastModified when uploaded
     * @param checksums    flexible checksums by algorithm
     */
    public record Part(int number, String blobId, long size, String etag, byte[] md5, Instant lastModified,
                       Map<String, String> checksums) {
    }
}
