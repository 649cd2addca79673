package io.cloudmock.api.events;

import java.time.Instant;
import java.util.Map;

/**
 * An event on the bus: a served AWS request, a devtools event from an SDK, a lifecycle change.
 *
 * @param type       the event type ({@code aws.request}, {@code plugin.registered}, ...)
 * @param time       when it happened
 * @param source     the origin ({@code X-CloudMock-Source}, a plugin name, {@code runtime})
 * @param attributes the event's data (service, operation, status, latencyMillis, requestId, ...)
 */
public record CloudMockEvent(String type, Instant time, String source, Map<String, Object> attributes) {

    /** The type of the event the gateway publishes for every served AWS request. */
    public static final String AWS_REQUEST = "aws.request";
}
