package io.cloudmock.api.model;

import java.util.Map;

/**
 * A loaded AWS service model: its summary, operations, shapes and paginators.
 *
 * @param summary       routing facts (protocol, prefixes, version)
 * @param xmlNamespace  the XML namespace of query and rest-xml responses, or null
 * @param operations    operations by name
 * @param shapes        shapes by name
 * @param paginators    paginators by operation name
 */
public record ServiceModel(ServiceSummary summary, String xmlNamespace, Map<String, Operation> operations,
                           Map<String, Shape> shapes, Map<String, Paginator> paginators) {

    public String name() {
        return summary.name();
    }

    public String protocol() {
        return summary.protocol();
    }

    /** The operation named {@code name}, or null. */
    public Operation operation(String name) {
        return operations.get(name);
    }

    /** The shape named {@code name}; fails loudly on a dangling reference (a broken model). */
    public Shape shape(String name) {
        Shape s = shapes.get(name);
        if (s == null) {
            throw new IllegalArgumentException("shape " + name + " is not in model " + summary.name());
        }
        return s;
    }

    /** The shape a member refers to. */
    public Shape target(Member member) {
        return shape(member.target());
    }
}
