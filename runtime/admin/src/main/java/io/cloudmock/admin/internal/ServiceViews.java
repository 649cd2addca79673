package io.cloudmock.admin.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmock.api.ActionDef;
import io.cloudmock.api.Health;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.ServiceModels;

/** The JSON views of services that the admin endpoints and shell commands share. */
public final class ServiceViews {

    private ServiceViews() {
    }

    /** name, tier, bundle, version, protocols, actions of one active service. */
    public static Map<String, Object> describe(ServiceDirectory.Entry e, ServiceModels models) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", e.name());
        m.put("tier", e.tier());
        m.put("bundle", e.bundle());
        m.put("version", e.bundleVersion());
        m.put("ranking", e.ranking());
        List<Map<String, String>> actions = new ArrayList<>();
        var model = models.model(e.name());
        if (model.isPresent()) {
            ServiceModel sm = model.get();
            m.put("protocols", sm.summary().protocols());
            m.put("apiVersion", sm.summary().apiVersion());
            for (String op : sm.operations().keySet().stream().sorted().toList()) {
                if (e.service().supports(op)) {
                    actions.add(action(op, sm.summary().signingName() + ":" + op));
                }
            }
        } else {
            m.put("protocols", List.of("json"));
        }
        for (ActionDef a : e.service().actions()) {
            if (actions.stream().noneMatch(x -> x.get("name").equals(a.name()))) {
                actions.add(action(a.name(), a.iamAction()));
            }
        }
        m.put("actions", actions);
        return m;
    }

    private static Map<String, String> action(String name, String iam) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("name", name);
        a.put("iamAction", iam);
        return a;
    }

    /** The health of one service, never throwing: a failing health check is DOWN with its message. */
    public static Health health(ServiceDirectory.Entry e) {
        try {
            Health h = e.service().health();
            return h == null ? Health.up() : h;
        } catch (RuntimeException ex) {
            return Health.down(ex.toString());
        }
    }
}
