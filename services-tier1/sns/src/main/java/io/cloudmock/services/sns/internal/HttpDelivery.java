package io.cloudmock.services.sns.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Real HTTP/S POSTs to subscribed endpoints, asynchronous: a failed attempt (connection error or a status other
 * than 2xx) is retried with growing delays (1, 2, 4, 8 s), never holding up other deliveries.
 */
final class HttpDelivery {

    static final int ATTEMPTS = 5;

    /** Created on first delivery: building an HttpClient costs ~100 ms of start-up otherwise. */
    private volatile HttpClient client;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sns-http-retry");
        t.setDaemon(true);
        return t;
    });

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                            .followRedirects(HttpClient.Redirect.NEVER).build();
                    client = c;
                }
            }
        }
        return c;
    }

    void post(Subscription s, String type, String messageId, String body) {
        attempt(s, type, messageId, body, 1);
    }

    private void attempt(Subscription s, String type, String messageId, String body, int attempt) {
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(URI.create(s.endpoint)).timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "text/plain; charset=UTF-8")
                    .header("User-Agent", "Amazon Simple Notification Service Agent")
                    .header("x-amz-sns-message-type", type)
                    .header("x-amz-sns-message-id", messageId)
                    .header("x-amz-sns-topic-arn", s.topicArn)
                    .POST(HttpRequest.BodyPublishers.ofString(body));
        } catch (IllegalArgumentException e) {
            System.err.println("sns: bad endpoint " + s.endpoint + ": " + e.getMessage());
            return;
        }
        if (!"SubscriptionConfirmation".equals(type)) {
            b.header("x-amz-sns-subscription-arn", s.arn);
        }
        if (s.raw() && "Notification".equals(type)) {
            b.header("x-amz-sns-rawdelivery", "true");
        }
        client().sendAsync(b.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
            boolean ok = e == null && r.statusCode() >= 200 && r.statusCode() < 300;
            if (!ok && attempt < ATTEMPTS) {
                long delay = 1L << (attempt - 1);
                try {
                    retries.schedule(() -> attempt(s, type, messageId, body, attempt + 1), delay, TimeUnit.SECONDS);
                } catch (java.util.concurrent.RejectedExecutionException closed) {
                    // shutting down
                }
            }
        });
    }

    void close() {
        retries.shutdownNow();
    }
}
