package io.cloudmock.services.sns.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Fans a published message out to the topic's confirmed subscriptions whose filter policy matches, off the
 * publishing thread: one ordered dispatcher thread (FIFO order holds), SQS delivered in-process, HTTP/S posted
 * asynchronously with retries so a slow endpoint never stalls anyone else.
 */
final class Deliveries {

    private final SnsStore store;
    private final SqsDelivery sqs;
    private final HttpDelivery http;
    private final Envelopes envelopes;
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sns-delivery");
        t.setDaemon(true);
        return t;
    });

    Deliveries(SnsStore store, SqsDelivery sqs, HttpDelivery http, Envelopes envelopes) {
        this.store = store;
        this.sqs = sqs;
        this.http = http;
        this.envelopes = envelopes;
    }

    /** Queues the fan-out of one message; returns at once. */
    void publish(Topic topic, Notification n) {
        try {
            dispatcher.execute(() -> fanOut(topic, n));
        } catch (RejectedExecutionException e) {
            // shutting down
        }
    }

    private void fanOut(Topic topic, Notification n) {
        List<Subscription> subs = store.subscriptionsOf(topic.arn);
        Map<String, String> signatures = new HashMap<>();
        for (Subscription s : subs) {
            if (!s.confirmed) {
                continue;
            }
            FilterPolicy f = s.filter;
            if (f != null && !f.matches(n.attributes(), n.messageFor(s.protocol))) {
                continue;
            }
            try {
                switch (s.protocol) {
                    case "sqs" -> sqs.deliver(s, n, s.raw() ? null
                            : envelopes.notification(n, "sqs", s.arn, topic.region, signatures));
                    case "http", "https" -> http.post(s, "Notification", n.messageId(), s.raw()
                            ? n.messageFor(s.protocol)
                            : envelopes.notification(n, s.protocol, s.arn, topic.region, signatures));
                    default -> { }
                }
            } catch (RuntimeException e) {
                System.err.println("sns: delivery of " + n.messageId() + " to " + s.arn + " failed: " + e);
            }
        }
    }

    /** Sends the SubscriptionConfirmation of a new HTTP/S subscription (asynchronously). */
    void confirm(Topic topic, Subscription s, String messageId, String timestamp) {
        http.post(s, "SubscriptionConfirmation", messageId,
                envelopes.confirmation(messageId, topic.arn, s.token, timestamp, topic.region));
    }

    /** Waits for queued fan-outs (tests and clean shutdown). */
    void close() {
        dispatcher.shutdown();
        try {
            dispatcher.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.close();
    }
}
