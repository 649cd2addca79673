package io.cloudmock.services.myservice.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.cloudmock.api.Struct;

/** Widgets by id, in memory. */
final class WidgetStore {

    private final Map<String, Struct> widgets = new ConcurrentHashMap<>();

    void put(Struct widget) {
        widgets.put(widget.string("WidgetId"), widget);
    }

    Struct get(String id) {
        return id == null ? null : widgets.get(id);
    }

    Collection<Struct> list() {
        return new ArrayList<>(widgets.values());
    }

    boolean delete(String id) {
        return id != null && widgets.remove(id) != null;
    }

    void clear() {
        widgets.clear();
    }
}
