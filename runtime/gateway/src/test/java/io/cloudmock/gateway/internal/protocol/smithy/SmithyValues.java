package io.cloudmock.gateway.internal.protocol.smithy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.cloudmock.api.BlobStream;
import io.cloudmock.api.Struct;
import io.cloudmock.api.model.Member;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.Shape;
import io.cloudmock.gateway.internal.protocol.Timestamps;
import software.amazon.smithy.model.node.ArrayNode;
import software.amazon.smithy.model.node.Node;
import software.amazon.smithy.model.node.ObjectNode;

/** Converts the {@code params} of Smithy test cases to the value tree, and normalizes trees for comparison. */
final class SmithyValues {

    private SmithyValues() {
    }

    static Struct struct(ObjectNode params, Shape shape, ServiceModel model) {
        Struct out = new Struct();
        for (Map.Entry<String, Node> e : params.getStringMap().entrySet()) {
            Member m = shape.member(e.getKey());
            if (m == null) {
                throw new IllegalArgumentException("no member " + e.getKey() + " in " + shape.name());
            }
            if (!e.getValue().isNullNode()) {
                out.put(e.getKey(), value(e.getValue(), model.target(m), model));
            }
        }
        return out;
    }

    static Object value(Node n, Shape shape, ServiceModel model) {
        if (n.isNullNode()) {
            return null;
        }
        if (shape.document()) {
            return untyped(n);
        }
        switch (shape.type()) {
            case STRUCTURE:
                return struct(n.expectObjectNode(), shape, model);
            case LIST: {
                List<Object> list = new ArrayList<>();
                Shape item = model.target(shape.member());
                for (Node i : n.expectArrayNode().getElements()) {
                    list.add(value(i, item, model));
                }
                return list;
            }
            case MAP: {
                Map<String, Object> map = new LinkedHashMap<>();
                Shape v = model.target(shape.value());
                n.expectObjectNode().getStringMap().forEach((k, x) -> map.put(k, value(x, v, model)));
                return map;
            }
            case INTEGER:
                return n.expectNumberNode().getValue().intValue();
            case LONG:
                return n.expectNumberNode().getValue().longValue();
            case FLOAT:
                return n.isStringNode() ? Float.valueOf(n.expectStringNode().getValue())
                        : n.expectNumberNode().getValue().floatValue();
            case DOUBLE:
                return n.isStringNode() ? Double.valueOf(n.expectStringNode().getValue())
                        : n.expectNumberNode().getValue().doubleValue();
            case BOOLEAN:
                return n.expectBooleanNode().getValue();
            case TIMESTAMP:
                if (n.isNumberNode()) {
                    return Timestamps.fromEpochSeconds(new BigDecimal(n.expectNumberNode().getValue().toString()));
                }
                return Timestamps.parse(n.expectStringNode().getValue());
            case BLOB:
                return n.expectStringNode().getValue().getBytes(StandardCharsets.UTF_8);
            default:
                return n.expectStringNode().getValue();
        }
    }

    static Object untyped(Node n) {
        if (n.isObjectNode()) {
            Map<String, Object> m = new LinkedHashMap<>();
            n.expectObjectNode().getStringMap().forEach((k, v) -> m.put(k, untyped(v)));
            return m;
        }
        if (n.isArrayNode()) {
            List<Object> l = new ArrayList<>();
            ((ArrayNode) n).getElements().forEach(e -> l.add(untyped(e)));
            return l;
        }
        if (n.isStringNode()) {
            return n.expectStringNode().getValue();
        }
        if (n.isBooleanNode()) {
            return n.expectBooleanNode().getValue();
        }
        if (n.isNumberNode()) {
            return n.expectNumberNode().getValue();
        }
        return null;
    }

    /** A canonical form: sorted maps without null values, numbers as doubles, blobs as base64 text. */
    static Object normalize(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new TreeMap<>();
            m.forEach((k, x) -> {
                if (x != null) {
                    out.put(String.valueOf(k), normalize(x));
                }
            });
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(normalize(x)));
            return out;
        }
        if (v instanceof byte[] b) {
            return "blob:" + Base64.getEncoder().encodeToString(b);
        }
        if (v instanceof BlobStream bs) {
            try (var in = bs.stream()) {
                return "blob:" + Base64.getEncoder().encodeToString(in.readAllBytes());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Instant t) {
            return "ts:" + t.toEpochMilli();
        }
        return v;
    }
}
