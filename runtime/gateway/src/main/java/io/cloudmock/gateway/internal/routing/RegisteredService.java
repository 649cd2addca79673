package io.cloudmock.gateway.internal.routing;

import java.util.function.Supplier;

import io.cloudmock.api.AwsService;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.ServiceSummary;

/**
 * A service implementation the gateway tracks, with what routing needs.
 *
 * @param summary  routing facts (from the AWS model, or synthesized from the properties of a model-less service)
 * @param service  the implementation
 * @param ranking  its {@code service.ranking}
 * @param tier     {@code tier1}, {@code tier2} or {@code plugin}
 * @param bundle   the providing bundle's symbolic name and version
 * @param model    the service model (loaded on first use)
 * @param id       the OSGi service id (ties broken by lowest id, as OSGi does)
 */
public record RegisteredService(ServiceSummary summary, AwsService service, int ranking, String tier, String bundle,
                                Supplier<ServiceModel> model, long id) {

    public String name() {
        return summary.name();
    }

    /** Higher ranking first, then older registration. */
    public boolean beats(RegisteredService other) {
        return ranking != other.ranking ? ranking > other.ranking : id < other.id;
    }
}
