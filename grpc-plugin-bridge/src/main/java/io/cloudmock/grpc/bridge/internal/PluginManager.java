package io.cloudmock.grpc.bridge.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The external plugins: connects those of {@code cloudmock.yml} at start (framework property
 * {@code cloudmock.plugins}, a JSON array the launcher writes from the YAML list), adds and removes plugins at
 * run time for the admin API and the shell, and closes every channel on shutdown.
 *
 * <p>Tuning (framework properties, or {@code plugin_timeout_ms: ...} in {@code cloudmock.yml}):
 * {@code cloudmock.plugin.timeout.ms} (deadline of each call, default 5000),
 * {@code cloudmock.plugin.health.interval.ms} (default 2000), {@code cloudmock.plugin.backoff.max.ms} (default 5000).
 */
@Component(service = PluginManager.class, immediate = true)
public class PluginManager {

    private static final Logger LOG = LoggerFactory.getLogger(PluginManager.class);
    static final ObjectMapper JSON = new ObjectMapper();

    private final BundleContext context;
    private final ScheduledThreadPoolExecutor scheduler;
    private final long defaultTimeoutMillis;
    private final long healthIntervalMillis;
    private final long maxBackoffMillis;
    private final Map<String, PluginConnection> plugins = new ConcurrentHashMap<>();

    @Activate
    public PluginManager(BundleContext context) {
        this.context = context;
        this.defaultTimeoutMillis = longProperty(context, "cloudmock.plugin.timeout.ms", 5000);
        this.healthIntervalMillis = longProperty(context, "cloudmock.plugin.health.interval.ms", 2000);
        this.maxBackoffMillis = longProperty(context, "cloudmock.plugin.backoff.max.ms", 5000);
        AtomicInteger n = new AtomicInteger();
        this.scheduler = new ScheduledThreadPoolExecutor(2, r -> {
            Thread t = new Thread(r, "cloudmock-plugins-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        for (PluginConfig config : configured(context.getProperty("cloudmock.plugins"))) {
            PluginConnection c = connect(config);
            scheduler.execute(c::tick);
        }
    }

    /** The valid entries of the configured list; invalid ones are logged and skipped. */
    private List<PluginConfig> configured(String json) {
        List<PluginConfig> out = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (java.io.IOException e) {
            LOG.error("cloudmock.plugins is not a list of plugins: {}", e.getMessage());
            return out;
        }
        for (JsonNode entry : root.isArray() ? root : JSON.createArrayNode().add(root)) {
            try {
                PluginConfig c = PluginConfig.fromJson(entry, defaultTimeoutMillis);
                if (out.stream().anyMatch(o -> o.name().equals(c.name()))) {
                    throw new IllegalArgumentException("plugin " + c.name() + " is configured twice");
                }
                out.add(c);
            } catch (IllegalArgumentException e) {
                LOG.error("ignoring plugin entry {}: {}", entry, e.getMessage());
            }
        }
        return out;
    }

    private PluginConnection connect(PluginConfig config) {
        PluginConnection c = new PluginConnection(config, context, scheduler, healthIntervalMillis, maxBackoffMillis);
        PluginConnection old = plugins.put(config.name(), c);
        if (old != null) {
            old.close();
        }
        return c;
    }

    /**
     * Adds a plugin (or replaces the one of the same name) and makes the first {@code Register} call before
     * returning, so the answer tells whether it is live; an unreachable plugin stays configured and is retried.
     *
     * @return true when a plugin of that name was replaced
     */
    public boolean add(PluginConfig config) {
        boolean replaced = plugins.containsKey(config.name());
        connect(config).tick();
        return replaced;
    }

    /** Parses a JSON body as {@link #add} takes it. */
    public PluginConfig parse(String json) {
        try {
            return PluginConfig.fromJson(JSON.readTree(json), defaultTimeoutMillis);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("the body must be a JSON object {\"name\", \"type\", \"address\"}: "
                    + e.getMessage());
        }
    }

    /** A plugin config from the shell's arguments. */
    public PluginConfig config(String name, String address, String targetPrefix) {
        var node = JSON.createObjectNode().put("name", name).put("type", PluginConfig.TYPE).put("address", address);
        if (targetPrefix != null) {
            node.put("target_prefix", targetPrefix);
        }
        return PluginConfig.fromJson(node, defaultTimeoutMillis);
    }

    /** Removes a plugin: its service leaves the gateway and its channel is closed. */
    public boolean remove(String name) {
        PluginConnection c = plugins.remove(name);
        if (c == null) {
            return false;
        }
        c.close();
        return true;
    }

    public Optional<PluginConnection> get(String name) {
        return Optional.ofNullable(plugins.get(name));
    }

    public List<PluginConnection> list() {
        return plugins.values().stream().sorted(Comparator.comparing(c -> c.config().name())).toList();
    }

    @Deactivate
    void deactivate() {
        scheduler.shutdownNow();
        for (PluginConnection c : plugins.values()) {
            c.close();
        }
        plugins.clear();
        try {
            scheduler.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long longProperty(BundleContext context, String key, long fallback) {
        String v = context.getProperty(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v.trim());
            return n > 0 ? n : fallback;
        } catch (NumberFormatException e) {
            LOG.warn("{} must be a number of milliseconds, got '{}': using {}", key, v, fallback);
            return fallback;
        }
    }
}
