package io.cloudmock.gateway.internal.protocol.rest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmock.api.Struct;
import io.cloudmock.api.model.Member;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.Shape;
import io.cloudmock.api.model.ShapeType;
import io.cloudmock.gateway.internal.http.FormEncoding;
import io.cloudmock.gateway.internal.http.HttpRequestData;
import io.cloudmock.gateway.internal.http.HttpResponseData;
import io.cloudmock.gateway.internal.protocol.Scalars;
import io.cloudmock.gateway.internal.protocol.Timestamps;

/**
 * The HTTP bindings of the REST protocols, shared by rest-json, rest-xml and service quirks codecs: URI labels,
 * query string members, header members, prefix-header maps and the status code member.
 */
public final class HttpBindings {

    private HttpBindings() {
    }

    /** Reads every member bound to the URI, query string or headers into {@code out}. */
    public static void readBound(HttpRequestData request, Map<String, String> rawLabels, UriTemplate template,
                                 Shape input, ServiceModel model, Struct out) {
        for (Map.Entry<String, Member> e : input.members().entrySet()) {
            Member m = e.getValue();
            Shape target = model.target(m);
            Object v = switch (m.location()) {
                case URI -> label(rawLabels.get(m.wireName()), target, m);
                case QUERYSTRING -> m.locationName() == null ? queryMap(request, input, template, target, model)
                        : query(request.queryParameters().get(m.locationName()), target, m, model);
                case HEADER -> header(request.headerValues(m.wireName()), target, m, model);
                case HEADERS -> prefixHeaders(request, m.locationName() == null ? "" : m.locationName(), input,
                        target, model);
                default -> null;
            };
            if (v != null) {
                out.put(e.getKey(), v);
            }
        }
    }

    private static Object label(String raw, Shape target, Member m) {
        if (raw == null) {
            return null;
        }
        String decoded = FormEncoding.decodePath(raw);
        return Scalars.parse(decoded, target, Scalars.timestampFormat(m, target, Timestamps.ISO8601), m.wireName());
    }

    private static Object query(List<String> values, Shape target, Member m, ServiceModel model) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (target.type() == ShapeType.LIST) {
            Shape item = model.target(target.member());
            List<Object> list = new ArrayList<>(values.size());
            for (String s : values) {
                list.add(Scalars.parse(s, item, Scalars.timestampFormat(target.member(), item, Timestamps.ISO8601),
                        m.wireName()));
            }
            return list;
        }
        return Scalars.parse(values.get(0), target, Scalars.timestampFormat(m, target, Timestamps.ISO8601),
                m.wireName());
    }

    /** A map bound to the whole query string: every parameter no other member or the template claims. */
    private static Object queryMap(HttpRequestData request, Shape input, UriTemplate template, Shape map,
                                   ServiceModel model) {
        Shape valueShape = model.target(map.value());
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> p : request.queryParameters().entrySet()) {
            if (template != null && template.isLiteralQueryKey(p.getKey())) {
                continue;
            }
            out.put(p.getKey(), valueShape.type() == ShapeType.LIST ? new ArrayList<Object>(p.getValue())
                    : p.getValue().get(0));
        }
        return out.isEmpty() ? null : out;
    }

    /** A header member: a scalar, a comma-separated list, a base64 JSON value. */
    public static Object header(List<String> values, Shape target, Member m, ServiceModel model) {
        if (values.isEmpty()) {
            return null;
        }
        if (target.type() == ShapeType.LIST) {
            Shape item = model.target(target.member());
            String format = Scalars.timestampFormat(target.member(), item, Timestamps.RFC822);
            List<Object> list = new ArrayList<>();
            for (String value : values) {
                List<String> parts = HeaderLists.split(value, item.type() == ShapeType.TIMESTAMP
                        && Timestamps.RFC822.equals(format));
                for (String part : parts) {
                    list.add(Scalars.parse(part, item, format, m.wireName()));
                }
            }
            return list;
        }
        String value = values.size() == 1 ? values.get(0) : String.join(",", values);
        if (target.type() == ShapeType.STRING && m.jsonValue()) {
            try {
                return new String(Base64.getDecoder().decode(value.trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw Scalars.invalid(m.wireName(), value, target);
            }
        }
        return Scalars.parse(value, target, Scalars.timestampFormat(m, target, Timestamps.RFC822), m.wireName());
    }

    private static Object prefixHeaders(HttpRequestData request, String prefix, Shape input, Shape map,
                                        ServiceModel model) {
        Shape valueShape = model.target(map.value());
        Map<String, Object> out = new LinkedHashMap<>();
        int n = prefix.length();
        for (Map.Entry<String, List<String>> h : request.headers().entrySet()) {
            String name = h.getKey();
            if (name.length() < n || !name.regionMatches(true, 0, prefix, 0, n)) {
                continue;
            }
            String key = name.substring(n);
            out.put(key, valueShape.type() == ShapeType.LIST
                    ? header(h.getValue(), valueShape, map.value(), model) : String.join(",", h.getValue()));
        }
        return out.isEmpty() ? null : out;
    }

    /** Writes the header, prefix-header and status code members of an output (or error) structure. */
    @SuppressWarnings("unchecked")
    public static void writeBound(HttpResponseData response, Map<String, ?> value, Shape shape, ServiceModel model) {
        for (Map.Entry<String, Member> e : shape.members().entrySet()) {
            Member m = e.getValue();
            Object v = value.get(e.getKey());
            if (v == null) {
                continue;
            }
            switch (m.location()) {
                case HEADER -> {
                    String text = headerText(v, model.target(m), m, model);
                    if (text != null) {
                        response.header(m.wireName(), text);
                    }
                }
                case HEADERS -> {
                    Shape map = model.target(m);
                    String prefix = m.locationName() == null ? "" : m.locationName();
                    for (Map.Entry<String, Object> h : ((Map<String, Object>) v).entrySet()) {
                        if (h.getValue() != null) {
                            response.header(prefix + h.getKey(), headerText(h.getValue(), model.target(map.value()),
                                    map.value(), model));
                        }
                    }
                }
                case STATUS_CODE -> response.status(((Number) v).intValue());
                default -> {
                }
            }
        }
    }

    /** The header text of a value: lists comma-separated (quoted when needed), JSON values base64. */
    public static String headerText(Object v, Shape target, Member m, ServiceModel model) {
        if (target.type() == ShapeType.LIST) {
            List<?> list = (List<?>) v;
            Shape item = model.target(target.member());
            String format = Scalars.timestampFormat(target.member(), item, Timestamps.RFC822);
            StringBuilder out = new StringBuilder();
            for (Object o : list) {
                if (out.length() > 0) {
                    out.append(", ");
                }
                String text = Scalars.text(o, item, format);
                out.append(item.type() == ShapeType.STRING ? HeaderLists.quoteIfNeeded(text) : text);
            }
            return out.toString();
        }
        if (target.type() == ShapeType.STRING && m.jsonValue()) {
            return Base64.getEncoder().encodeToString(v.toString().getBytes(StandardCharsets.UTF_8));
        }
        return Scalars.text(v, target, Scalars.timestampFormat(m, target, Timestamps.RFC822));
    }
}
