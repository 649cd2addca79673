package io.cloudmock.grpc.bridge.internal;

import java.time.Instant;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cloudmock.api.AwsService;
import io.cloudmock.api.Health;
import io.cloudmock.api.ServiceTier;
import io.cloudmock.grpc.plugin.v1.HealthCheckResponse;
import io.grpc.ConnectivityState;
import io.grpc.StatusRuntimeException;

/**
 * One external plugin: its channel, its registration in the gateway (an {@link AwsService} OSGi service) and the
 * loop that registers it, health-checks it, and reconnects with backoff when it stops answering.
 *
 * <p>Only the loop ({@link #tick()}, serialized on this object) changes the OSGi registration; request threads and
 * the admin API read volatile fields and at most ask for an early tick.
 */
public final class PluginConnection {

    private static final Logger LOG = LoggerFactory.getLogger(PluginConnection.class);
    private static final long MIN_BACKOFF_MILLIS = 250;

    private final PluginConfig config;
    private final PluginClient client;
    private final BundleContext context;
    private final ScheduledExecutorService scheduler;
    private final long healthIntervalMillis;
    private final long maxBackoffMillis;

    private volatile PluginState state = PluginState.CONNECTING;
    private volatile PluginRegistration registration;
    private volatile boolean pluginHealthy;
    private volatile boolean needsRegister = true;
    private volatile String lastError;
    private volatile Instant registeredAt;
    private volatile Instant lastCheckAt;

    // guarded by this
    private ServiceRegistration<AwsService> serviceRegistration;
    private ScheduledFuture<?> next;
    private long backoffMillis;
    private boolean closed;

    PluginConnection(PluginConfig config, BundleContext context, ScheduledExecutorService scheduler,
                     long healthIntervalMillis, long maxBackoffMillis) {
        this.config = config;
        this.context = context;
        this.scheduler = scheduler;
        this.healthIntervalMillis = healthIntervalMillis;
        this.maxBackoffMillis = maxBackoffMillis;
        this.client = new PluginClient(config.address());
        watch(client.state());
    }

    /**
     * One round: {@code Register} when not (or no longer) registered, else {@code HealthCheck}; then plans the next
     * round (the health interval, or a growing backoff after a failure).
     */
    synchronized void tick() {
        if (closed) {
            return;
        }
        try {
            if (registration == null || needsRegister) {
                client.resetConnectBackoff();
                needsRegister = false;
                apply(PluginRegistration.of(client.register(config.timeoutMillis())));
            }
            HealthCheckResponse health = client.healthCheck(config.timeoutMillis());
            pluginHealthy = health.getHealthy();
            lastCheckAt = Instant.now();
            lastError = pluginHealthy ? null : "the plugin's HealthCheck reports unhealthy";
            state = PluginState.ACTIVE;
            backoffMillis = 0;
            schedule(healthIntervalMillis);
        } catch (StatusRuntimeException | IllegalArgumentException e) {
            failed(e instanceof StatusRuntimeException s ? describe(s) : e.getMessage());
            backoffMillis = backoffMillis == 0 ? MIN_BACKOFF_MILLIS : Math.min(maxBackoffMillis, backoffMillis * 2);
            schedule(backoffMillis);
        } catch (RuntimeException e) {
            LOG.warn("plugin {}: unexpected failure", config.name(), e);
            failed(e.toString());
            schedule(maxBackoffMillis);
        }
    }

    /**
     * Registers the gateway service anew when the plugin's service name or actions changed (hot reload), replacing
     * the previous registration (or the pending placeholder).
     */
    private void apply(PluginRegistration fresh) {
        if (fresh.equals(registration) && serviceRegistration != null) {
            return;
        }
        ServiceRegistration<AwsService> old = serviceRegistration;
        serviceRegistration = context.registerService(AwsService.class, new PluginAwsService(this, fresh),
                properties(fresh));
        registration = fresh;
        registeredAt = Instant.now();
        if (old != null) {
            unregister(old);
        }
        LOG.info("plugin {} at {} registered service {} with {} action(s)", config.name(), config.address(),
                fresh.serviceName(), fresh.actions().size());
    }

    private Dictionary<String, Object> properties(PluginRegistration r) {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("cloudmock.service.name", new String[] {r.serviceName()});
        p.put("cloudmock.service.tier", ServiceTier.PLUGIN);
        p.put("cloudmock.service.protocol", "raw");
        if (config.targetPrefix() != null) {
            p.put("cloudmock.service.target.prefix", config.targetPrefix());
        }
        p.put("cloudmock.service.signing.name", config.signingName() != null ? config.signingName() : r.serviceName());
        p.put("cloudmock.plugin.name", config.name());
        p.put("cloudmock.plugin.address", config.address());
        p.put(Constants.SERVICE_RANKING, ServiceTier.TIER1_RANKING);
        return p;
    }

    private void failed(String message) {
        if (state != PluginState.UNHEALTHY && state != PluginState.UNREACHABLE || !message.equals(lastError)) {
            LOG.warn("plugin {} at {} is not answering: {}", config.name(), config.address(), message);
        }
        lastError = message;
        lastCheckAt = Instant.now();
        needsRegister = true;
        state = registration == null ? PluginState.UNREACHABLE : PluginState.UNHEALTHY;
        if (registration == null && serviceRegistration == null) {
            serviceRegistration = context.registerService(AwsService.class, new PendingPluginService(this),
                    pendingProperties());
        }
    }

    /** A plugin not registered yet still shows in the health report, under its configured name. */
    private Dictionary<String, Object> pendingProperties() {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("cloudmock.service.name", new String[] {config.name()});
        p.put("cloudmock.service.tier", ServiceTier.PLUGIN);
        p.put("cloudmock.service.protocol", "raw");
        p.put("cloudmock.plugin.name", config.name());
        p.put("cloudmock.plugin.address", config.address());
        p.put(Constants.SERVICE_RANKING, PendingPluginService.RANKING);
        return p;
    }

    /** A request found the plugin unreachable: mark it and start reconnecting now. */
    void requestFailed(StatusRuntimeException e) {
        PluginState before = state;
        lastError = describe(e);
        needsRegister = true;
        if (before == PluginState.ACTIVE) {
            state = PluginState.UNHEALTHY;
            LOG.warn("plugin {} at {} stopped answering: {}", config.name(), config.address(), lastError);
            runSoon();
        }
    }

    /**
     * The health for {@code GET /api/health}: a live {@code HealthCheck} (short deadline) when registered, so the
     * report is current even between two rounds of the loop.
     */
    Health health() {
        if (state == PluginState.CLOSED) {
            return Health.down("plugin removed");
        }
        try {
            HealthCheckResponse h = client.healthCheck(Math.min(config.timeoutMillis(), 2000));
            pluginHealthy = h.getHealthy();
            lastCheckAt = Instant.now();
            if (state != PluginState.ACTIVE) {
                runSoon();
                return new Health(Health.Status.DEGRADED, "plugin " + config.name() + " answers again, re-registering");
            }
            return pluginHealthy ? Health.up() : Health.down("plugin " + config.name() + " reports unhealthy");
        } catch (StatusRuntimeException e) {
            requestFailed(e);
            return Health.down("plugin " + config.name() + " at " + config.address() + " is not answering: "
                    + describe(e));
        }
    }

    /** Follows the channel: a lost connection means the plugin may have restarted with other actions. */
    private void watch(ConnectivityState from) {
        client.onStateChange(from, () -> {
            ConnectivityState now = client.state();
            if (from == ConnectivityState.READY && now != ConnectivityState.READY) {
                needsRegister = true;
            }
            if (now == ConnectivityState.READY && needsRegister && registration != null) {
                runSoon();
            }
            if (now != ConnectivityState.SHUTDOWN) {
                watch(now);
            }
        });
    }

    private void runSoon() {
        try {
            scheduler.execute(this::tick);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shutting down
        }
    }

    private void schedule(long delayMillis) {
        if (next != null) {
            next.cancel(false);
        }
        try {
            next = scheduler.schedule(this::tick, delayMillis, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            next = null;
        }
    }

    /** Unregisters the gateway service and closes the channel. */
    void close() {
        ServiceRegistration<AwsService> toUnregister;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            state = PluginState.CLOSED;
            if (next != null) {
                next.cancel(false);
            }
            toUnregister = serviceRegistration;
            serviceRegistration = null;
        }
        if (toUnregister != null) {
            unregister(toUnregister);
        }
        client.close();
        LOG.info("plugin {} at {} disconnected", config.name(), config.address());
    }

    private static void unregister(ServiceRegistration<?> r) {
        try {
            r.unregister();
        } catch (IllegalStateException e) {
            // already gone with the bundle
        }
    }

    static String describe(StatusRuntimeException e) {
        var s = e.getStatus();
        return s.getDescription() == null ? s.getCode().name() : s.getCode() + ": " + s.getDescription();
    }

    PluginClient client() {
        return client;
    }

    public PluginConfig config() {
        return config;
    }

    public PluginState state() {
        return state;
    }

    public PluginRegistration registration() {
        return registration;
    }

    public boolean pluginHealthy() {
        return pluginHealthy;
    }

    public String lastError() {
        return lastError;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant lastCheckAt() {
        return lastCheckAt;
    }
}
