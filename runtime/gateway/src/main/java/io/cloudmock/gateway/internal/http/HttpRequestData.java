package io.cloudmock.gateway.internal.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.CommonErrors;
import io.cloudmock.api.RawRequest;

/**
 * A received HTTP request, independent of Jetty so codecs can be tested on fixtures. The body is either
 * buffered bytes or a stream read at most once.
 */
public final class HttpRequestData implements RawRequest {

    /** Bodies that codecs buffer (everything but streaming payloads) are refused above this size. */
    public static final long DEFAULT_MAX_BUFFERED_BODY = 64L * 1024 * 1024;

    private final String method;
    private final String rawPath;
    private final String rawQuery;
    private final Map<String, List<String>> headers;
    private final Map<String, List<String>> headersCi;
    private final String remoteAddress;
    private long maxBufferedBody = DEFAULT_MAX_BUFFERED_BODY;
    private InputStream bodyStream;
    private byte[] body;
    private Map<String, List<String>> query;
    private Map<String, List<String>> form;

    public HttpRequestData(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                           InputStream body, String remoteAddress) {
        this.method = method;
        this.rawPath = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        this.rawQuery = rawQuery == null ? "" : rawQuery;
        this.headers = headers;
        this.headersCi = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> headersCi.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        this.bodyStream = body;
        this.remoteAddress = remoteAddress;
    }

    /** A request with a buffered body (tests, fixtures). */
    public static HttpRequestData of(String method, String uri, Map<String, String> headers, byte[] body) {
        int q = uri.indexOf('?');
        Map<String, List<String>> h = new LinkedHashMap<>();
        headers.forEach((k, v) -> h.put(k, List.of(v)));
        return new HttpRequestData(method, q < 0 ? uri : uri.substring(0, q), q < 0 ? "" : uri.substring(q + 1), h,
                new ByteArrayInputStream(body == null ? new byte[0] : body), "127.0.0.1");
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public String rawPath() {
        return rawPath;
    }

    @Override
    public String rawQuery() {
        return rawQuery;
    }

    @Override
    public Map<String, List<String>> queryParameters() {
        if (query == null) {
            query = Collections.unmodifiableMap(FormEncoding.decode(rawQuery));
        }
        return query;
    }

    /** The first value of a query parameter, or null. */
    public String queryParameter(String name) {
        List<String> v = queryParameters().get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    @Override
    public String header(String name) {
        List<String> v = headersCi.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** All values of a header (case-insensitive). */
    public List<String> headerValues(String name) {
        List<String> v = headersCi.get(name);
        return v == null ? List.of() : v;
    }

    @Override
    public Map<String, List<String>> headers() {
        return headers;
    }

    @Override
    public synchronized InputStream bodyStream() {
        if (body != null) {
            return new ByteArrayInputStream(body);
        }
        InputStream in = bodyStream;
        bodyStream = InputStream.nullInputStream();
        return in;
    }

    /** Sets the limit of {@link #body()}; streaming payloads read with {@link #bodyStream()} are not limited. */
    public HttpRequestData maxBufferedBody(long bytes) {
        this.maxBufferedBody = bytes;
        return this;
    }

    /**
     * The whole body, buffered on first call.
     *
     * @throws AwsException {@code RequestEntityTooLarge} (413) when it exceeds the buffered-body limit
     */
    @Override
    public synchronized byte[] body() {
        if (body == null) {
            String declared = header("Content-Length");
            if (declared != null && parseLength(declared) > maxBufferedBody) {
                throw CommonErrors.requestEntityTooLarge(maxBufferedBody);
            }
            try (InputStream in = bodyStream) {
                byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBufferedBody + 1));
                if (b.length > maxBufferedBody) {
                    throw CommonErrors.requestEntityTooLarge(maxBufferedBody);
                }
                body = b;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return body;
    }

    private static long parseLength(String v) {
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Whether the body is {@code application/x-www-form-urlencoded}. */
    public boolean isForm() {
        String ct = header("Content-Type");
        return ct != null && ct.toLowerCase().startsWith("application/x-www-form-urlencoded");
    }

    /** Form parameters of a form body merged after the query parameters (query protocols accept both). */
    public synchronized Map<String, List<String>> formParameters() {
        if (form == null) {
            Map<String, List<String>> all = new LinkedHashMap<>(queryParameters());
            if (isForm() && !"GET".equals(method)) {
                FormEncoding.decode(new String(body(), java.nio.charset.StandardCharsets.UTF_8))
                        .forEach((k, v) -> all.merge(k, v, (a, b) -> {
                            List<String> merged = new ArrayList<>(a);
                            merged.addAll(b);
                            return merged;
                        }));
            }
            form = all;
        }
        return form;
    }

    /** The first value of a form or query parameter, or null. */
    public String formParameter(String name) {
        List<String> v = formParameters().get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    @Override
    public String remoteAddress() {
        return remoteAddress;
    }
}
