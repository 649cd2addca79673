package io.cloudmock.itests.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.cloudmock.itests.AwsClients;
import io.cloudmock.itests.CloudMockProcess;
import io.cloudmock.itests.Http;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** HTTP endpoint subscriptions against a real local HTTP server: confirmation, notifications, retries. */
class SnsHttpDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One POST the endpoint received. */
    record Post(String path, Map<String, String> headers, String body) {
    }

    private final CloudMockProcess cm = CloudMockProcess.shared();
    private final BlockingQueue<Post> posts = new LinkedBlockingQueue<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer server;

    @BeforeEach
    void startEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stopEndpoint() {
        release.countDown();
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = ex.getRequestURI().getPath();
        if (path.startsWith("/hang") && "Notification".equals(ex.getRequestHeaders().getFirst("x-amz-sns-message-type"))) {
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        posts.add(new Post(path, Map.of(
                "type", String.valueOf(ex.getRequestHeaders().getFirst("x-amz-sns-message-type")),
                "topic", String.valueOf(ex.getRequestHeaders().getFirst("x-amz-sns-topic-arn")),
                "subscription", String.valueOf(ex.getRequestHeaders().getFirst("x-amz-sns-subscription-arn"))), body));
        int status = path.startsWith("/flaky") && failuresLeft.getAndDecrement() > 0 ? 500 : 200;
        ex.sendResponseHeaders(status, -1);
        ex.close();
    }

    private String endpoint(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private Post next() throws InterruptedException {
        Post p = posts.poll(30, TimeUnit.SECONDS);
        assertNotNull(p, "the endpoint received a POST");
        return p;
    }

    @Test
    void confirmationThenNotificationsAreRealPosts() throws Exception {
        try (SnsClient sns = AwsClients.create(SnsClient.builder(), cm.endpoint())) {
            String topic = sns.createTopic(b -> b.name(SnsSdkTest.name("http"))).topicArn();
            assertEquals("pending confirmation", sns.subscribe(b -> b.topicArn(topic).protocol("http")
                    .endpoint(endpoint("/hook"))).subscriptionArn());
            Post confirmation = next();
            assertEquals("SubscriptionConfirmation", confirmation.headers().get("type"));
            JsonNode c = JSON.readTree(confirmation.body());
            assertEquals("SubscriptionConfirmation", c.get("Type").asText());
            assertEquals(topic, c.get("TopicArn").asText());
            assertTrue(c.get("SubscribeURL").asText().contains("Action=ConfirmSubscription"));
            assertEquals("PendingConfirmation", sns.listSubscriptionsByTopic(b -> b.topicArn(topic)).subscriptions()
                    .get(0).subscriptionArn());
            sns.publish(b -> b.topicArn(topic).message("before confirmation"));
            String sub = sns.confirmSubscription(b -> b.topicArn(topic).token(c.get("Token").asText()))
                    .subscriptionArn();
            assertTrue(sub.startsWith(topic + ":"));
            sns.publish(b -> b.topicArn(topic).message("after confirmation").subject("s"));
            Post n = next();
            assertEquals("Notification", n.headers().get("type"));
            assertEquals(sub, n.headers().get("subscription"));
            JsonNode body = JSON.readTree(n.body());
            assertEquals("after confirmation", body.get("Message").asText());
            assertEquals("s", body.get("Subject").asText());
        }
    }

    @Test
    void subscribeUrlConfirmsThroughTheGateway() throws Exception {
        try (SnsClient sns = AwsClients.create(SnsClient.builder(), cm.endpoint())) {
            String topic = sns.createTopic(b -> b.name(SnsSdkTest.name("url"))).topicArn();
            sns.subscribe(b -> b.topicArn(topic).protocol("http").endpoint(endpoint("/url")));
            JsonNode c = JSON.readTree(next().body());
            String subscribeUrl = c.get("SubscribeURL").asText();
            String query = subscribeUrl.substring(subscribeUrl.indexOf('?'));
            var r = Http.get(java.net.URI.create(cm.endpoint() + "/" + query));
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("<ConfirmSubscriptionResult>"), r.body());
            assertEquals("false", sns.getSubscriptionAttributes(b -> b.subscriptionArn(
                    sns.listSubscriptionsByTopic(l -> l.topicArn(topic)).subscriptions().get(0).subscriptionArn()))
                    .attributes().get("PendingConfirmation"));
        }
    }

    @Test
    void aFailingEndpointIsRetriedAndAHangingOneStallsNobody() throws Exception {
        try (SnsClient sns = AwsClients.create(SnsClient.builder(), cm.endpoint());
             SqsClient sqs = AwsClients.create(SqsClient.builder(), cm.endpoint())) {
            String topic = sns.createTopic(b -> b.name(SnsSdkTest.name("retry"))).topicArn();
            for (String path : new String[] {"/hang", "/flaky"}) {
                sns.subscribe(b -> b.topicArn(topic).protocol("http").endpoint(endpoint(path)));
                JsonNode c = JSON.readTree(next().body());
                sns.confirmSubscription(b -> b.topicArn(topic).token(c.get("Token").asText()));
            }
            String[] q = SnsSdkTest.queue(sqs, SnsSdkTest.name("beside-hang"));
            sns.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(q[1])
                    .attributes(Map.of("RawMessageDelivery", "true")));
            failuresLeft.set(2);
            sns.publish(b -> b.topicArn(topic).message("m1"));
            sns.publish(b -> b.topicArn(topic).message("m2"));
            assertEquals("m1", sqs.receiveMessage(b -> b.queueUrl(q[0]).waitTimeSeconds(10)).messages().get(0).body(),
                    "the queue gets its copy although one endpoint hangs");
            int flakyOk = 0;
            int flakyAttempts = 0;
            while (flakyOk < 2) {
                Post p = next();
                if (p.path().equals("/flaky")) {
                    flakyAttempts++;
                    if (flakyAttempts > 2) {
                        flakyOk++;
                    }
                }
            }
            assertEquals(4, flakyAttempts, "two failed attempts were retried");
        }
    }
}
