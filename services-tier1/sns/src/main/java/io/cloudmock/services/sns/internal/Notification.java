package io.cloudmock.services.sns.internal;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One published message as subscribers get it.
 *
 * @param attributes name -> {DataType, value}; binary values are base64 text
 * @param structured the parsed message when {@code MessageStructure=json} (per-protocol texts), else null
 */
record Notification(String messageId, String topicArn, String subject, String message, JsonNode structured,
                    Map<String, String[]> attributes, Map<String, byte[]> binaryAttributes, String timestamp,
                    String groupId, String deduplicationId, String sequenceNumber) {

    /** The text a protocol receives: its own entry of a JSON-structured message, else the default. */
    String messageFor(String protocol) {
        if (structured == null) {
            return message;
        }
        JsonNode n = structured.get(protocol);
        if (n == null) {
            n = structured.get("default");
        }
        return n == null ? "" : n.isTextual() ? n.asText() : n.toString();
    }
}
