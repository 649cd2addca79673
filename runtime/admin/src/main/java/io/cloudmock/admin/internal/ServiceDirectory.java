package io.cloudmock.admin.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.cloudmock.api.AwsService;

/** Every registered {@link AwsService} with its properties, for the admin endpoints and shell commands. */
@Component(service = ServiceDirectory.class)
public class ServiceDirectory {

    /** One registered implementation. */
    public record Entry(String name, String tier, int ranking, long serviceId, String bundle, String bundleVersion,
                        AwsService service) {
    }

    /** Keyed by service id and name: one OSGi service may serve several names (the Tier 2 engine). */
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    @Reference(service = AwsService.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void add(AwsService service, ServiceReference<AwsService> ref, Map<String, Object> props) {
        Object ranking = props.get(Constants.SERVICE_RANKING);
        long id = (Long) props.get(Constants.SERVICE_ID);
        Object names = props.get("cloudmock.service.name");
        for (String name : names instanceof String[] arr ? List.of(arr) : List.of(String.valueOf(names))) {
            entries.put(id + "/" + name, new Entry(name,
                    String.valueOf(props.getOrDefault("cloudmock.service.tier", "tier1")),
                    ranking instanceof Integer r ? r : 0, id, ref.getBundle().getSymbolicName(),
                    ref.getBundle().getVersion().toString(), service));
        }
        generation.incrementAndGet();
    }

    void remove(AwsService service, Map<String, Object> props) {
        long id = (Long) props.get(Constants.SERVICE_ID);
        entries.values().removeIf(e -> e.serviceId() == id);
        generation.incrementAndGet();
    }

    /** Changes whenever a service comes or goes, so views of the directory can be cached. */
    public long generation() {
        return generation.get();
    }

    /** The implementation that answers for each service name (highest ranking, then oldest), by name. */
    public List<Entry> active() {
        Map<String, Entry> best = new java.util.TreeMap<>();
        for (Entry e : entries.values()) {
            Entry cur = best.get(e.name());
            if (cur == null || e.ranking() > cur.ranking()
                    || (e.ranking() == cur.ranking() && e.serviceId() < cur.serviceId())) {
                best.put(e.name(), e);
            }
        }
        return new ArrayList<>(best.values());
    }

    /** Every registration, shadowed ones included. */
    public List<Entry> all() {
        List<Entry> out = new ArrayList<>(entries.values());
        out.sort(Comparator.comparing(Entry::name).thenComparing(e -> -e.ranking()));
        return out;
    }
}
