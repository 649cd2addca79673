package io.cloudmock.gateway.internal.protocol.s3;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.Struct;
import io.cloudmock.api.model.Member;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.Shape;
import io.cloudmock.api.model.ShapeType;
import io.cloudmock.gateway.internal.protocol.Timestamps;

/** Reads an XML request payload (CreateBucketConfiguration, Delete, Tagging, ...) into the value tree. */
final class S3XmlReader {

    private static final DocumentBuilderFactory FACTORY = factory();

    private S3XmlReader() {
    }

    /** Parses the document element of {@code body} as a value of {@code shape}. */
    static Struct read(byte[] body, Shape shape, ServiceModel model) {
        Element root;
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setErrorHandler(null);
            root = builder.parse(new ByteArrayInputStream(body)).getDocumentElement();
        } catch (Exception e) {
            throw new AwsException("MalformedXML",
                    "The XML you provided was not well-formed or did not validate against our published schema", 400);
        }
        return structure(root, shape, model);
    }

    private static Struct structure(Element e, Shape shape, ServiceModel model) {
        Struct out = new Struct();
        for (Map.Entry<String, Member> entry : shape.members().entrySet()) {
            Member m = entry.getValue();
            if (m.xmlAttribute()) {
                String v = e.getAttribute(m.wireName());
                if (!v.isEmpty()) {
                    out.put(entry.getKey(), scalar(v, model.target(m)));
                }
            }
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element child)) {
                continue;
            }
            String name = localName(child);
            for (Map.Entry<String, Member> entry : shape.members().entrySet()) {
                Member m = entry.getValue();
                Shape target = model.target(m);
                boolean flatList = target.type() == ShapeType.LIST && (m.flattened() || target.flattened());
                String wire = flatList && target.member().locationName() != null && m.locationName() == null
                        ? target.member().locationName() : m.wireName();
                if (!wire.equals(name)) {
                    continue;
                }
                if (flatList) {
                    @SuppressWarnings("unchecked")
                    List<Object> items = (List<Object>) out.computeIfAbsent(entry.getKey(), k -> new ArrayList<>());
                    items.add(value(child, model.target(target.member()), model));
                } else {
                    out.put(entry.getKey(), value(child, target, model));
                }
                break;
            }
        }
        return out;
    }

    private static Object value(Element e, Shape shape, ServiceModel model) {
        switch (shape.type()) {
            case STRUCTURE:
                return structure(e, shape, model);
            case LIST: {
                List<Object> items = new ArrayList<>();
                for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element child) {
                        items.add(value(child, model.target(shape.member()), model));
                    }
                }
                return items;
            }
            case MAP: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element entry) {
                        String k = null;
                        Object v = null;
                        for (Node c = entry.getFirstChild(); c != null; c = c.getNextSibling()) {
                            if (c instanceof Element kv) {
                                if (localName(kv).equals("key")) {
                                    k = kv.getTextContent();
                                } else {
                                    v = value(kv, model.target(shape.value()), model);
                                }
                            }
                        }
                        if (k != null) {
                            map.put(k, v);
                        }
                    }
                }
                return map;
            }
            default:
                return scalar(e.getTextContent(), shape);
        }
    }

    static Object scalar(String text, Shape shape) {
        String t = shape.type() == ShapeType.STRING ? text : text.trim();
        try {
            return switch (shape.type()) {
                case INTEGER -> Integer.valueOf(t);
                case LONG -> Long.valueOf(t);
                case FLOAT -> Float.valueOf(t);
                case DOUBLE -> Double.valueOf(t);
                case BOOLEAN -> Boolean.valueOf(t);
                case TIMESTAMP -> Timestamps.parse(t);
                case BLOB -> Base64.getDecoder().decode(t);
                default -> t;
            };
        } catch (RuntimeException e) {
            throw new AwsException("MalformedXML", "The XML you provided was not well-formed or did not validate "
                    + "against our published schema", 400);
        }
    }

    private static String localName(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (Exception ignored) {
            // best effort
        }
        f.setExpandEntityReferences(false);
        return f;
    }
}
