package io.cloudmock.grpc.bridge.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.cloudmock.api.admin.AdminException;
import io.cloudmock.api.admin.AdminRequest;
import io.cloudmock.api.admin.AdminResponse;
import io.cloudmock.api.admin.AdminRoute;
import io.cloudmock.api.admin.AdminRouteProperties;

/**
 * {@code GET /api/plugins} lists the external plugins with state, health and actions; {@code POST /api/plugins}
 * with {@code {"name", "type": "grpc", "address"}} adds one (201) or replaces the one of that name (200).
 */
@Component(service = AdminRoute.class)
@AdminRouteProperties(admin_path = "/api/plugins", admin_methods = {"GET", "POST"})
public class PluginsRoute implements AdminRoute {

    private final PluginManager manager;

    @Activate
    public PluginsRoute(@Reference PluginManager manager) {
        this.manager = manager;
    }

    @Override
    public AdminResponse handle(AdminRequest request) {
        if ("POST".equals(request.method())) {
            PluginConfig config;
            try {
                config = manager.parse(request.bodyText());
            } catch (IllegalArgumentException e) {
                throw AdminException.badRequest(e.getMessage());
            }
            boolean replaced = manager.add(config);
            return AdminResponse.status(replaced ? 200 : 201,
                    PluginViews.describe(manager.get(config.name()).orElseThrow()));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("plugins", manager.list().stream().map(PluginViews::describe).toList());
        return AdminResponse.ok(out);
    }
}
