package io.cloudmock.stubcatalog.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The state of every stubbed service, per account, region and service. Each scope has its own lock;
 * callers run their whole operation inside {@link Scope#locked}.
 */
public final class StubStore {

    private final Map<String, Scope> scopes = new ConcurrentHashMap<>();

    /** The state of one service in one account and region. */
    public static final class Scope {
        private final Map<String, List<StubResource>> byNoun = new LinkedHashMap<>();
        private final Map<String, Map<String, String>> looseTags = new LinkedHashMap<>();

        /** Runs {@code action} holding this scope's lock. */
        public synchronized <T> T locked(java.util.function.Supplier<T> action) {
            return action.get();
        }

        public synchronized List<StubResource> all(String noun) {
            return new ArrayList<>(byNoun.getOrDefault(noun, List.of()));
        }

        public synchronized StubResource find(String noun, Predicate<StubResource> match) {
            for (StubResource r : byNoun.getOrDefault(noun, List.of())) {
                if (match.test(r)) {
                    return r;
                }
            }
            return null;
        }

        /** The resource of any noun named by {@code value} (tagging calls name resources by ARN). */
        public synchronized StubResource findAny(String value) {
            for (List<StubResource> list : byNoun.values()) {
                for (StubResource r : list) {
                    if (r.isNamedBy(value)) {
                        return r;
                    }
                }
            }
            return null;
        }

        public synchronized void add(StubResource r) {
            byNoun.computeIfAbsent(r.noun(), k -> new ArrayList<>()).add(r);
        }

        public synchronized boolean remove(StubResource r) {
            List<StubResource> list = byNoun.get(r.noun());
            return list != null && list.remove(r);
        }

        /** Tags of ARNs that are not stored resources. */
        public synchronized Map<String, String> looseTags(String arn) {
            return looseTags.computeIfAbsent(arn, k -> new LinkedHashMap<>());
        }

        public synchronized int size() {
            return byNoun.values().stream().mapToInt(List::size).sum();
        }
    }

    public Scope scope(String account, String region, String service) {
        return scopes.computeIfAbsent(account + "/" + region + "/" + service, k -> new Scope());
    }

    public void reset() {
        scopes.clear();
    }

    /** Number of stored resources over every scope. */
    public int size() {
        return scopes.values().stream().mapToInt(Scope::size).sum();
    }
}
