package io.cloudmock.gateway.internal.protocol.xml;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.cloudmock.api.CommonErrors;

/**
 * A tiny read-only XML tree (element local names, attributes, children, text) built with StAX, with DTDs and
 * external entities disabled. Request bodies of the XML protocols are small, so a tree is simplest.
 */
public final class XmlNode {

    private static final XMLInputFactory FACTORY = factory();

    private final String name;
    private final Map<String, String> attributes = new LinkedHashMap<>(2);
    private final List<XmlNode> children = new ArrayList<>(4);
    private final StringBuilder text = new StringBuilder();

    private XmlNode(String name) {
        this.name = name;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** Parses a document; throws the AWS malformed-XML error on bad input. */
    public static XmlNode parse(byte[] xml) {
        try {
            XMLStreamReader r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                List<XmlNode> stack = new ArrayList<>();
                XmlNode root = null;
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        XmlNode n = new XmlNode(r.getLocalName());
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            String prefix = r.getAttributePrefix(i);
                            String local = r.getAttributeLocalName(i);
                            n.attributes.put(prefix == null || prefix.isEmpty() ? local : prefix + ":" + local,
                                    r.getAttributeValue(i));
                            n.attributes.putIfAbsent(local, r.getAttributeValue(i));
                        }
                        if (stack.isEmpty()) {
                            root = n;
                        } else {
                            stack.get(stack.size() - 1).children.add(n);
                        }
                        stack.add(n);
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        stack.remove(stack.size() - 1);
                    } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                            || event == XMLStreamConstants.SPACE) && !stack.isEmpty()) {
                        stack.get(stack.size() - 1).text.append(r.getText());
                    }
                }
                if (root == null) {
                    throw CommonErrors.serialization("The XML you provided was not well-formed");
                }
                return root;
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new io.cloudmock.api.AwsException("MalformedXML",
                    "The XML you provided was not well-formed or did not validate against our published schema", 400);
        }
    }

    public String name() {
        return name;
    }

    /** An attribute by name ({@code prefix:name} or local name), or null. */
    public String attribute(String attributeName) {
        return attributes.get(attributeName);
    }

    public List<XmlNode> children() {
        return children;
    }

    /** The first child element named {@code childName}, or null. */
    public XmlNode child(String childName) {
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    /** All child elements named {@code childName}. */
    public List<XmlNode> children(String childName) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The element's text content. */
    public String text() {
        return text.toString();
    }
}
