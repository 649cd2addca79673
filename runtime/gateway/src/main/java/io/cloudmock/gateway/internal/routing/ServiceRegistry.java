package io.cloudmock.gateway.internal.routing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The services that answer right now, indexed for routing. Copy-on-write: lookups never lock, bundles coming
 * and going rebuild the indexes.
 */
public final class ServiceRegistry {

    private record Indexes(Map<String, RegisteredService> byName, Map<String, List<RegisteredService>> bySigningName,
                           Map<String, RegisteredService> byTargetPrefix,
                           Map<String, List<RegisteredService>> byEndpointPrefix) {
    }

    /** Keyed by service id and name: one OSGi service may serve several names (the Tier 2 engine). */
    private final Map<String, RegisteredService> all = new ConcurrentHashMap<>();
    private volatile Indexes indexes = new Indexes(Map.of(), Map.of(), Map.of(), Map.of());

    public synchronized void add(List<RegisteredService> services) {
        for (RegisteredService s : services) {
            all.put(s.id() + "/" + s.name(), s);
        }
        rebuild();
    }

    /** Removes every name the OSGi service {@code id} served. */
    public synchronized void remove(long id) {
        all.values().removeIf(s -> s.id() == id);
        rebuild();
    }

    /** The winning implementation of each service name. */
    public Collection<RegisteredService> active() {
        return indexes.byName.values();
    }

    public Optional<RegisteredService> byName(String name) {
        return Optional.ofNullable(indexes.byName.get(name));
    }

    public List<RegisteredService> bySigningName(String signingName) {
        return indexes.bySigningName.getOrDefault(signingName, List.of());
    }

    public Optional<RegisteredService> byTargetPrefix(String prefix) {
        return Optional.ofNullable(indexes.byTargetPrefix.get(prefix));
    }

    public List<RegisteredService> byEndpointPrefix(String prefix) {
        return indexes.byEndpointPrefix.getOrDefault(prefix, List.of());
    }

    private void rebuild() {
        Map<String, RegisteredService> byName = new HashMap<>();
        for (RegisteredService s : all.values()) {
            RegisteredService current = byName.get(s.name());
            if (current == null || s.beats(current)) {
                byName.put(s.name(), s);
            }
        }
        Map<String, List<RegisteredService>> bySigning = new HashMap<>();
        Map<String, RegisteredService> byTarget = new HashMap<>();
        Map<String, List<RegisteredService>> byEndpoint = new HashMap<>();
        for (RegisteredService s : byName.values()) {
            var sum = s.summary();
            if (sum.signingName() != null) {
                bySigning.computeIfAbsent(sum.signingName(), k -> new ArrayList<>()).add(s);
            }
            if (sum.targetPrefix() != null) {
                byTarget.put(sum.targetPrefix(), s);
            }
            if (sum.endpointPrefix() != null) {
                byEndpoint.computeIfAbsent(sum.endpointPrefix(), k -> new ArrayList<>()).add(s);
            }
        }
        indexes = new Indexes(Map.copyOf(byName), Map.copyOf(bySigning), Map.copyOf(byTarget), Map.copyOf(byEndpoint));
    }
}
