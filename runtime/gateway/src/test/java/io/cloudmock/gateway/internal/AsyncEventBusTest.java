package io.cloudmock.gateway.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.cloudmock.api.events.CloudMockEvent;

class AsyncEventBusTest {

    @Test
    void deliversToEveryListenerAndSurvivesAFailingOne() throws Exception {
        AsyncEventBus bus = new AsyncEventBus();
        List<CloudMockEvent> seen = new CopyOnWriteArrayList<>();
        CountDownLatch two = new CountDownLatch(2);
        bus.addListener(e -> {
            throw new IllegalStateException("broken listener");
        });
        bus.addListener(e -> {
            seen.add(e);
            two.countDown();
        });
        bus.publish(new CloudMockEvent(CloudMockEvent.AWS_REQUEST, Instant.now(), "test", Map.of("service", "sts")));
        bus.publish(new CloudMockEvent("plugin.registered", Instant.now(), "test", Map.of()));
        assertTrue(two.await(5, TimeUnit.SECONDS));
        assertEquals("sts", seen.get(0).attributes().get("service"));
        assertEquals("plugin.registered", seen.get(1).type());
        bus.deactivate();
    }
}
