package io.cloudmock.stubcatalog.internal;

import java.time.Instant;

import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;
import io.cloudmock.api.model.Operation;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.Shape;

/**
 * One call the engine handles, with what every operation group needs: the catalog, the binding, the scope's
 * state and the output helpers.
 */
record StubCall(ServiceCatalog catalog, OpBinding binding, RequestContext context, Struct input,
                StubStore.Scope scope, OutputFiller filler, ValueGenerator gen, Instant now) {

    static StubCall of(ServiceCatalog catalog, OpBinding binding, RequestContext context, Struct input,
                       StubStore store) {
        Instant now = Instant.ofEpochMilli(System.currentTimeMillis());
        ValueGenerator gen = catalog.model() == null ? null : new ValueGenerator(catalog.model(), context, now);
        return new StubCall(catalog, binding, context, input == null ? new Struct() : input,
                store.scope(context.accountId(), context.region(), catalog.service()),
                gen == null ? null : new OutputFiller(catalog.model(), gen), gen, now);
    }

    ServiceModel model() {
        return catalog.model();
    }

    String operation() {
        return binding.operation();
    }

    ResourceType resource() {
        return catalog.resource(binding.noun());
    }

    /** The operation's output shape, or null when it has none. */
    Shape outputShape() {
        if (model() == null) {
            return null;
        }
        Operation op = model().operation(operation());
        return op == null || op.output() == null ? null : model().target(op.output());
    }

    Shape inputShape() {
        if (model() == null) {
            return null;
        }
        Operation op = model().operation(operation());
        return op == null || op.input() == null ? null : model().target(op.input());
    }

    /** The output filled from a resource (an empty structure when the operation has no output). */
    Struct output(java.util.Map<String, ?> values, StubResource res) {
        if (model() == null) {
            return CustomServices.untypedOutput(this, values, res);
        }
        Shape out = outputShape();
        return out == null ? new Struct() : filler.output(out, values, res);
    }
}
