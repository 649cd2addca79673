package io.cloudmock.admin.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cloudmock.api.admin.AdminException;
import io.cloudmock.api.admin.AdminRequest;
import io.cloudmock.api.admin.AdminResponse;

/** Dispatches an admin call to its route and renders the answer (or the error) as JSON. */
final class AdminHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(AdminHandler.class);
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private static final int MAX_BODY = 16 * 1024 * 1024;

    private final AdminServer server;

    AdminHandler(AdminServer server) {
        this.server = server;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getDecodedPath();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        AdminResponse answer;
        try {
            answer = dispatch(request, path);
        } catch (AdminException e) {
            answer = AdminResponse.status(e.status(), AdminServer.error(e.code(), e.getMessage()));
        } catch (Exception e) {
            LOG.warn("admin {} {} failed", request.getMethod(), path, e);
            answer = AdminResponse.status(500, AdminServer.error("InternalError", e.toString()));
        }
        write(response, callback, answer);
        return true;
    }

    private AdminResponse dispatch(Request request, String path) throws Exception {
        List<AdminServer.Route> routes = server.match(path);
        if (routes.isEmpty()) {
            throw AdminException.notFound("no admin endpoint " + path);
        }
        String method = request.getMethod();
        for (AdminServer.Route r : routes) {
            if (r.methods().contains(method)) {
                String sub = r.prefix() && path.length() > r.path().length() ? path.substring(r.path().length() + 1) : "";
                return r.route().handle(new AdminRequest(method, path, sub, query(request), headers(request),
                        body(request)));
            }
        }
        throw new AdminException(405, "MethodNotAllowed", method + " is not allowed on " + path);
    }

    private static byte[] body(Request request) throws Exception {
        long length = request.getLength();
        if (length > MAX_BODY) {
            throw new AdminException(413, "RequestTooLarge", "request body exceeds " + MAX_BODY + " bytes");
        }
        try (var in = Content.Source.asInputStream(request)) {
            byte[] b = in.readNBytes(MAX_BODY + 1);
            if (b.length > MAX_BODY) {
                throw new AdminException(413, "RequestTooLarge", "request body exceeds " + MAX_BODY + " bytes");
            }
            return b;
        }
    }

    private static Map<String, List<String>> query(Request request) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Fields fields = Request.extractQueryParameters(request);
        for (Fields.Field f : fields) {
            out.put(f.getName(), f.getValues());
        }
        return out;
    }

    private static Map<String, String> headers(Request request) {
        Map<String, String> out = new LinkedHashMap<>();
        for (HttpField f : request.getHeaders()) {
            out.putIfAbsent(f.getLowerCaseName(), f.getValue());
        }
        return out;
    }

    private static void write(Response response, Callback callback, AdminResponse answer) throws Exception {
        response.setStatus(answer.status());
        answer.headers().forEach((k, v) -> response.getHeaders().put(k, v));
        byte[] bytes;
        Object body = answer.body();
        if (body == null) {
            bytes = new byte[0];
        } else if (body instanceof byte[] b) {
            bytes = b;
        } else if (body instanceof String s && !"application/json".equals(answer.contentType())) {
            bytes = s.getBytes(StandardCharsets.UTF_8);
        } else {
            bytes = JSON.writeValueAsBytes(body);
        }
        if (bytes.length > 0 || answer.status() != 204) {
            response.getHeaders().put("Content-Type", answer.contentType());
        }
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }
}
