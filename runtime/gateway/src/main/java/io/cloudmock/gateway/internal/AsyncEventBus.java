package io.cloudmock.gateway.internal;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cloudmock.api.events.CloudMockEvent;
import io.cloudmock.api.events.CloudMockEventListener;
import io.cloudmock.api.events.EventBus;

/**
 * Delivers events to the registered listeners on one daemon thread. A full queue drops the event (counted)
 * rather than slowing the request path.
 */
@Component(service = EventBus.class)
public class AsyncEventBus implements EventBus {

    private static final Logger LOG = LoggerFactory.getLogger(AsyncEventBus.class);

    private final List<CloudMockEventListener> listeners = new CopyOnWriteArrayList<>();
    private final BlockingQueue<CloudMockEvent> queue = new ArrayBlockingQueue<>(16_384);
    private final AtomicLong dropped = new AtomicLong();
    private final Thread worker;

    @Activate
    public AsyncEventBus() {
        worker = new Thread(this::deliver, "cloudmock-events");
        worker.setDaemon(true);
        worker.start();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(CloudMockEventListener listener) {
        listeners.add(listener);
    }

    void removeListener(CloudMockEventListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void publish(CloudMockEvent event) {
        if (listeners.isEmpty()) {
            return;
        }
        if (!queue.offer(event)) {
            dropped.incrementAndGet();
        }
    }

    private void deliver() {
        while (!Thread.currentThread().isInterrupted()) {
            CloudMockEvent event;
            try {
                event = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            for (CloudMockEventListener l : listeners) {
                try {
                    l.onEvent(event);
                } catch (RuntimeException e) {
                    LOG.warn("event listener {} failed on {}", l, event.type(), e);
                }
            }
        }
    }

    @Deactivate
    void deactivate() {
        worker.interrupt();
    }
}
