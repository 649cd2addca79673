package io.cloudmock.admin.internal.routes;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.cloudmock.admin.internal.ServiceDirectory;
import io.cloudmock.admin.internal.ServiceViews;
import io.cloudmock.api.Health;
import io.cloudmock.api.ServiceTier;
import io.cloudmock.api.admin.AdminRequest;
import io.cloudmock.api.admin.AdminResponse;
import io.cloudmock.api.admin.AdminRoute;
import io.cloudmock.api.admin.AdminRouteProperties;

/** {@code GET /api/health}: the runtime, every active service and every plugin; 503 when a plugin is down. */
@Component(service = AdminRoute.class)
@AdminRouteProperties(admin_path = "/api/health")
public class HealthRoute implements AdminRoute {

    private final ServiceDirectory directory;

    @Activate
    public HealthRoute(@Reference ServiceDirectory directory) {
        this.directory = directory;
    }

    @Override
    public AdminResponse handle(AdminRequest request) {
        return AdminResponse.ok(report(directory));
    }

    /** The health report, shared with the shell's {@code health} command. */
    public static Map<String, Object> report(ServiceDirectory directory) {
        Map<String, Object> services = new LinkedHashMap<>();
        Map<String, Object> plugins = new LinkedHashMap<>();
        boolean allUp = true;
        for (ServiceDirectory.Entry e : directory.active()) {
            Health h = ServiceViews.health(e);
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("status", h.status().name());
            v.put("tier", e.tier());
            if (!h.message().isEmpty()) {
                v.put("message", h.message());
            }
            if (ServiceTier.PLUGIN.equals(e.tier())) {
                plugins.put(e.name(), v);
            } else {
                services.put(e.name(), v);
            }
            allUp &= h.isUp();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", allUp ? "UP" : "DEGRADED");
        out.put("uptimeSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
        out.put("services", services);
        out.put("plugins", plugins);
        return out;
    }
}
