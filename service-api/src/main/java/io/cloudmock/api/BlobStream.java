package io.cloudmock.api;

import java.io.InputStream;

/**
 * A streaming blob payload (S3 object bodies, Lambda invoke payloads): read once, never buffered whole.
 *
 * @param stream the bytes
 * @param length the number of bytes, or -1 when unknown
 */
public record BlobStream(InputStream stream, long length) {
}
