package io.cloudmock.services.myservice.internal;

import java.util.ArrayList;
import java.util.UUID;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.CommonErrors;
import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;

/** CreateWidget, GetWidget, ListWidgets, DeleteWidget. */
final class WidgetOperations {

    private final WidgetStore store;

    WidgetOperations(WidgetStore store) {
        this.store = store;
    }

    Struct createWidget(RequestContext ctx, Struct in) {
        String name = in.string("WidgetName");
        if (name == null || name.isEmpty()) {
            throw CommonErrors.validation("WidgetName is required");
        }
        String id = UUID.randomUUID().toString();
        Struct widget = Struct.of("WidgetId", id, "WidgetName", name, "Arn", ctx.arn("myservice", "widget/" + id));
        store.put(widget);
        return Struct.of("WidgetId", id, "Arn", widget.string("Arn"));
    }

    Struct getWidget(Struct in) {
        Struct w = store.get(in.string("WidgetId"));
        if (w == null) {
            throw notFound(in.string("WidgetId"));
        }
        return new Struct(w);
    }

    Struct listWidgets() {
        return Struct.of("Widgets", new ArrayList<Object>(store.list()));
    }

    Struct deleteWidget(Struct in) {
        if (!store.delete(in.string("WidgetId"))) {
            throw notFound(in.string("WidgetId"));
        }
        return new Struct();
    }

    private static AwsException notFound(String id) {
        return new AwsException("ResourceNotFoundException", "Widget " + id + " not found", 400);
    }
}
