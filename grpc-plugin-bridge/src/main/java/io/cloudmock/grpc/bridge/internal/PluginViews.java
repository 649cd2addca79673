package io.cloudmock.grpc.bridge.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmock.api.ActionDef;

/** The JSON view of a plugin shared by {@code /api/plugins} and the shell. */
final class PluginViews {

    private PluginViews() {
    }

    static Map<String, Object> describe(PluginConnection c) {
        Map<String, Object> m = new LinkedHashMap<>(c.config().toMap());
        m.put("state", c.state().name());
        boolean up = c.state() == PluginState.ACTIVE && c.pluginHealthy();
        m.put("healthy", up);
        m.put("health", up ? "UP" : "DOWN");
        PluginRegistration r = c.registration();
        m.put("service", r == null ? null : r.serviceName());
        List<Map<String, String>> actions = new ArrayList<>();
        if (r != null) {
            for (ActionDef a : r.actions()) {
                Map<String, String> v = new LinkedHashMap<>();
                v.put("name", a.name());
                v.put("method", a.method());
                v.put("iamAction", a.iamAction());
                actions.add(v);
            }
        }
        m.put("actions", actions);
        m.put("registeredAt", c.registeredAt() == null ? null : c.registeredAt().toString());
        m.put("lastCheckAt", c.lastCheckAt() == null ? null : c.lastCheckAt().toString());
        if (c.lastError() != null) {
            m.put("lastError", c.lastError());
        }
        return m;
    }
}
