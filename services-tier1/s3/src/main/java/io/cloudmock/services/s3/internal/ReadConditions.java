package io.cloudmock.services.s3.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.Struct;
import io.cloudmock.services.s3.internal.store.ObjectVersion;

/** Conditional reads (If-Match, If-None-Match, If-Modified-Since, If-Unmodified-Since) and byte ranges. */
final class ReadConditions {

    /** A satisfiable byte range: {@code length} bytes from {@code start} of an object of {@code size} bytes. */
    record Range(long start, long length, long size) {
        String contentRange() {
            return "bytes " + start + "-" + (start + length - 1) + "/" + size;
        }
    }

    private ReadConditions() {
    }

    /** Applies GetObject/HeadObject preconditions: 412 PreconditionFailed or 304 Not Modified. */
    static void check(Struct in, ObjectVersion v, String prefix) {
        String ifMatch = in.string(prefix + "IfMatch");
        String ifNoneMatch = in.string(prefix + "IfNoneMatch");
        Instant ifModified = in.get(prefix + "IfModifiedSince") instanceof Instant t ? t : null;
        Instant ifUnmodified = in.get(prefix + "IfUnmodifiedSince") instanceof Instant t ? t : null;
        Instant modified = v.lastModified().truncatedTo(ChronoUnit.SECONDS);
        if (ifMatch != null) {
            if (!matches(ifMatch, v.etag())) {
                throw S3Errors.preconditionFailed(prefix.isEmpty() ? "If-Match" : "x-amz-copy-source-If-Match");
            }
        } else if (ifUnmodified != null && modified.isAfter(ifUnmodified)) {
            throw S3Errors.preconditionFailed(prefix.isEmpty() ? "If-Unmodified-Since"
                    : "x-amz-copy-source-If-Unmodified-Since");
        }
        if (ifNoneMatch != null) {
            if (matches(ifNoneMatch, v.etag())) {
                throw notModified(v, prefix);
            }
        } else if (ifModified != null && !modified.isAfter(ifModified)) {
            throw notModified(v, prefix);
        }
    }

    private static AwsException notModified(ObjectVersion v, String prefix) {
        if (!prefix.isEmpty()) {
            return S3Errors.preconditionFailed("x-amz-copy-source-If-None-Match");
        }
        return S3Errors.notModified().withHeader("ETag", v.etag()).withHeader("Last-Modified",
                java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        v.lastModified().atZone(java.time.ZoneOffset.UTC)));
    }

    static boolean matches(String condition, String etag) {
        for (String c : condition.split(",")) {
            String t = c.trim();
            if (t.equals("*") || S3Names.unquote(t).equals(S3Names.unquote(etag))) {
                return true;
            }
        }
        return false;
    }

    /** Parses a single {@code bytes=} range; null means the whole object (absent or unparseable header). */
    static Range range(String header, long size) {
        if (header == null) {
            return null;
        }
        String h = header.trim();
        if (!h.startsWith("bytes=") || h.indexOf(',') >= 0) {
            return null;
        }
        String spec = h.substring(6).trim();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return null;
        }
        try {
            String a = spec.substring(0, dash).trim();
            String b = spec.substring(dash + 1).trim();
            if (a.isEmpty()) {
                long suffix = Long.parseLong(b);
                if (suffix <= 0 || size == 0) {
                    throw S3Errors.invalidRange(size);
                }
                long len = Math.min(suffix, size);
                return new Range(size - len, len, size);
            }
            long start = Long.parseLong(a);
            long end = b.isEmpty() ? size - 1 : Math.min(Long.parseLong(b), size - 1);
            if (!b.isEmpty() && Long.parseLong(b) < start) {
                return null;
            }
            if (start >= size) {
                throw S3Errors.invalidRange(size);
            }
            return new Range(start, end - start + 1, size);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
