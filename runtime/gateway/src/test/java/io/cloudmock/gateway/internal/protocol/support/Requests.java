package io.cloudmock.gateway.internal.protocol.support;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cloudmock.api.RequestContext;
import io.cloudmock.gateway.internal.http.HttpRequestData;

/** Small builders for codec tests. */
public final class Requests {

    private Requests() {
    }

    /** A request; {@code headers} alternate names and values. */
    public static HttpRequestData request(String method, String uri, String body, String... headers) {
        Map<String, String> h = new LinkedHashMap<>();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            h.put(headers[i], headers[i + 1]);
        }
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            h.putIfAbsent("Content-Length", Integer.toString(bytes.length));
        }
        return HttpRequestData.of(method, uri, h, bytes);
    }

    public static RequestContext context() {
        return new RequestContext("000000000000", "us-east-1", "test", "arn:aws:iam::000000000000:root", "req-1", "",
                "test", "localhost");
    }
}
