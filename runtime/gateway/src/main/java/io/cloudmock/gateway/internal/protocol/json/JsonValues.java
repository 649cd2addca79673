package io.cloudmock.gateway.internal.protocol.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

import io.cloudmock.api.model.Member;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.Shape;
import io.cloudmock.gateway.internal.protocol.Timestamps;

/**
 * Writes the value tree as JSON, shape by shape, as the AWS JSON protocols ({@code json}, {@code rest-json}) do:
 * timestamps as epoch seconds, blobs base64, NaN and infinities as strings. Reading is {@link JsonShapeReader}.
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
        return io.cloudmock.gateway.internal.protocol.Scalars.bytes(v);
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
