package io.cloudmock.models.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudmock.api.model.Location;
import io.cloudmock.api.model.Member;
import io.cloudmock.api.model.Operation;
import io.cloudmock.api.model.Paginator;
import io.cloudmock.api.model.Shape;
import io.cloudmock.api.model.ShapeType;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.ServiceSummary;

/** Reads the botocore C2J JSON format ({@code service-2.json}, {@code paginators-1.json}) into model records. */
public final class C2jModelParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    private C2jModelParser() {
    }

    public static ServiceModel parse(String service, InputStream model, InputStream paginators) throws IOException {
        JsonNode root = JSON.readTree(model);
        JsonNode meta = root.path("metadata");
        ServiceSummary summary = summary(service, meta, root.path("operations").size());
        Map<String, Shape> shapes = new LinkedHashMap<>();
        root.path("shapes").fields().forEachRemaining(e -> shapes.put(e.getKey(), shape(e.getKey(), e.getValue())));
        Map<String, Operation> operations = new LinkedHashMap<>();
        root.path("operations").fields().forEachRemaining(e -> operations.put(e.getKey(), operation(e.getValue())));
        Map<String, Paginator> pages = new LinkedHashMap<>();
        if (paginators != null) {
            JsonNode p = JSON.readTree(paginators);
            JsonNode pagination = p.has("pagination") ? p.get("pagination") : p;
            pagination.fields().forEachRemaining(e -> pages.put(e.getKey(), paginator(e.getValue())));
        }
        return new ServiceModel(summary, text(meta, "xmlNamespace"), Map.copyOf(operations), shapes, Map.copyOf(pages));
    }

    /** A summary from a model's {@code metadata} object (or an index entry of the same form). */
    public static ServiceSummary summary(String service, JsonNode meta, int operationCount) {
        String protocol = text(meta, "protocol");
        List<String> protocols = strings(meta.path("protocols"));
        if (protocols.isEmpty() && protocol != null) {
            protocols = List.of(protocol);
        }
        return new ServiceSummary(service, text(meta, "apiVersion"), protocol, protocols, text(meta, "jsonVersion"),
                text(meta, "targetPrefix"), text(meta, "signingName") != null ? text(meta, "signingName")
                : text(meta, "endpointPrefix"), text(meta, "endpointPrefix"), text(meta, "serviceId"),
                meta.has("awsQueryCompatible"), operationCount);
    }

    private static Shape shape(String name, JsonNode s) {
        Map<String, Member> members = new LinkedHashMap<>();
        s.path("members").fields().forEachRemaining(e -> members.put(e.getKey(), member(e.getKey(), e.getValue())));
        Set<String> required = new LinkedHashSet<>(strings(s.path("required")));
        JsonNode err = s.get("error");
        Shape.ErrorInfo error = err == null ? null : new Shape.ErrorInfo(text(err, "code"),
                err.path("httpStatusCode").asInt(400), err.path("senderFault").asBoolean(false));
        return new Shape(name, ShapeType.of(s.path("type").asText("structure")), members, required,
                s.has("member") ? member("member", s.get("member")) : null,
                s.has("key") ? member("key", s.get("key")) : null,
                s.has("value") ? member("value", s.get("value")) : null,
                strings(s.path("enum")), s.path("flattened").asBoolean(false), text(s, "locationName"),
                text(s.path("xmlNamespace"), "uri"), text(s, "timestampFormat"), s.path("streaming").asBoolean(false),
                text(s, "payload"), s.path("exception").asBoolean(false) || err != null, error,
                s.path("eventstream").asBoolean(false), s.path("union").asBoolean(false),
                s.path("document").asBoolean(false), s.path("sensitive").asBoolean(false),
                number(s, "min"), number(s, "max"), text(s, "pattern"), s.path("wrapper").asBoolean(false));
    }

    private static Member member(String name, JsonNode m) {
        JsonNode ns = m.path("xmlNamespace");
        return new Member(name, text(m, "shape"), Location.of(text(m, "location")), text(m, "locationName"),
                text(m, "queryName"), text(ns, "uri"), text(ns, "prefix"), m.path("xmlAttribute").asBoolean(false),
                m.path("flattened").asBoolean(false), text(m, "timestampFormat"), m.path("jsonvalue").asBoolean(false),
                m.path("idempotencyToken").asBoolean(false), m.path("hostLabel").asBoolean(false),
                m.path("eventpayload").asBoolean(false), m.path("streaming").asBoolean(false));
    }

    private static Operation operation(JsonNode o) {
        JsonNode http = o.path("http");
        List<String> errors = new ArrayList<>();
        o.path("errors").forEach(e -> errors.add(e.path("shape").asText()));
        JsonNode checksum = o.path("httpChecksum");
        return new Operation(text(o, "name"), http.path("method").asText("POST"), http.path("requestUri").asText("/"),
                http.path("responseCode").asInt(200), o.has("input") ? member("", o.get("input")) : null,
                o.has("output") ? member("", o.get("output")) : null, text(o.path("output"), "resultWrapper"),
                List.copyOf(errors), text(o.path("endpoint"), "hostPrefix"),
                o.path("httpChecksumRequired").asBoolean(false) || checksum.path("requestChecksumRequired").asBoolean(false),
                text(checksum, "requestAlgorithmMember"), strings(checksum.path("responseAlgorithms")),
                text(o, "authtype"));
    }

    private static Paginator paginator(JsonNode p) {
        return new Paginator(stringOrList(p.get("input_token")), stringOrList(p.get("output_token")),
                text(p, "limit_key"), stringOrList(p.get("result_key")), text(p, "more_results"));
    }

    private static List<String> stringOrList(JsonNode n) {
        if (n == null || n.isNull()) {
            return List.of();
        }
        return n.isArray() ? strings(n) : List.of(n.asText());
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(v -> out.add(v.asText()));
        return List.copyOf(out);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isNumber() ? null : v.asDouble();
    }
}
