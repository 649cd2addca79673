package io.cloudmock.gateway.internal.protocol.s3;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.cloudmock.api.AwsException;

/**
 * Decodes an {@code aws-chunked} body ({@code STREAMING-AWS4-HMAC-SHA256-PAYLOAD},
 * {@code STREAMING-UNSIGNED-PAYLOAD-TRAILER}, ...) as a stream: {@code <hex-size>[;chunk-signature=..]\r\n
 * <data>\r\n ... 0\r\n<trailer>:<value>\r\n\r\n}. A trailing {@code x-amz-checksum-*} is checked against the
 * decoded bytes at the end of the stream; a mismatch fails the read with {@code BadDigest}.
 */
final class AwsChunkedInputStream extends InputStream {

    private final InputStream in;
    private final Map<String, String> trailers = new LinkedHashMap<>();
    private final String trailerName;
    private final Checksum checksum;
    private long remaining;
    private boolean done;

    AwsChunkedInputStream(InputStream raw, String trailerName) {
        this.in = raw instanceof BufferedInputStream ? raw : new BufferedInputStream(raw, 65536);
        this.trailerName = trailerName == null ? null : trailerName.trim().toLowerCase(Locale.ROOT);
        this.checksum = this.trailerName == null ? null : Checksum.forHeader(this.trailerName);
    }

    /** Trailing headers, filled once the stream has been read to its end. */
    Map<String, String> trailers() {
        return trailers;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (remaining == 0) {
            if (done) {
                return -1;
            }
            nextChunk();
        }
        int n = in.read(b, off, (int) Math.min(len, remaining));
        if (n < 0) {
            throw malformed("the body ended inside a chunk");
        }
        remaining -= n;
        if (checksum != null) {
            checksum.update(b, off, n);
        }
        if (remaining == 0) {
            String crlf = line();
            if (!crlf.isEmpty()) {
                throw malformed("a chunk is longer than its declared size");
            }
        }
        return n;
    }

    private void nextChunk() throws IOException {
        String header = line();
        if (header == null) {
            throw malformed("the body ended before the final chunk");
        }
        int semi = header.indexOf(';');
        String hex = (semi < 0 ? header : header.substring(0, semi)).trim();
        long size;
        try {
            size = Long.parseLong(hex, 16);
        } catch (NumberFormatException e) {
            throw malformed("bad chunk size '" + hex + "'");
        }
        if (size > 0) {
            remaining = size;
            return;
        }
        done = true;
        for (String t = line(); t != null && !t.isEmpty(); t = line()) {
            int colon = t.indexOf(':');
            if (colon > 0) {
                trailers.put(t.substring(0, colon).trim().toLowerCase(Locale.ROOT), t.substring(colon + 1).trim());
            }
        }
        verifyTrailer();
    }

    private void verifyTrailer() {
        if (checksum == null) {
            return;
        }
        String expected = trailers.get(trailerName);
        if (expected == null) {
            return;
        }
        String actual = Base64.getEncoder().encodeToString(checksum.digest());
        if (!actual.equals(expected)) {
            throw new AwsException("BadDigest", "The " + checksum.algorithm()
                    + " you specified did not match the calculated checksum.", 400);
        }
    }

    /** A CRLF-terminated line without its terminator, or null at the end of the body. */
    private String line() throws IOException {
        StringBuilder sb = new StringBuilder(80);
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                int len = sb.length();
                return len > 0 && sb.charAt(len - 1) == '\r' ? sb.substring(0, len - 1) : sb.toString();
            }
            if (sb.length() > 8192) {
                throw malformed("a chunk header is too long");
            }
            sb.append((char) c);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static AwsException malformed(String why) {
        return new AwsException("IncompleteBody", "The request body is not valid aws-chunked encoding: " + why, 400);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
