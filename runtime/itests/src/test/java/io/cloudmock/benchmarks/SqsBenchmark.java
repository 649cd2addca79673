package io.cloudmock.benchmarks;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmock.itests.CloudMockProcess;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * SQS end to end with 16 concurrent SDK clients, each on its own queue (on one shared queue, clients take each
 * other's messages and the benchmark measures long-poll waits instead): each iteration sends, receives and deletes.
 * Single messages (3 calls per message) and batches of 10 (3 calls per 10 messages).
 */
class SqsBenchmark {

    static SqsClient client(CloudMockProcess cm) {
        return SqsClient.builder().endpointOverride(cm.endpoint()).region(Region.US_EAST_1)
                .httpClientBuilder(ApacheHttpClient.builder().maxConnections(64))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }

    @Test
    void sendReceiveDelete() throws Exception {
        CloudMockProcess cm = CloudMockProcess.shared();
        try (SqsClient sqs = client(cm)) {
            String[] urls = new String[16];
            for (int t = 0; t < urls.length; t++) {
                int n = t;
                urls[t] = sqs.createQueue(b -> b.queueName("bench-" + n)).queueUrl();
            }
            Bench.run("sqs-warmup", 16, 5, 1_000_000, (t, i) -> cycle(sqs, urls[t]));
            Bench.Result single = Bench.run("sqs-send-receive-delete", 16, 15, 10_000_000,
                    (t, i) -> cycle(sqs, urls[t]));
            Bench.report("sqs-send-receive-delete", String.format("messages_per_s=%.0f", single.perSecond()));
            Bench.Result batch = Bench.run("sqs-batch10-send-receive-delete", 16, 15, 10_000_000,
                    (t, i) -> batchCycle(sqs, urls[t], t));
            Bench.report("sqs-batch10-send-receive-delete", String.format("messages_per_s=%.0f rss_mib=%d",
                    batch.perSecond() * 10, Bench.rssMiB(cm.pid())));
        }
    }

    /**
     * The same cycle with 16 lightweight keep-alive HTTP clients speaking the SQS JSON protocol, so the figure
     * measures the server rather than the SDK's own CPU use on the same 2 cores.
     */
    @Test
    void sendReceiveDeleteOverPlainHttp() throws Exception {
        CloudMockProcess cm = CloudMockProcess.shared();
        int threads = 16;
        String[] urls = new String[threads];
        KeepAliveClient[] clients = new KeepAliveClient[threads];
        try (SqsClient sqs = client(cm)) {
            for (int t = 0; t < threads; t++) {
                int n = t;
                urls[t] = sqs.createQueue(b -> b.queueName("bench-raw-" + n)).queueUrl();
                clients[t] = new KeepAliveClient(cm.gatewayPort(), new byte[0]);
            }
        }
        Bench.run("sqs-raw-warmup", threads, 5, 1_000_000, (t, i) -> rawCycle(clients[t], urls[t]));
        Bench.Result r = Bench.run("sqs-raw-send-receive-delete", threads, 15, 10_000_000,
                (t, i) -> rawCycle(clients[t], urls[t]));
        Bench.report("sqs-raw-send-receive-delete", String.format("messages_per_s=%.0f rss_mib=%d", r.perSecond(),
                Bench.rssMiB(cm.pid())));
        for (KeepAliveClient c : clients) {
            c.close();
        }
    }

    private static byte[] sqsCall(String action, String json) {
        return KeepAliveClient.post("/", json, "Content-Type", "application/x-amz-json-1.0",
                "X-Amz-Target", "AmazonSQS." + action);
    }

    private static void rawCycle(KeepAliveClient c, String url) throws Exception {
        c.call(sqsCall("SendMessage", "{\"QueueUrl\":\"" + url + "\",\"MessageBody\":\"benchmark message body\"}"));
        String got = c.call(sqsCall("ReceiveMessage", "{\"QueueUrl\":\"" + url + "\",\"WaitTimeSeconds\":1}"));
        int at = got.indexOf("\"ReceiptHandle\":\"");
        if (at < 0) {
            throw new IllegalStateException("no message received: " + got);
        }
        int start = at + "\"ReceiptHandle\":\"".length();
        String handle = got.substring(start, got.indexOf('"', start));
        c.call(sqsCall("DeleteMessage", "{\"QueueUrl\":\"" + url + "\",\"ReceiptHandle\":\"" + handle + "\"}"));
    }

    private static void cycle(SqsClient sqs, String url) {
        sqs.sendMessage(b -> b.queueUrl(url).messageBody("benchmark message body"));
        List<Message> got = sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(1)).messages();
        for (Message m : got) {
            sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(m.receiptHandle()));
        }
    }

    private static void batchCycle(SqsClient sqs, String url, int thread) {
        List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            entries.add(SendMessageBatchRequestEntry.builder().id("e" + i).messageBody("benchmark " + thread).build());
        }
        sqs.sendMessageBatch(b -> b.queueUrl(url).entries(entries));
        List<Message> got = sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1))
                .messages();
        if (!got.isEmpty()) {
            sqs.deleteMessageBatch(b -> b.queueUrl(url).entries(got.stream().map(m -> DeleteMessageBatchRequestEntry
                    .builder().id(m.messageId()).receiptHandle(m.receiptHandle()).build()).toList()));
        }
    }
}
