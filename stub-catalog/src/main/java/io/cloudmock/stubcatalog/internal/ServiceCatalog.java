package io.cloudmock.stubcatalog.internal;

import java.util.Map;

import io.cloudmock.api.model.ServiceModel;

/**
 * The catalog of one service: its resources and how each operation is bound.
 *
 * @param service   the service key
 * @param model     the service model, or null for a service added by hand without a model
 * @param resources resources by noun
 * @param ops       bindings by operation name (every operation of the model)
 */
public record ServiceCatalog(String service, ServiceModel model, Map<String, ResourceType> resources,
                             Map<String, OpBinding> ops) {

    /** The binding of an operation: unknown operations are unsupported. */
    public OpBinding op(String operation) {
        OpBinding b = ops.get(operation);
        return b != null ? b : new OpBinding(operation, OpKind.UNSUPPORTED, null);
    }

    public ResourceType resource(String noun) {
        return resources.get(noun);
    }

    /** Number of operations bound statefully. */
    public long statefulCount() {
        return ops.values().stream().filter(b -> b.kind().stateful()).count();
    }

    /** Number of operations answered with shape-only outputs. */
    public long shapeOnlyCount() {
        return ops.values().stream().filter(b -> b.kind() == OpKind.EMPTY_READ).count();
    }
}
