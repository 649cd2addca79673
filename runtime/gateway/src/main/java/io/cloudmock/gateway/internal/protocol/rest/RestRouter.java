package io.cloudmock.gateway.internal.protocol.rest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmock.api.model.Location;
import io.cloudmock.api.model.Member;
import io.cloudmock.api.model.Operation;
import io.cloudmock.api.model.Shape;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.gateway.internal.http.HttpRequestData;

/**
 * Resolves the operation of a REST request by matching it against every operation's URI template of the
 * model, most specific first. Built once per model and cached.
 */
public final class RestRouter {

    /**
     * An operation with its parsed template and the header names and query keys its input requires: they tell
     * apart operations sharing a template (S3's PutObject and CopyObject, GetObject and ListParts).
     */
    public record Route(Operation operation, UriTemplate template, List<String> requiredHeaders,
                        List<String> requiredQuery) {

        int requirements() {
            return requiredHeaders.size() + requiredQuery.size();
        }

        boolean requirementsMet(HttpRequestData request) {
            for (String h : requiredHeaders) {
                if (request.header(h) == null) {
                    return false;
                }
            }
            for (String q : requiredQuery) {
                if (!request.queryParameters().containsKey(q)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A matched operation with its raw label values. */
    public record Match(Operation operation, UriTemplate template, Map<String, String> labels) {
    }

    private static final Map<ServiceModel, RestRouter> CACHE = Collections.synchronizedMap(new IdentityHashMap<>());

    private final List<Route> routes;
    private final Map<String, List<Route>> byMethod;
    private final Map<String, UriTemplate> byOperation;
    private final String xmlNamespace;

    private RestRouter(ServiceModel model) {
        List<Route> list = new ArrayList<>();
        Map<String, UriTemplate> byName = new java.util.HashMap<>();
        for (Operation op : model.operations().values()) {
            UriTemplate t = UriTemplate.parse(op.httpMethod(), op.requestUri());
            List<String> headers = new ArrayList<>();
            List<String> query = new ArrayList<>();
            if (op.input() != null) {
                Shape input = model.target(op.input());
                for (String name : input.required()) {
                    Member m = input.member(name);
                    if (m != null && m.location() == Location.HEADER) {
                        headers.add(m.wireName());
                    } else if (m != null && m.location() == Location.QUERYSTRING && m.locationName() != null) {
                        query.add(m.locationName());
                    }
                }
            }
            list.add(new Route(op, t, List.copyOf(headers), List.copyOf(query)));
            byName.put(op.name(), t);
        }
        list.sort((a, b) -> {
            int c = UriTemplate.bySpecificity(a.template(), b.template());
            if (c != 0) {
                return c;
            }
            c = b.requirements() - a.requirements();
            return c != 0 ? c : a.operation().name().compareTo(b.operation().name());
        });
        this.routes = List.copyOf(list);
        Map<String, List<Route>> methods = new java.util.HashMap<>();
        for (Route r : list) {
            methods.computeIfAbsent(r.template().method().toUpperCase(java.util.Locale.ROOT), x -> new ArrayList<>())
                    .add(r);
        }
        methods.replaceAll((k, v) -> List.copyOf(v));
        this.byMethod = Map.copyOf(methods);
        this.xmlNamespace = model.xmlNamespace() != null ? model.xmlNamespace() : inputNamespace(model);
        this.byOperation = Map.copyOf(byName);
    }

    /** The namespace rest-xml operation inputs declare (botocore keeps it there: S3, Route 53), or null. */
    private static String inputNamespace(ServiceModel model) {
        for (Operation op : model.operations().values()) {
            if (op.input() != null && op.input().xmlNamespaceUri() != null) {
                return op.input().xmlNamespaceUri();
            }
        }
        return null;
    }

    /** The XML namespace of the service's rest-xml documents: the model's, else the one its inputs declare. */
    public String xmlNamespace() {
        return xmlNamespace;
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
        List<String> segments = UriTemplate.split(request.rawPath());
        Match fallback = null;
        List<Route> candidates = byMethod.get(request.method().toUpperCase(java.util.Locale.ROOT));
        if (candidates == null) {
            return null;
        }
        for (Route r : candidates) {
            Map<String, String> labels = r.template().match(request.method(), segments, request.queryParameters());
            if (labels != null) {
                Match m = new Match(r.operation(), r.template(), labels);
                if (r.requirementsMet(request)) {
                    return m;
                }
                if (fallback == null) {
                    // a client that forgot a required header still reaches its operation (and gets its error)
                    fallback = m;
                }
            }
        }
        return fallback;
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
