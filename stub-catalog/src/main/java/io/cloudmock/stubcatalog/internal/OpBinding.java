package io.cloudmock.stubcatalog.internal;

/**
 * How the catalog binds one operation.
 *
 * @param operation the operation name
 * @param kind      what the engine does with it
 * @param noun      the resource noun it acts on, or null (tagging and shape-only operations)
 */
public record OpBinding(String operation, OpKind kind, String noun) {
}
