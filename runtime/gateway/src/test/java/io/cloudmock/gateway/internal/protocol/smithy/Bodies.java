package io.cloudmock.gateway.internal.protocol.smithy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudmock.gateway.internal.http.FormEncoding;

/**
 * Body equivalence by media type: JSON equality (numbers by value), XML equivalence (ignoring whitespace,
 * attribute order and the order of differently named siblings), form equality.
 */
final class Bodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Bodies() {
    }

    /** Null when equivalent, else a description of the difference. */
    static String compare(String mediaType, String expected, byte[] actualBytes, Set<String> allowedExtraRootChildren) {
        String actual = new String(actualBytes, StandardCharsets.UTF_8);
        if (expected.isBlank() && actual.isBlank()) {
            return null;
        }
        try {
            if (mediaType != null && mediaType.contains("json")) {
                JsonNode e = JSON.readTree(expected);
                JsonNode a = actual.isBlank() ? JSON.createObjectNode() : JSON.readTree(actual);
                return e.equals((x, y) -> x.isNumber() && y.isNumber() ? Double.compare(x.asDouble(), y.asDouble())
                        : x.equals(y) ? 0 : 1, a) ? null : "JSON differs: expected " + e + " got " + a;
            }
            if (mediaType != null && mediaType.contains("xml")) {
                String e = canonical(expected, Set.of());
                String a = actual.isBlank() ? "" : canonical(actual, allowedExtraRootChildren);
                return e.equals(a) ? null : "XML differs:\n expected " + e + "\n got      " + a;
            }
            if (mediaType != null && mediaType.contains("x-www-form-urlencoded")) {
                Map<String, List<String>> e = new TreeMap<>(FormEncoding.decode(expected.strip()));
                Map<String, List<String>> a = new TreeMap<>(FormEncoding.decode(actual.strip()));
                return e.equals(a) ? null : "form differs: expected " + e + " got " + a;
            }
        } catch (Exception ex) {
            return "cannot compare bodies (" + ex + "): expected " + expected + " got " + actual;
        }
        return expected.equals(actual) ? null : "body differs: expected [" + expected + "] got [" + actual + "]";
    }

    static String canonical(String xml, Set<String> dropRootChildren) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        StringBuilder out = new StringBuilder();
        write(root, out, dropRootChildren);
        return out.toString();
    }

    private static void write(Element el, StringBuilder out, Set<String> drop) {
        out.append('<').append(el.getTagName());
        NamedNodeMap attrs = el.getAttributes();
        Map<String, String> sorted = new TreeMap<>();
        for (int i = 0; i < attrs.getLength(); i++) {
            sorted.put(attrs.item(i).getNodeName(), attrs.item(i).getNodeValue());
        }
        sorted.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(v).append('"'));
        out.append('>');
        List<Element> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Node n = el.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                if (!drop.contains(c.getTagName())) {
                    children.add(c);
                }
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(n.getNodeValue());
            }
        }
        if (children.isEmpty()) {
            out.append(text.toString().strip());
        }
        // structure members are unordered; same-named siblings (list items) keep their order
        children.sort(java.util.Comparator.comparing(Element::getTagName));
        for (Element c : children) {
            write(c, out, Set.of());
        }
        out.append("</").append(el.getTagName()).append('>');
    }
}
