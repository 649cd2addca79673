package io.cloudmock.gateway.internal.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP response to write: status, headers (names as AWS sends them) and a body. */
public final class HttpResponseData {

    private int status;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body = new byte[0];
    private InputStream stream;
    private long streamLength = -1;

    public HttpResponseData(int status) {
        this.status = status;
    }

    public static HttpResponseData of(int status, String contentType, byte[] body) {
        HttpResponseData r = new HttpResponseData(status);
        if (contentType != null) {
            r.header("Content-Type", contentType);
        }
        r.body(body);
        return r;
    }

    public HttpResponseData header(String name, String value) {
        if (value != null) {
            headers.put(name, value);
        }
        return this;
    }

    public HttpResponseData body(byte[] bytes) {
        this.body = bytes;
        this.stream = null;
        return this;
    }

    public HttpResponseData stream(InputStream in, long length) {
        this.stream = in;
        this.streamLength = length;
        return this;
    }

    public HttpResponseData status(int s) {
        this.status = s;
        return this;
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public String header(String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    public boolean isStreaming() {
        return stream != null;
    }

    /** The buffered body (empty when streaming). */
    public byte[] body() {
        return body;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body as a stream, whichever form it has. */
    public InputStream bodyStream() {
        return stream != null ? stream : new ByteArrayInputStream(body);
    }

    /** The body length, or -1 when a stream of unknown length. */
    public long contentLength() {
        return stream != null ? streamLength : body.length;
    }
}
