package io.cloudmock.gateway.internal.protocol.s3;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cloudmock.api.Struct;
import io.cloudmock.api.model.Shape;
import io.cloudmock.gateway.internal.http.HttpRequestData;

/**
 * Turns an S3 request into the plain rest-xml request the generic bindings understand: virtual-host requests
 * rewritten to path style, {@code aws-chunked} bodies replaced by their decoded stream (never buffered) with the
 * decoded length as {@code Content-Length} and {@code aws-chunked} dropped from {@code Content-Encoding}.
 */
final class S3Requests {

    private static final String DECODED_LENGTH = "x-amz-decoded-content-length";

    private S3Requests() {
    }

    static boolean isAwsChunked(HttpRequestData request) {
        String sha = request.header("x-amz-content-sha256");
        if (sha != null && sha.startsWith("STREAMING-")) {
            return true;
        }
        String ce = request.header("Content-Encoding");
        return ce != null && ce.toLowerCase(Locale.ROOT).contains("aws-chunked");
    }

    /** The path-style, decoded equivalent of a request. */
    static HttpRequestData normalize(HttpRequestData request) {
        S3Address address = S3Address.of(request.header("Host"), request.rawPath());
        String path = request.rawPath();
        if (S3Address.bucketFromHost(request.header("Host")) != null) {
            path = "/" + address.bucket() + (path.equals("/") ? "" : path);
        }
        if (address.bucket() != null && address.key() == null) {
            path = "/" + path.substring(1).split("/", 2)[0];
        }
        boolean chunked = isAwsChunked(request);
        if (!chunked && path.equals(request.rawPath())) {
            return request;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        request.headers().forEach((k, v) -> headers.put(k, v));
        InputStream body;
        if (chunked) {
            body = new AwsChunkedInputStream(request.bodyStream(), request.header("x-amz-trailer"));
            headers.keySet().removeIf(k -> k.equalsIgnoreCase("Content-Length") || k.equalsIgnoreCase("Content-Encoding")
                    || k.equalsIgnoreCase("Transfer-Encoding"));
            String decoded = request.header(DECODED_LENGTH);
            if (decoded != null) {
                headers.put("Content-Length", List.of(decoded.trim()));
            }
            String encoding = stripAwsChunked(request.header("Content-Encoding"));
            if (!encoding.isEmpty()) {
                headers.put("Content-Encoding", List.of(encoding));
            }
        } else {
            body = request.bodyStream();
        }
        return new HttpRequestData(request.method(), path, request.rawQuery(), headers, body,
                request.remoteAddress());
    }

    /** After binding: the flexible checksum algorithm named by a trailer when no header named one. */
    static void complete(Struct input, HttpRequestData original, Shape shape) {
        String trailer = original.header("x-amz-trailer");
        if (trailer != null && shape.member("ChecksumAlgorithm") != null && !input.containsKey("ChecksumAlgorithm")) {
            String t = trailer.trim().toLowerCase(Locale.ROOT);
            if (t.startsWith("x-amz-checksum-")) {
                input.put("ChecksumAlgorithm", t.substring("x-amz-checksum-".length()).toUpperCase(Locale.ROOT));
            }
        }
    }

    private static String stripAwsChunked(String encoding) {
        if (encoding == null) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String part : encoding.split(",")) {
            String p = part.trim();
            if (!p.isEmpty() && !p.equalsIgnoreCase("aws-chunked")) {
                kept.add(p);
            }
        }
        return String.join(",", kept);
    }
}
