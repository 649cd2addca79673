package io.cloudmock.grpc.bridge.internal;

import io.cloudmock.api.AwsRequest;
import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.AwsService;
import io.cloudmock.api.CommonErrors;
import io.cloudmock.api.Health;

/**
 * Stands for a configured plugin that never answered {@code Register}, so that {@code GET /api/health} and
 * {@code /api/services} show it (DOWN, no actions) until it does. Ranked below everything: it never takes a
 * service name from a real implementation.
 */
final class PendingPluginService implements AwsService {

    static final int RANKING = -1000;

    private final PluginConnection connection;

    PendingPluginService(PluginConnection connection) {
        this.connection = connection;
    }

    @Override
    public AwsResponse handle(AwsRequest request) {
        throw CommonErrors.serviceUnavailable("Plugin " + connection.config().name() + " at "
                + connection.config().address() + " has not registered yet. Retry later.");
    }

    @Override
    public boolean supports(String operation) {
        return false;
    }

    @Override
    public Health health() {
        String error = connection.lastError();
        return Health.down("plugin " + connection.config().name() + " at " + connection.config().address()
                + " has not registered yet" + (error == null ? "" : ": " + error));
    }
}
