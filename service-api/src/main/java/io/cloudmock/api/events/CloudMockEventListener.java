package io.cloudmock.api.events;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives events from the {@link EventBus}: register as an OSGi service (whiteboard). Called on the bus's
 * delivery thread, one event at a time; keep it quick.
 */
@ConsumerType
public interface CloudMockEventListener {

    void onEvent(CloudMockEvent event);
}
