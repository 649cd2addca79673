package io.cloudmock.gateway.internal.protocol.sqs;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.cloudmock.gateway.internal.protocol.xml.XmlBuilder;

/**
 * Writes SQS outputs the way the legacy query API did: lists and maps flattened under singular element names
 * ({@code <QueueUrl>}, {@code <Message>}, {@code <Attribute><Name/><Value/></Attribute>}, {@code <Tag><Key/>}).
 */
final class SqsLegacyXml {

    private SqsLegacyXml() {
    }

    static void writeMembers(XmlBuilder x, Map<String, Object> struct, String operation) {
        for (Map.Entry<String, Object> e : struct.entrySet()) {
            write(x, e.getKey(), e.getValue(), operation);
        }
    }

    private static void write(XmlBuilder x, String member, Object value, String operation) {
        if (value == null) {
            return;
        }
        switch (member) {
            case "QueueUrls", "queueUrls" -> list(x, "QueueUrl", value, operation);
            case "Messages" -> list(x, "Message", value, operation);
            case "Successful" -> list(x, operation + "ResultEntry", value, operation);
            case "Failed" -> list(x, "BatchResultErrorEntry", value, operation);
            case "Results" -> list(x, "ListMessageMoveTasksResultEntry", value, operation);
            case "Attributes" -> map(x, "Attribute", "Name", "Value", value, operation);
            case "MessageAttributes" -> map(x, "MessageAttribute", "Name", "Value", value, operation);
            case "Tags" -> map(x, "Tag", "Key", "Value", value, operation);
            default -> element(x, member, value, operation);
        }
    }

    private static void list(XmlBuilder x, String item, Object value, String operation) {
        for (Object o : (List<?>) value) {
            element(x, item, o, operation);
        }
    }

    private static void map(XmlBuilder x, String entry, String keyName, String valueName, Object value,
                            String operation) {
        for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
            x.start(entry).element(keyName, String.valueOf(e.getKey()));
            element(x, valueName, e.getValue(), operation);
            x.end(entry);
        }
    }

    @SuppressWarnings("unchecked")
    private static void element(XmlBuilder x, String name, Object value, String operation) {
        if (value instanceof Map<?, ?> m) {
            x.start(name);
            writeMembers(x, (Map<String, Object>) m, operation);
            x.end(name);
        } else if (value instanceof byte[] b) {
            x.element(name, Base64.getEncoder().encodeToString(b));
        } else if (value instanceof java.time.Instant t) {
            x.element(name, Long.toString(t.toEpochMilli()));
        } else {
            x.element(name, String.valueOf(value));
        }
    }
}
