package io.cloudmock.gateway.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import io.cloudmock.gateway.internal.http.HttpRequestData;
import io.cloudmock.gateway.internal.http.HttpResponseData;
import io.cloudmock.gateway.internal.pipeline.RequestPipeline;

/** Adapts Jetty's core request/response to the pipeline's HTTP data; streams large bodies both ways. */
final class JettyGatewayHandler extends Handler.Abstract {

    private final RequestPipeline pipeline;
    private final long maxBufferedBody;

    JettyGatewayHandler(RequestPipeline pipeline, long maxBufferedBody) {
        this.pipeline = pipeline;
        this.maxBufferedBody = maxBufferedBody;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpURI uri = request.getHttpURI();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpField f : request.getHeaders()) {
            headers.computeIfAbsent(f.getName(), k -> new ArrayList<>(1)).add(f.getValue());
        }
        InputStream body = Content.Source.asInputStream(request);
        HttpRequestData data = new HttpRequestData(request.getMethod(), uri.getPath(), uri.getQuery(), headers, body,
                Request.getRemoteAddr(request)).maxBufferedBody(maxBufferedBody);
        HttpResponseData out = pipeline.process(data);
        response.setStatus(out.status());
        out.headers().forEach((k, v) -> response.getHeaders().put(k, v));
        boolean head = "HEAD".equals(request.getMethod());
        if (out.isStreaming()) {
            if (out.contentLength() >= 0 && out.header("Content-Length") == null) {
                response.getHeaders().put("Content-Length", Long.toString(out.contentLength()));
            }
            try (InputStream in = out.bodyStream(); OutputStream os = Content.Sink.asOutputStream(response)) {
                if (!head) {
                    in.transferTo(os);
                }
            } catch (Exception e) {
                callback.failed(e);
                return true;
            }
            callback.succeeded();
        } else {
            byte[] bytes = out.body();
            if (!head || out.header("Content-Length") == null) {
                response.getHeaders().put("Content-Length", Integer.toString(bytes.length));
            }
            response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(bytes), callback);
        }
        return true;
    }
}
