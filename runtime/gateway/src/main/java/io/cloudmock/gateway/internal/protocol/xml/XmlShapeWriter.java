package io.cloudmock.gateway.internal.protocol.xml;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.cloudmock.api.model.Location;
import io.cloudmock.api.model.Member;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.Shape;
import io.cloudmock.gateway.internal.protocol.Timestamps;

/**
 * Writes value-tree values as XML elements the way the query, ec2 and rest-xml protocols do: element names
 * from {@code locationName}, lists wrapped in {@code member} elements unless flattened, maps as
 * {@code entry/key/value}, timestamps ISO 8601, blobs base64, namespaces and attributes from the model.
 */
public final class XmlShapeWriter {

    private XmlShapeWriter() {
    }

    /** Writes the (body) members of a structure as child elements of the element already started. */
    public static void writeMembers(XmlBuilder x, Map<String, ?> value, Shape shape, ServiceModel model) {
        for (Map.Entry<String, Member> e : shape.members().entrySet()) {
            Member m = e.getValue();
            Object v = value.get(e.getKey());
            if (v != null && m.xmlAttribute()) {
                x.attribute(m.wireName(), scalar(v, model.target(m), m));
            }
        }
        for (Map.Entry<String, Member> e : shape.members().entrySet()) {
            Member m = e.getValue();
            Object v = value.get(e.getKey());
            if (v == null || m.xmlAttribute() || m.location() != Location.BODY) {
                continue;
            }
            writeMember(x, m, e.getKey(), v, model);
        }
    }

    /** Writes one structure member as an element (or repeated elements for flattened lists and maps). */
    public static void writeMember(XmlBuilder x, Member m, String memberName, Object v, ServiceModel model) {
        Shape target = model.target(m);
        String name = m.locationName() != null ? m.locationName() : memberName;
        boolean flattened = m.flattened() || target.flattened();
        if (target.type() == io.cloudmock.api.model.ShapeType.LIST && flattened) {
            String itemName = target.member().locationName() != null ? target.member().locationName() : name;
            for (Object item : (List<?>) v) {
                writeValue(x, itemName, target.member(), item, model);
            }
        } else if (target.type() == io.cloudmock.api.model.ShapeType.MAP && flattened) {
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) v).entrySet()) {
                x.start(name);
                writeEntry(x, target, entry, model);
                x.end(name);
            }
        } else {
            writeValue(x, name, m, v, model);
        }
    }

    /** Writes {@code <name>value</name>} for a value of the member's target shape. */
    @SuppressWarnings("unchecked")
    public static void writeValue(XmlBuilder x, String name, Member ref, Object v, ServiceModel model) {
        Shape shape = model.target(ref);
        x.start(name);
        if (ref.xmlNamespaceUri() != null) {
            x.attribute(ref.xmlNamespacePrefix() == null ? "xmlns" : "xmlns:" + ref.xmlNamespacePrefix(),
                    ref.xmlNamespaceUri());
        }
        switch (shape.type()) {
            case STRUCTURE -> writeMembers(x, (Map<String, ?>) v, shape, model);
            case LIST -> {
                Member item = shape.member();
                String itemName = item.locationName() != null ? item.locationName() : "member";
                for (Object o : (List<?>) v) {
                    writeValue(x, itemName, item, o, model);
                }
            }
            case MAP -> {
                for (Map.Entry<?, ?> entry : ((Map<?, ?>) v).entrySet()) {
                    x.start("entry");
                    writeEntry(x, shape, entry, model);
                    x.end("entry");
                }
            }
            default -> {
                String text = scalar(v, shape, ref);
                if (!text.isEmpty()) {
                    x.text(text);
                }
            }
        }
        x.end(name);
    }

    private static void writeEntry(XmlBuilder x, Shape map, Map.Entry<?, ?> entry, ServiceModel model) {
        Member key = map.key();
        Member value = map.value();
        writeValue(x, key.locationName() != null ? key.locationName() : "key", key, String.valueOf(entry.getKey()), model);
        if (entry.getValue() != null) {
            writeValue(x, value.locationName() != null ? value.locationName() : "value", value, entry.getValue(), model);
        }
    }

    /** The text form of a scalar in XML protocols. */
    public static String scalar(Object v, Shape shape, Member ref) {
        return switch (shape.type()) {
            case TIMESTAMP -> Timestamps.format((Instant) v, ref.timestampFormat() != null ? ref.timestampFormat()
                    : shape.timestampFormat() != null ? shape.timestampFormat() : Timestamps.ISO8601);
            case BLOB -> Base64.getEncoder().encodeToString(v instanceof byte[] b ? b
                    : v.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            case FLOAT, DOUBLE -> formatDouble(((Number) v).doubleValue());
            case BOOLEAN -> Boolean.toString(v instanceof Boolean b ? b : Boolean.parseBoolean(v.toString()));
            default -> v.toString();
        };
    }

    public static String formatDouble(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }
}
