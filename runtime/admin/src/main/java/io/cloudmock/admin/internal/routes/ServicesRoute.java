package io.cloudmock.admin.internal.routes;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.cloudmock.admin.internal.ServiceDirectory;
import io.cloudmock.admin.internal.ServiceViews;
import io.cloudmock.api.admin.AdminRequest;
import io.cloudmock.api.admin.AdminResponse;
import io.cloudmock.api.admin.AdminRoute;
import io.cloudmock.api.admin.AdminRouteProperties;
import io.cloudmock.api.model.ServiceModels;

/**
 * {@code GET /api/services}: every active service with tier, bundle, version, protocols and actions, each action
 * with its tier (Tier 2 actions as the stub engine classifies them).
 */
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

    /** The Tier 2 engine's operation tiers ({@code tier2-stateful}, {@code tier2-shape-only}, {@code not-served}). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(cloudmock.stub.tiers=true)")
    private volatile BiFunction<String, String, String> stubTiers;

    /** The last answer and the directory generation it was computed for (describing every service loads models). */
    private volatile Object[] cached = {-1L, null, null};

    @Override
    public AdminResponse handle(AdminRequest request) {
        BiFunction<String, String, String> tiers = stubTiers;
        long generation = directory.generation();
        Object[] last = cached;
        if ((Long) last[0] == generation && last[1] == tiers) {
            return AdminResponse.ok(last[2]);
        }
        List<Map<String, Object>> out = directory.active().stream()
                .map(e -> ServiceViews.describe(e, models, tiers)).toList();
        cached = new Object[] {generation, tiers, out};
        return AdminResponse.ok(out);
    }
}
