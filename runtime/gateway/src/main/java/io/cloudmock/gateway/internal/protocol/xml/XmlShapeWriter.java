package io.cloudmock.gateway.internal.protocol.xml;

import java.util.List;
import java.util.Map;

import io.cloudmock.api.model.Location;
import io.cloudmock.api.model.Member;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.Shape;
import io.cloudmock.gateway.internal.protocol.Scalars;
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
            if (v == null || m.xmlAttribute() || !inBody(m)) {
                continue;
            }
            writeMember(x, m, e.getKey(), v, model);
        }
    }

    /** Whether an output member travels in the body (URI and query bindings mean nothing in responses). */
    public static boolean inBody(Member m) {
        Location l = m.location();
        return l == Location.BODY || l == Location.URI || l == Location.QUERYSTRING;
    }

    /** Writes one structure member as an element (or repeated elements for flattened lists and maps). */
    public static void writeMember(XmlBuilder x, Member m, String memberName, Object v, ServiceModel model) {
        Shape target = model.target(m);
        String name = m.locationName() != null ? m.locationName() : memberName;
        boolean flattened = m.flattened() || target.flattened();
        if (target.type() == io.cloudmock.api.model.ShapeType.LIST && flattened) {
            // botocore: a flattened list's items are named after the list member's locationName, else the member
            String itemName = target.member().locationName() != null ? target.member().locationName() : name;
            for (Object item : (List<?>) v) {
                writeValue(x, itemName, target.member(), item, model);
            }
        } else if (target.type() == io.cloudmock.api.model.ShapeType.MAP && flattened) {
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) v).entrySet()) {
                x.start(name);
                namespace(x, m, null);
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
        writeValue(x, name, ref, v, model, null);
    }

    /** As {@link #writeValue(XmlBuilder, String, Member, Object, ServiceModel)}, declaring a default namespace. */
    @SuppressWarnings("unchecked")
    public static void writeValue(XmlBuilder x, String name, Member ref, Object v, ServiceModel model,
                                  String defaultNamespace) {
        Shape shape = model.target(ref);
        x.start(name);
        namespace(x, ref, defaultNamespace);
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

    private static void namespace(XmlBuilder x, Member ref, String defaultNamespace) {
        if (ref.xmlNamespaceUri() != null) {
            x.attribute(ref.xmlNamespacePrefix() == null ? "xmlns" : "xmlns:" + ref.xmlNamespacePrefix(),
                    ref.xmlNamespaceUri());
        } else if (defaultNamespace != null) {
            x.attribute("xmlns", defaultNamespace);
        }
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
        return Scalars.text(v, shape, Scalars.timestampFormat(ref, shape, Timestamps.ISO8601));
    }

    public static String formatDouble(double d) {
        return Scalars.formatDouble(d);
    }
}
