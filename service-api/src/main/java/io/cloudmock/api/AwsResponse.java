package io.cloudmock.api;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a service returns: either an output value tree that the protocol codec serializes, or a raw HTTP
 * response passed to the client unchanged (plugins that speak the wire format themselves).
 */
public final class AwsResponse {

    private final Struct output;
    private final int status;
    private final Map<String, String> headers;
    private final InputStream rawBody;
    private final long rawLength;

    private AwsResponse(Struct output, int status, Map<String, String> headers, InputStream rawBody, long rawLength) {
        this.output = output;
        this.status = status;
        this.headers = headers;
        this.rawBody = rawBody;
        this.rawLength = rawLength;
    }

    /** An output for the codec to serialize, with the operation's default status. */
    public static AwsResponse of(Struct output) {
        return new AwsResponse(output, 0, new LinkedHashMap<>(), null, -1);
    }

    /** An empty output. */
    public static AwsResponse empty() {
        return of(new Struct());
    }

    /** A response written as is: status, headers and body bytes. */
    public static AwsResponse raw(int status, Map<String, String> headers, byte[] body) {
        return raw(status, headers, new java.io.ByteArrayInputStream(body), body.length);
    }

    /** A response written as is, streaming its body ({@code length} -1 when unknown). */
    public static AwsResponse raw(int status, Map<String, String> headers, InputStream body, long length) {
        return new AwsResponse(null, status, new LinkedHashMap<>(headers), body, length);
    }

    /** Adds a header to the response (both kinds). */
    public AwsResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public boolean isRaw() {
        return output == null;
    }

    public Struct output() {
        return output;
    }

    /** The status to send; 0 means the operation's default from the model. */
    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public InputStream rawBody() {
        return rawBody;
    }

    public long rawLength() {
        return rawLength;
    }
}
