package io.cloudmock.admin.internal.routes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import io.cloudmock.api.admin.AdminRequest;
import io.cloudmock.api.admin.AdminResponse;
import io.cloudmock.api.admin.AdminRoute;
import io.cloudmock.api.admin.AdminRouteProperties;

/** {@code GET /api/bundles}: every bundle in the container with its state. */
@Component(service = AdminRoute.class)
@AdminRouteProperties(admin_path = "/api/bundles")
public class BundlesRoute implements AdminRoute {

    private final BundleContext context;

    @Activate
    public BundlesRoute(BundleContext context) {
        this.context = context;
    }

    @Override
    public AdminResponse handle(AdminRequest request) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", b.getBundleId());
            m.put("symbolicName", b.getSymbolicName());
            m.put("version", b.getVersion().toString());
            m.put("state", state(b.getState()));
            m.put("location", b.getLocation());
            out.add(m);
        }
        return AdminResponse.ok(out);
    }

    static String state(int s) {
        return switch (s) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }
}
