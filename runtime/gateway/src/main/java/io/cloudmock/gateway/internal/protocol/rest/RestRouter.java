package io.cloudmock.gateway.internal.protocol.rest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmock.api.model.Operation;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.gateway.internal.http.HttpRequestData;

/**
 * Resolves the operation of a REST request by matching it against every operation's URI template of the
 * model, most specific first. Built once per model and cached.
 */
public final class RestRouter {

    /** An operation with its parsed template. */
    public record Route(Operation operation, UriTemplate template) {
    }

    /** A matched operation with its raw label values. */
    public record Match(Operation operation, UriTemplate template, Map<String, String> labels) {
    }

    private static final Map<ServiceModel, RestRouter> CACHE = Collections.synchronizedMap(new IdentityHashMap<>());

    private final List<Route> routes;
    private final Map<String, UriTemplate> byOperation;

    private RestRouter(ServiceModel model) {
        List<Route> list = new ArrayList<>();
        Map<String, UriTemplate> byName = new java.util.HashMap<>();
        for (Operation op : model.operations().values()) {
            UriTemplate t = UriTemplate.parse(op.httpMethod(), op.requestUri());
            list.add(new Route(op, t));
            byName.put(op.name(), t);
        }
        list.sort((a, b) -> {
            int c = UriTemplate.bySpecificity(a.template(), b.template());
            return c != 0 ? c : a.operation().name().compareTo(b.operation().name());
        });
        this.routes = List.copyOf(list);
        this.byOperation = Map.copyOf(byName);
    }

    /** The router of a model (cached by model identity). */
    public static RestRouter of(ServiceModel model) {
        RestRouter r = CACHE.get(model);
        if (r == null) {
            r = new RestRouter(model);
            if (CACHE.size() > 512) {
                CACHE.clear();
            }
            CACHE.put(model, r);
        }
        return r;
    }

    /** The most specific operation matching the request, or null. */
    public Match resolve(HttpRequestData request) {
        return resolve(request.method(), request.rawPath(), request.queryParameters());
    }

    public Match resolve(String method, String rawPath, Map<String, List<String>> query) {
        List<String> segments = UriTemplate.split(rawPath);
        for (Route r : routes) {
            Map<String, String> labels = r.template().match(method, segments, query);
            if (labels != null) {
                return new Match(r.operation(), r.template(), labels);
            }
        }
        return null;
    }

    /** Matches the request against one operation's template (labels of an already resolved operation). */
    public Map<String, String> labels(Operation operation, HttpRequestData request) {
        UriTemplate t = template(operation);
        Map<String, String> labels = t.match(t.method(), UriTemplate.split(request.rawPath()), request.queryParameters());
        return labels == null ? Map.of() : labels;
    }

    public UriTemplate template(Operation operation) {
        UriTemplate t = byOperation.get(operation.name());
        return t != null ? t : UriTemplate.parse(operation.httpMethod(), operation.requestUri());
    }

    /** The routes in matching order (tests, diagnostics). */
    public List<Route> routes() {
        return routes;
    }
}
