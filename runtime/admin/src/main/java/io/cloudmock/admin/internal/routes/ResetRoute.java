package io.cloudmock.admin.internal.routes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.cloudmock.admin.internal.ServiceDirectory;
import io.cloudmock.api.admin.AdminException;
import io.cloudmock.api.admin.AdminRequest;
import io.cloudmock.api.admin.AdminResponse;
import io.cloudmock.api.admin.AdminRoute;
import io.cloudmock.api.admin.AdminRouteProperties;

/**
 * {@code POST /api/reset}: drops the state of every service, or of one ({@code ?service=sqs},
 * {@code /api/reset/sqs} or {@code {"service": "sqs"}}).
 */
@Component(service = AdminRoute.class)
@AdminRouteProperties(admin_path = "/api/reset/*", admin_methods = "POST")
public class ResetRoute implements AdminRoute {

    private final ServiceDirectory directory;

    @Activate
    public ResetRoute(@Reference ServiceDirectory directory) {
        this.directory = directory;
    }

    @Override
    public AdminResponse handle(AdminRequest request) throws Exception {
        String service = request.subPath().isEmpty() ? request.queryParam("service", null) : request.subPath();
        if (service == null && request.body().length > 0) {
            JsonNode body = new ObjectMapper().readTree(request.body());
            service = body.path("service").isTextual() ? body.get("service").asText() : null;
        }
        return AdminResponse.ok(Map.of("reset", reset(directory, service)));
    }

    /** Resets one service (or all when null); shared with the shell's {@code reset} command. */
    public static List<String> reset(ServiceDirectory directory, String service) {
        List<String> done = new ArrayList<>();
        for (ServiceDirectory.Entry e : directory.all()) {
            if (service == null || service.equals(e.name())) {
                e.service().reset();
                if (!done.contains(e.name())) {
                    done.add(e.name());
                }
            }
        }
        if (service != null && done.isEmpty()) {
            throw AdminException.notFound("no service named " + service);
        }
        return done;
    }
}
