package io.cloudmock.gateway.internal.protocol.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.BlobStream;
import io.cloudmock.api.CommonErrors;
import io.cloudmock.api.Struct;
import io.cloudmock.api.model.Member;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.Shape;
import io.cloudmock.gateway.internal.protocol.Timestamps;

/**
 * Converts between JSON bodies and the value tree, shape by shape, as the AWS JSON protocols
 * ({@code json}, {@code rest-json}) do: timestamps as epoch seconds, blobs base64, members by wire name.
 */
public final class JsonValues {

    /** The awsJson protocols: members by their model names. */
    public static final JsonValues JSON = new JsonValues(false);
    /** restJson1: members by their wire names ({@code jsonName}) at every level. */
    public static final JsonValues REST = new JsonValues(true);

    private final boolean wireNames;

    private JsonValues(boolean wireNames) {
        this.wireNames = wireNames;
    }

    private String key(Member m, String name) {
        return wireNames ? m.wireName() : name;
    }

    /** Reads the body members of a structure ({@code bodyOnly} skips members bound to the URI/headers). */
    public Struct readStruct(JsonNode node, Shape shape, ServiceModel model, boolean bodyOnly, String path) {
        if (!node.isObject()) {
            throw typeError(path, "structure", node);
        }
        Struct out = new Struct();
        for (Map.Entry<String, Member> e : shape.members().entrySet()) {
            Member m = e.getValue();
            if (bodyOnly && m.location() != io.cloudmock.api.model.Location.BODY) {
                continue;
            }
            JsonNode v = node.get(key(m, e.getKey()));
            if (v != null && !v.isNull()) {
                out.put(e.getKey(), read(v, model.target(m), model, m.timestampFormat(), path + "." + e.getKey()));
            }
        }
        return out;
    }

    /** Reads one value of {@code shape}. */
    public Object read(JsonNode v, Shape shape, ServiceModel model, String tsFormat, String path) {
        if (shape.document()) {
            return untyped(v);
        }
        switch (shape.type()) {
            case STRUCTURE:
                return readStruct(v, shape, model, false, path);
            case LIST: {
                if (!v.isArray()) {
                    throw typeError(path, "list", v);
                }
                List<Object> list = new ArrayList<>(v.size());
                Shape item = model.target(shape.member());
                int i = 0;
                for (JsonNode n : v) {
                    list.add(n.isNull() ? null : read(n, item, model, shape.member().timestampFormat(), path + "[" + i++ + "]"));
                }
                return list;
            }
            case MAP: {
                if (!v.isObject()) {
                    throw typeError(path, "map", v);
                }
                Map<String, Object> map = new LinkedHashMap<>();
                Shape valueShape = model.target(shape.value());
                for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    map.put(e.getKey(), e.getValue().isNull() ? null
                            : read(e.getValue(), valueShape, model, shape.value().timestampFormat(),
                            path + "." + e.getKey()));
                }
                return map;
            }
            case STRING:
                if (!v.isTextual()) {
                    throw typeError(path, "string", v);
                }
                return v.asText();
            case BOOLEAN:
                if (!v.isBoolean()) {
                    throw typeError(path, "boolean", v);
                }
                return v.booleanValue();
            case INTEGER:
                return (int) number(v, path, "integer").longValue();
            case LONG:
                return number(v, path, "long").longValue();
            case FLOAT:
                return (float) floating(v, path);
            case DOUBLE:
                return floating(v, path);
            case TIMESTAMP:
                if (v.isNumber()) {
                    return Timestamps.fromEpochSeconds(v.decimalValue());
                }
                if (v.isTextual()) {
                    return Timestamps.parse(v.asText());
                }
                throw typeError(path, "timestamp", v);
            case BLOB:
                if (!v.isTextual()) {
                    throw typeError(path, "blob", v);
                }
                try {
                    return Base64.getDecoder().decode(v.asText());
                } catch (IllegalArgumentException e) {
                    throw CommonErrors.serialization("Value at '" + path + "' is not valid base64");
                }
            default:
                return untyped(v);
        }
    }

    private static Number number(JsonNode v, String path, String type) {
        if (!v.isNumber()) {
            throw typeError(path, type, v);
        }
        if (!v.canConvertToLong()) {
            throw typeError(path, type, v);
        }
        return v.longValue();
    }

    private static double floating(JsonNode v, String path) {
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isTextual()) {
            switch (v.asText()) {
                case "NaN": return Double.NaN;
                case "Infinity": return Double.POSITIVE_INFINITY;
                case "-Infinity": return Double.NEGATIVE_INFINITY;
                default: break;
            }
        }
        throw typeError(path, "double", v);
    }

    /** A JSON value as untyped Java values (documents, model-less services). */
    public static Object untyped(JsonNode v) {
        if (v.isObject()) {
            Struct s = new Struct();
            v.fields().forEachRemaining(e -> s.put(e.getKey(), untyped(e.getValue())));
            return s;
        }
        if (v.isArray()) {
            List<Object> l = new ArrayList<>();
            v.forEach(n -> l.add(untyped(n)));
            return l;
        }
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isIntegralNumber()) {
            return v.canConvertToLong() ? (Object) v.longValue() : v.bigIntegerValue();
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        return null;
    }

    private static AwsException typeError(String path, String expected, JsonNode v) {
        String found = v.isObject() ? "Start of structure or map" : v.isArray() ? "Start of list"
                : v.isTextual() ? "String value" : v.isBoolean() ? "Boolean value" : "Number value";
        return CommonErrors.serialization(found + " found where not expected: expected " + expected + " at '"
                + path.replaceFirst("^\\.", "") + "'");
    }

    /** Writes the body members of a structure (members bound elsewhere are skipped when {@code bodyOnly}). */
    public void writeStruct(JsonGenerator g, Map<String, ?> value, Shape shape, ServiceModel model,
                                   boolean bodyOnly) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, Member> e : shape.members().entrySet()) {
            Member m = e.getValue();
            if (bodyOnly && !io.cloudmock.gateway.internal.protocol.xml.XmlShapeWriter.inBody(m)) {
                continue;
            }
            Object v = value.get(e.getKey());
            if (v != null) {
                g.writeFieldName(key(m, e.getKey()));
                write(g, v, model.target(m), model, m.timestampFormat());
            }
        }
        g.writeEndObject();
    }

    /** Writes one value of {@code shape}. */
    @SuppressWarnings("unchecked")
    public void write(JsonGenerator g, Object v, Shape shape, ServiceModel model, String tsFormat)
            throws IOException {
        if (shape.document()) {
            writeUntyped(g, v);
            return;
        }
        switch (shape.type()) {
            case STRUCTURE -> writeStruct(g, (Map<String, ?>) v, shape, model, false);
            case LIST -> {
                g.writeStartArray();
                Shape item = model.target(shape.member());
                for (Object o : (List<?>) v) {
                    if (o == null) {
                        g.writeNull();
                    } else {
                        write(g, o, item, model, shape.member().timestampFormat());
                    }
                }
                g.writeEndArray();
            }
            case MAP -> {
                g.writeStartObject();
                Shape valueShape = model.target(shape.value());
                for (Map.Entry<String, ?> e : ((Map<String, ?>) v).entrySet()) {
                    g.writeFieldName(e.getKey());
                    if (e.getValue() == null) {
                        g.writeNull();
                    } else {
                        write(g, e.getValue(), valueShape, model, shape.value().timestampFormat());
                    }
                }
                g.writeEndObject();
            }
            case STRING -> g.writeString(v.toString());
            case BOOLEAN -> g.writeBoolean(v instanceof Boolean b ? b : Boolean.parseBoolean(v.toString()));
            case INTEGER, LONG -> g.writeNumber(((Number) v).longValue());
            case FLOAT, DOUBLE -> writeFloating(g, (Number) v);
            case TIMESTAMP -> writeTimestamp(g, v instanceof Instant t ? t : Timestamps.parse(v.toString()),
                    tsFormat != null ? tsFormat : shape.timestampFormat());
            case BLOB -> g.writeString(Base64.getEncoder().encodeToString(blobBytes(v)));
            default -> writeUntyped(g, v);
        }
    }

    private static void writeFloating(JsonGenerator g, Number n) throws IOException {
        if (n instanceof Float f && !f.isNaN() && !f.isInfinite() && f != Math.rint(f)) {
            g.writeNumber(f.floatValue());
        } else {
            writeDouble(g, n.doubleValue());
        }
    }

    private static void writeDouble(JsonGenerator g, double d) throws IOException {
        if (Double.isNaN(d)) {
            g.writeString("NaN");
        } else if (Double.isInfinite(d)) {
            g.writeString(d > 0 ? "Infinity" : "-Infinity");
        } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            g.writeNumber((long) d);
        } else {
            g.writeNumber(d);
        }
    }

    private static void writeTimestamp(JsonGenerator g, Instant t, String format) throws IOException {
        if (format == null || Timestamps.UNIX.equals(format)) {
            g.writeNumber(new BigDecimal(Timestamps.epochSeconds(t)));
        } else {
            g.writeString(Timestamps.format(t, format));
        }
    }

    static byte[] blobBytes(Object v) {
        if (v instanceof byte[] b) {
            return b;
        }
        if (v instanceof BlobStream bs) {
            try (var in = bs.stream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return v.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Writes untyped Java values (documents, model-less services). */
    @SuppressWarnings("unchecked")
    public static void writeUntyped(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                writeUntyped(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object o : l) {
                writeUntyped(g, o);
            }
            g.writeEndArray();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Instant t) {
            g.writeNumber(new BigDecimal(Timestamps.epochSeconds(t)));
        } else if (v instanceof byte[] b) {
            g.writeString(Base64.getEncoder().encodeToString(b));
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof Double || v instanceof Float) {
            writeDouble(g, ((Number) v).doubleValue());
        } else if (v instanceof Number n) {
            g.writeNumber(n.longValue());
        } else {
            g.writeString(v.toString());
        }
    }
}
