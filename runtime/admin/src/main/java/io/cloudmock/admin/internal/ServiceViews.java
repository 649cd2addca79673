package io.cloudmock.admin.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

import io.cloudmock.api.ActionDef;
import io.cloudmock.api.Health;
import io.cloudmock.api.ServiceTier;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.ServiceModels;

/** The JSON views of services that the admin endpoints and shell commands share. */
public final class ServiceViews {

    private ServiceViews() {
    }

    /** name, tier, bundle, version, protocols, actions (and model operations not served) of one active service. */
    public static Map<String, Object> describe(ServiceDirectory.Entry e, ServiceModels models) {
        return describe(e, models, null);
    }

    /**
     * name, tier, bundle, version, protocols and actions of one active service, each action with its tier:
     * {@code tier1} (or the plugin's tier) for services answered by their own bundle; for the Tier 2 engine what
     * {@code stubTiers} says ({@code tier2-stateful}, {@code tier2-shape-only}, {@code not-served}). Also counts
     * the actions per tier.
     */
    public static Map<String, Object> describe(ServiceDirectory.Entry e, ServiceModels models,
                                               BiFunction<String, String, String> stubTiers) {
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
            List<String> notServed = new ArrayList<>();
            m.put("notServed", notServed);
            for (String op : sm.operations().keySet().stream().sorted().toList()) {
                if (!e.service().supports(op)) {
                    notServed.add(op);
                } else {
                    Map<String, String> a = action(op, sm.summary().signingName() + ":" + op);
                    a.put("tier", ServiceTier.TIER2.equals(e.tier()) && stubTiers != null
                            ? stubTiers.apply(e.name(), op) : e.tier());
                    actions.add(a);
                }
            }
        } else {
            m.put("protocols", List.of("json"));
        }
        for (ActionDef a : e.service().actions()) {
            if (actions.stream().noneMatch(x -> x.get("name").equals(a.name()))) {
                Map<String, String> action = action(a.name(), a.iamAction());
                action.put("tier", ServiceTier.TIER2.equals(e.tier()) && stubTiers != null
                        ? stubTiers.apply(e.name(), a.name()) : e.tier());
                actions.add(action);
            }
        }
        m.put("actions", actions);
        Map<String, Integer> byTier = new TreeMap<>();
        actions.forEach(a -> byTier.merge(a.getOrDefault("tier", e.tier()), 1, Integer::sum));
        Object notServed = m.get("notServed");
        if (notServed instanceof List<?> l && !l.isEmpty()) {
            byTier.merge("not-served", l.size(), Integer::sum);
        }
        m.put("actionsByTier", byTier);
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
