package io.cloudmock.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An emulated AWS service: a Tier 1 bundle, the Tier 2 stub engine, a gRPC plugin or a third-party drop-in.
 *
 * <p>Register an implementation as an OSGi service with the properties of {@link AwsServiceProperties}
 * (a Declarative Services component annotated with {@code @AwsServiceProperties(service_name = "sqs")}).
 * The gateway tracks every such service dynamically; the highest {@code service.ranking} wins when two
 * claim the same service name, so Tier 1 (ranking {@link ServiceTier#TIER1_RANKING}) beats Tier 2.
 *
 * <p>{@link #handle} receives the operation's input already parsed by the protocol codec of the service's
 * model and returns the output as a value tree; errors are thrown as {@link AwsException}. A service that
 * speaks the wire format itself reads {@link AwsRequest#raw()} and returns {@link AwsResponse#raw}.
 */
@ConsumerType
public interface AwsService {

    /** Handles one operation call. Never renders errors itself: throw {@link AwsException}. */
    AwsResponse handle(AwsRequest request);

    /**
     * The operations this service serves, with their IAM action names. Services backed by an AWS model may
     * return an empty list: the gateway then lists the model's operations that {@link #supports} accepts.
     */
    default List<ActionDef> actions() {
        return List.of();
    }

    /** Whether this service implements an operation; the gateway answers unsupported ones with 501. */
    default boolean supports(String operation) {
        return true;
    }

    /** Health for {@code GET /api/health}. */
    default Health health() {
        return Health.up();
    }

    /** Drops all stored state of this service ({@code POST /api/reset}). */
    default void reset() {
    }
}
