package io.cloudmock.api.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One shape of an AWS service model.
 *
 * @param name            the shape name
 * @param type            its type
 * @param members         structure members in model order (empty for other types)
 * @param required        names of required structure members
 * @param member          a list's member reference, or null
 * @param key             a map's key reference, or null
 * @param value           a map's value reference, or null
 * @param enumValues      allowed string values, empty when unconstrained
 * @param flattened       a flattened list or map (XML and query protocols)
 * @param locationName    the shape-level XML element name, or null
 * @param xmlNamespaceUri the shape-level XML namespace, or null
 * @param timestampFormat the shape-level timestamp format, or null
 * @param streaming       a streaming blob
 * @param payload         the payload member of a REST structure, or null
 * @param exception       an error shape
 * @param error           the error code/status/fault of an error shape, or null
 * @param eventStream     an event stream union
 * @param union           a union (exactly one member set)
 * @param document        a document shape
 * @param sensitive       a sensitive value (redacted in logs)
 * @param min             the minimum length/size/value, or null
 * @param max             the maximum length/size/value, or null
 * @param pattern         the regex a string must match, or null
 * @param wrapper         an XML wrapper structure
 */
public record Shape(String name, ShapeType type, Map<String, Member> members, Set<String> required,
                    Member member, Member key, Member value, List<String> enumValues, boolean flattened,
                    String locationName, String xmlNamespaceUri, String timestampFormat, boolean streaming,
                    String payload, boolean exception, ErrorInfo error, boolean eventStream, boolean union,
                    boolean document, boolean sensitive, Double min, Double max, String pattern,
                    boolean wrapper) {

    /** The error trait of an error shape. */
    public record ErrorInfo(String code, int httpStatusCode, boolean senderFault) {
    }

    public boolean isStructure() {
        return type == ShapeType.STRUCTURE;
    }

    /** The member named {@code name}, or null. */
    public Member member(String name) {
        return members.get(name);
    }
}
