package io.cloudmock.gateway.internal.protocol.s3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.BlobStream;
import io.cloudmock.api.Struct;
import io.cloudmock.api.model.Member;
import io.cloudmock.api.model.Operation;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.Shape;
import io.cloudmock.api.model.ShapeType;
import io.cloudmock.gateway.internal.http.HttpRequestData;
import io.cloudmock.gateway.internal.protocol.Timestamps;

/**
 * Binds an S3 request to the operation's input: URI labels from the (virtual-host or path style) address,
 * query parameters, headers, {@code x-amz-meta-*} maps and the payload, decoding {@code aws-chunked} bodies
 * as a stream.
 */
final class S3RequestReader {

    private S3RequestReader() {
    }

    static Struct read(HttpRequestData request, ServiceModel model, Operation operation) {
        Struct input = new Struct();
        if (operation.input() == null) {
            return input;
        }
        Shape shape = model.target(operation.input());
        S3Address address = S3Address.of(request.header("Host"), request.rawPath());
        for (Map.Entry<String, Member> e : shape.members().entrySet()) {
            Member m = e.getValue();
            Shape target = model.target(m);
            switch (m.location()) {
                case URI -> input.set(e.getKey(), "Key".equals(m.wireName()) ? address.key()
                        : "Bucket".equals(m.wireName()) ? address.bucket() : null);
                case QUERYSTRING -> {
                    List<String> values = request.queryParameters().get(m.wireName());
                    if (values != null && !values.isEmpty()) {
                        input.set(e.getKey(), target.type() == ShapeType.LIST ? new ArrayList<Object>(values)
                                : convert(values.get(0), target, m.wireName()));
                    }
                }
                case HEADER -> {
                    String v = request.header(m.wireName());
                    if (v != null) {
                        input.set(e.getKey(), convert(v, target, m.wireName()));
                    }
                }
                case HEADERS -> input.set(e.getKey(), prefixed(request, m.wireName()));
                default -> {
                    if (e.getKey().equals(shape.payload())) {
                        input.set(e.getKey(), payload(request, m, target, model));
                    }
                }
            }
        }
        if (isAwsChunked(request)) {
            String decoded = request.header("x-amz-decoded-content-length");
            if (shape.member("ContentLength") != null) {
                input.set("ContentLength", decoded == null ? null : Long.valueOf(decoded.trim()));
                if (decoded == null) {
                    input.remove("ContentLength");
                }
            }
            String trailer = request.header("x-amz-trailer");
            if (trailer != null && shape.member("ChecksumAlgorithm") != null && !input.containsKey("ChecksumAlgorithm")) {
                String t = trailer.trim().toLowerCase(Locale.ROOT);
                if (t.startsWith("x-amz-checksum-")) {
                    input.put("ChecksumAlgorithm", t.substring("x-amz-checksum-".length()).toUpperCase(Locale.ROOT));
                }
            }
        }
        String encoding = input.string("ContentEncoding");
        if (encoding != null) {
            String stripped = stripAwsChunked(encoding);
            if (stripped.isEmpty()) {
                input.remove("ContentEncoding");
            } else {
                input.put("ContentEncoding", stripped);
            }
        }
        return input;
    }

    static boolean isAwsChunked(HttpRequestData request) {
        String sha = request.header("x-amz-content-sha256");
        if (sha != null && sha.startsWith("STREAMING-")) {
            return true;
        }
        String ce = request.header("Content-Encoding");
        return ce != null && ce.toLowerCase(Locale.ROOT).contains("aws-chunked");
    }

    private static String stripAwsChunked(String encoding) {
        List<String> kept = new ArrayList<>();
        for (String part : encoding.split(",")) {
            String p = part.trim();
            if (!p.isEmpty() && !p.equalsIgnoreCase("aws-chunked")) {
                kept.add(p);
            }
        }
        return String.join(",", kept);
    }

    private static Object payload(HttpRequestData request, Member m, Shape target, ServiceModel model) {
        boolean chunked = isAwsChunked(request);
        if (target.type() == ShapeType.BLOB && (target.streaming() || m.streaming())) {
            InputStream body = request.bodyStream();
            long length;
            if (chunked) {
                body = new AwsChunkedInputStream(body, request.header("x-amz-trailer"));
                length = parseLength(request.header("x-amz-decoded-content-length"));
            } else {
                length = parseLength(request.header("Content-Length"));
            }
            return new BlobStream(body, length);
        }
        byte[] bytes;
        try {
            bytes = chunked ? new AwsChunkedInputStream(request.bodyStream(), request.header("x-amz-trailer"))
                    .readAllBytes() : request.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length == 0) {
            return null;
        }
        return switch (target.type()) {
            case STRUCTURE -> S3XmlReader.read(bytes, target, model);
            case STRING -> new String(bytes, StandardCharsets.UTF_8);
            default -> bytes;
        };
    }

    private static long parseLength(String v) {
        try {
            return v == null ? -1 : Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Map<String, Object> prefixed(HttpRequestData request, String prefix) {
        Map<String, Object> out = new LinkedHashMap<>();
        String p = prefix.toLowerCase(Locale.ROOT);
        request.headers().forEach((name, values) -> {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.startsWith(p) && n.length() > p.length() && !values.isEmpty()) {
                out.put(n.substring(p.length()), String.join(",", values));
            }
        });
        return out.isEmpty() ? null : out;
    }

    private static Object convert(String v, Shape target, String name) {
        try {
            return switch (target.type()) {
                case INTEGER -> Integer.valueOf(v.trim());
                case LONG -> Long.valueOf(v.trim());
                case BOOLEAN -> Boolean.valueOf(v.trim());
                case TIMESTAMP -> Timestamps.parse(v);
                case LIST -> new ArrayList<Object>(List.of(v.split(",\\s*")));
                default -> v;
            };
        } catch (RuntimeException e) {
            if (target.type() == ShapeType.TIMESTAMP) {
                return null;
            }
            throw new AwsException("InvalidArgument", "Invalid value '" + v + "' for " + name, 400);
        }
    }
}
