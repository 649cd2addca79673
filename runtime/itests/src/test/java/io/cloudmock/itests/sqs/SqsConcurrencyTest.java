package io.cloudmock.itests.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.cloudmock.itests.AwsClients;
import io.cloudmock.itests.CloudMockProcess;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/** Many producers and consumers on one queue: every message is received and deleted exactly once. */
class SqsConcurrencyTest {

    private static final int PRODUCERS = 8;
    private static final int CONSUMERS = 8;
    private static final int PER_PRODUCER = 250;

    @Test
    void everyMessageIsDeliveredExactlyOnceUnderConcurrentConsumers() throws Exception {
        CloudMockProcess cm = CloudMockProcess.shared();
        try (SqsClient sqs = AwsClients.create(SqsClient.builder(), cm.endpoint())) {
            String url = sqs.createQueue(b -> b.queueName(SqsQueueSdkTest.name("exactly-once"))
                    .attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "300"))).queueUrl();
            int total = PRODUCERS * PER_PRODUCER;
            Set<String> sent = ConcurrentHashMap.newKeySet();
            Set<String> received = ConcurrentHashMap.newKeySet();
            AtomicInteger duplicates = new AtomicInteger();
            AtomicInteger deleted = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(PRODUCERS + CONSUMERS);
            List<Future<?>> jobs = new ArrayList<>();
            for (int p = 0; p < PRODUCERS; p++) {
                int producer = p;
                jobs.add(pool.submit(() -> {
                    for (int i = 0; i < PER_PRODUCER; i += 10) {
                        List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
                        for (int j = i; j < i + 10; j++) {
                            String body = producer + ":" + j;
                            entries.add(SendMessageBatchRequestEntry.builder().id("e" + j).messageBody(body).build());
                            sent.add(body);
                        }
                        var r = sqs.sendMessageBatch(b -> b.queueUrl(url).entries(entries));
                        assertEquals(10, r.successful().size());
                    }
                    return null;
                }));
            }
            for (int c = 0; c < CONSUMERS; c++) {
                jobs.add(pool.submit(() -> {
                    while (deleted.get() < total) {
                        List<Message> got = sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10)
                                .waitTimeSeconds(1)).messages();
                        for (Message m : got) {
                            if (!received.add(m.body())) {
                                duplicates.incrementAndGet();
                            }
                        }
                        if (!got.isEmpty()) {
                            var d = sqs.deleteMessageBatch(b -> b.queueUrl(url).entries(got.stream().map(m ->
                                    software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry.builder()
                                            .id(m.messageId()).receiptHandle(m.receiptHandle()).build()).toList()));
                            assertTrue(d.failed().isEmpty());
                            deleted.addAndGet(d.successful().size());
                        }
                    }
                    return null;
                }));
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(120, TimeUnit.SECONDS), "consumers finished");
            for (Future<?> f : jobs) {
                f.get();
            }
            assertEquals(0, duplicates.get(), "no message delivered twice");
            assertEquals(total, sent.size());
            assertEquals(sent, received, "every message received");
            assertEquals(total, deleted.get());
            assertTrue(sqs.receiveMessage(b -> b.queueUrl(url)).messages().isEmpty());
        }
    }
}
