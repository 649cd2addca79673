package io.cloudmock.api.events;

import org.osgi.annotation.versioning.ProviderType;

/** Publishes events to every registered {@link CloudMockEventListener}; an OSGi service of the runtime. */
@ProviderType
public interface EventBus {

    /** Delivers asynchronously; never blocks the caller on a slow listener (events may be dropped then). */
    void publish(CloudMockEvent event);
}
