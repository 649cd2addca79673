package io.cloudmock.gateway.internal.protocol.rest;

import java.io.IOException;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.cloudmock.api.BlobStream;
import io.cloudmock.api.model.Member;
import io.cloudmock.api.model.Shape;
import io.cloudmock.api.model.ShapeType;
import io.cloudmock.gateway.internal.http.HttpRequestData;
import io.cloudmock.gateway.internal.http.HttpResponseData;
import io.cloudmock.gateway.internal.protocol.Scalars;

/** Blob and string payload members of the REST protocols; streaming blobs are never buffered. */
public final class RestPayloads {

    private RestPayloads() {
    }

    /** Whether a payload member is a streaming blob. */
    public static boolean streaming(Member m, Shape target) {
        return target.type() == ShapeType.BLOB && (m.streaming() || target.streaming());
    }

    /** Whether the payload is a blob or string (raw bytes on the wire rather than JSON/XML). */
    public static boolean raw(Shape target) {
        return target.type() == ShapeType.BLOB || target.type() == ShapeType.STRING;
    }

    /** Reads a blob or string payload; an empty body is an absent member. */
    public static Object read(HttpRequestData request, Member m, Shape target) {
        if (streaming(m, target)) {
            long length = contentLength(request);
            if (length == 0) {
                return null;
            }
            if (length > 0) {
                return new BlobStream(request.bodyStream(), length);
            }
            // unknown length: peek one byte to tell an absent body from a chunked one, without buffering
            PushbackInputStream in = new PushbackInputStream(request.bodyStream(), 1);
            try {
                int first = in.read();
                if (first < 0) {
                    return null;
                }
                in.unread(first);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new BlobStream(in, -1);
        }
        byte[] body = request.body();
        if (body.length == 0) {
            return null;
        }
        return target.type() == ShapeType.STRING ? new String(body, StandardCharsets.UTF_8) : body;
    }

    /** The request's Content-Length, or -1 when unknown (chunked). */
    public static long contentLength(HttpRequestData request) {
        String v = request.header("Content-Length");
        if (v == null) {
            return -1;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Writes a blob or string payload; a streaming value is passed through unbuffered. */
    public static void write(HttpResponseData response, Object v, Shape target, String defaultContentType) {
        if (response.header("Content-Type") == null) {
            response.header("Content-Type", target.type() == ShapeType.STRING ? "text/plain" : defaultContentType);
        }
        if (v == null) {
            return;
        }
        if (v instanceof BlobStream bs) {
            response.stream(bs.stream(), bs.length());
        } else if (v instanceof byte[] b) {
            response.body(b);
        } else if (v instanceof java.io.InputStream in) {
            response.stream(in, -1);
        } else {
            response.body(Scalars.bytes(v));
        }
    }
}
