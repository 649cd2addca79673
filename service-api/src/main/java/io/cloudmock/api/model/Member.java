package io.cloudmock.api.model;

/**
 * A reference to a shape with its serialization traits: a structure member, a list's member or a map's
 * key or value.
 *
 * @param name            the member name in the structure (empty for list members and map keys/values)
 * @param target          the target shape's name
 * @param location        where it travels in REST protocols
 * @param locationName    the wire name (header name, query key, URI label, XML element or query key)
 * @param queryName       the EC2 query name
 * @param xmlNamespaceUri the XML namespace declared on this member, or null
 * @param xmlNamespacePrefix the prefix of that namespace, or null
 * @param xmlAttribute    serialized as an XML attribute
 * @param flattened       a flattened list or map (set on the member)
 * @param timestampFormat the member's timestamp format, or null
 * @param jsonValue       a JSON document carried as a (base64 in headers) string
 * @param idempotencyToken filled with a UUID when absent
 * @param hostLabel       bound into the host prefix
 * @param eventPayload    the event payload member of an event
 * @param streaming       a streaming payload (set on the member in the models)
 */
public record Member(String name, String target, Location location, String locationName, String queryName,
                     String xmlNamespaceUri, String xmlNamespacePrefix, boolean xmlAttribute, boolean flattened,
                     String timestampFormat, boolean jsonValue, boolean idempotencyToken, boolean hostLabel,
                     boolean eventPayload, boolean streaming) {

    /** A plain reference to a shape, with no traits. */
    public static Member of(String name, String target) {
        return new Member(name, target, Location.BODY, null, null, null, null, false, false, null, false, false,
                false, false, false);
    }

    /** The name on the wire: {@link #locationName} when set, else {@link #name}. */
    public String wireName() {
        return locationName != null ? locationName : name;
    }
}
