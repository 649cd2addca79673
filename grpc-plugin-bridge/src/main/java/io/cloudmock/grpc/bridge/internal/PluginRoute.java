package io.cloudmock.grpc.bridge.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.cloudmock.api.admin.AdminException;
import io.cloudmock.api.admin.AdminRequest;
import io.cloudmock.api.admin.AdminResponse;
import io.cloudmock.api.admin.AdminRoute;
import io.cloudmock.api.admin.AdminRouteProperties;

/** {@code GET /api/plugins/{name}} shows one plugin; {@code DELETE /api/plugins/{name}} removes it (204). */
@Component(service = AdminRoute.class)
@AdminRouteProperties(admin_path = "/api/plugins/*", admin_methods = {"GET", "DELETE"})
public class PluginRoute implements AdminRoute {

    private final PluginManager manager;

    @Activate
    public PluginRoute(@Reference PluginManager manager) {
        this.manager = manager;
    }

    @Override
    public AdminResponse handle(AdminRequest request) {
        String name = request.subPath();
        if (name.isEmpty() || name.contains("/")) {
            throw AdminException.notFound("No such plugin path: " + request.path());
        }
        if ("DELETE".equals(request.method())) {
            if (!manager.remove(name)) {
                throw AdminException.notFound("No plugin named " + name);
            }
            return AdminResponse.noContent();
        }
        return AdminResponse.ok(PluginViews.describe(manager.get(name)
                .orElseThrow(() -> AdminException.notFound("No plugin named " + name))));
    }
}
