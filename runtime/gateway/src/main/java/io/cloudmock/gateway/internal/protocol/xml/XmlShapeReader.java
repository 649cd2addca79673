package io.cloudmock.gateway.internal.protocol.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmock.api.Struct;
import io.cloudmock.api.model.Location;
import io.cloudmock.api.model.Member;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.Shape;
import io.cloudmock.api.model.ShapeType;
import io.cloudmock.gateway.internal.protocol.Scalars;
import io.cloudmock.gateway.internal.protocol.Timestamps;

/**
 * Reads XML elements into the value tree the way rest-xml (and XML payloads of other protocols) defines it:
 * element names from {@code locationName}, wrapped lists ({@code member} or the member's name) unless flattened,
 * maps as {@code entry/key/value} unless flattened, attributes for {@code xmlAttribute} members.
 */
public final class XmlShapeReader {

    private XmlShapeReader() {
    }

    /** Reads the body members of a structure from the children (and attributes) of {@code element}. */
    public static Struct readStruct(XmlNode element, Shape shape, ServiceModel model) {
        Struct out = new Struct();
        for (Map.Entry<String, Member> e : shape.members().entrySet()) {
            Member m = e.getValue();
            if (m.location() != Location.BODY) {
                continue;
            }
            String name = m.wireName();
            Shape target = model.target(m);
            Object v;
            if (m.xmlAttribute()) {
                String text = element.attribute(name);
                v = text == null ? null : Scalars.parse(text, target, tsFormat(m, target), name);
            } else if (target.type() == ShapeType.LIST && (m.flattened() || target.flattened())) {
                String itemName = target.member().locationName() != null ? target.member().locationName() : name;
                List<XmlNode> items = element.children(itemName);
                v = items.isEmpty() ? null : listItems(items, target, model);
            } else if (target.type() == ShapeType.MAP && (m.flattened() || target.flattened())) {
                List<XmlNode> entries = element.children(name);
                v = entries.isEmpty() ? null : mapEntries(entries, target, model);
            } else {
                XmlNode child = element.child(name);
                v = child == null ? null : read(child, target, m, model);
            }
            if (v != null) {
                out.put(e.getKey(), v);
            }
        }
        return out;
    }

    /** Reads one element as a value of the member's target shape. */
    public static Object read(XmlNode el, Shape shape, Member ref, ServiceModel model) {
        switch (shape.type()) {
            case STRUCTURE:
                return readStruct(el, shape, model);
            case LIST: {
                Member item = shape.member();
                String itemName = item.locationName() != null ? item.locationName() : "member";
                return listItems(el.children(itemName), shape, model);
            }
            case MAP:
                return mapEntries(el.children("entry"), shape, model);
            default:
                return Scalars.parse(el.text(), shape, tsFormat(ref, shape), el.name());
        }
    }

    private static List<Object> listItems(List<XmlNode> items, Shape list, ServiceModel model) {
        Member item = list.member();
        Shape itemShape = model.target(item);
        List<Object> out = new ArrayList<>(items.size());
        for (XmlNode n : items) {
            out.add(read(n, itemShape, item, model));
        }
        return out;
    }

    private static Map<String, Object> mapEntries(List<XmlNode> entries, Shape map, ServiceModel model) {
        String keyName = map.key().locationName() != null ? map.key().locationName() : "key";
        String valueName = map.value().locationName() != null ? map.value().locationName() : "value";
        Shape valueShape = model.target(map.value());
        Map<String, Object> out = new LinkedHashMap<>();
        for (XmlNode entry : entries) {
            XmlNode k = entry.child(keyName);
            if (k == null) {
                continue;
            }
            XmlNode v = entry.child(valueName);
            out.put(k.text(), v == null ? null : read(v, valueShape, map.value(), model));
        }
        return out;
    }

    private static String tsFormat(Member ref, Shape shape) {
        return Scalars.timestampFormat(ref, shape, Timestamps.ISO8601);
    }
}
