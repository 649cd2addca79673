package io.cloudmock.admin.internal.routes;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.cloudmock.admin.internal.ServiceDirectory;
import io.cloudmock.admin.internal.ServiceViews;
import io.cloudmock.api.admin.AdminRequest;
import io.cloudmock.api.admin.AdminResponse;
import io.cloudmock.api.admin.AdminRoute;
import io.cloudmock.api.admin.AdminRouteProperties;
import io.cloudmock.api.model.ServiceModels;

/** {@code GET /api/services}: every active service with tier, bundle, version, protocols and actions. */
@Component(service = AdminRoute.class)
@AdminRouteProperties(admin_path = "/api/services")
public class ServicesRoute implements AdminRoute {

    private final ServiceDirectory directory;
    private final ServiceModels models;

    @Activate
    public ServicesRoute(@Reference ServiceDirectory directory, @Reference ServiceModels models) {
        this.directory = directory;
        this.models = models;
    }

    @Override
    public AdminResponse handle(AdminRequest request) {
        List<Map<String, Object>> out = directory.active().stream().map(e -> ServiceViews.describe(e, models)).toList();
        return AdminResponse.ok(out);
    }
}
