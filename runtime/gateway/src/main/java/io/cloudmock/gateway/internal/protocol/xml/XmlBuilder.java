package io.cloudmock.gateway.internal.protocol.xml;

import java.nio.charset.StandardCharsets;

/** A small, fast XML text builder with correct escaping of text and attribute values. */
public final class XmlBuilder {

    private final StringBuilder out = new StringBuilder(512);
    private boolean tagOpen;

    public XmlBuilder declaration() {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        return this;
    }

    public XmlBuilder start(String name) {
        closeTag();
        out.append('<').append(name);
        tagOpen = true;
        return this;
    }

    /** An attribute of the element just started. */
    public XmlBuilder attribute(String name, String value) {
        if (!tagOpen) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        out.append(' ').append(name).append("=\"");
        escape(value, true);
        out.append('"');
        return this;
    }

    public XmlBuilder text(String text) {
        closeTag();
        escape(text, false);
        return this;
    }

    public XmlBuilder end(String name) {
        if (tagOpen) {
            out.append("/>");
            tagOpen = false;
        } else {
            out.append("</").append(name).append('>');
        }
        return this;
    }

    /** {@code <name>text</name>}. */
    public XmlBuilder element(String name, String text) {
        start(name);
        if (text != null && !text.isEmpty()) {
            text(text);
            return end(name);
        }
        closeTag();
        out.append("</").append(name).append('>');
        return this;
    }

    private void closeTag() {
        if (tagOpen) {
            out.append('>');
            tagOpen = false;
        }
    }

    private void escape(String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\r' -> out.append("&#xD;");
                case '\n' -> out.append(attribute ? "&#xA;" : "\n");
                case '\t' -> out.append(attribute ? "&#x9;" : "\t");
                default -> out.append(c);
            }
        }
    }

    @Override
    public String toString() {
        closeTag();
        return out.toString();
    }

    public byte[] toBytes() {
        return toString().getBytes(StandardCharsets.UTF_8);
    }
}
