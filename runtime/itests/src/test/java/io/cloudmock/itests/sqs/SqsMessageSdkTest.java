package io.cloudmock.itests.sqs;

import static io.cloudmock.itests.sqs.SqsQueueSdkTest.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.cloudmock.itests.AwsClients;
import io.cloudmock.itests.CloudMockProcess;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchEntryIdsNotDistinctException;
import software.amazon.awssdk.services.sqs.model.EmptyBatchRequestException;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageNotInflightException;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiptHandleIsInvalidException;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SqsException;
import software.amazon.awssdk.services.sqs.model.TooManyEntriesInBatchRequestException;

/** SQS messages through the AWS SDK for Java v2 (which verifies every MD5 the service returns). */
class SqsMessageSdkTest {

    private static final CloudMockProcess CM = CloudMockProcess.shared();
    private static final SqsClient SQS = AwsClients.create(SqsClient.builder(), CM.endpoint());

    @AfterAll
    static void close() {
        SQS.close();
    }

    private static String queue(String prefix, Map<QueueAttributeName, String> attributes) {
        return SQS.createQueue(b -> b.queueName(name(prefix)).attributes(attributes)).queueUrl();
    }

    @Test
    void messageAttributesRoundTripWithTheirMd5s() {
        String url = queue("attrs", Map.of());
        Map<String, MessageAttributeValue> attrs = Map.of(
                "s", MessageAttributeValue.builder().dataType("String").stringValue("héllo").build(),
                "n", MessageAttributeValue.builder().dataType("Number.int").stringValue("42").build(),
                "b", MessageAttributeValue.builder().dataType("Binary")
                        .binaryValue(SdkBytes.fromByteArray(new byte[] {1, 2, 3})).build());
        var sent = SQS.sendMessage(b -> b.queueUrl(url).messageBody("body ✓").messageAttributes(attrs));
        assertNotNull(sent.md5OfMessageAttributes());
        List<Message> got = SQS.receiveMessage(b -> b.queueUrl(url).messageAttributeNames("All")
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
        assertEquals(1, got.size());
        Message m = got.get(0);
        assertEquals(sent.messageId(), m.messageId());
        assertEquals("body ✓", m.body());
        assertEquals(attrs, m.messageAttributes());
        assertEquals(sent.md5OfMessageAttributes(), m.md5OfMessageAttributes());
        assertEquals("1", m.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
        assertEquals("000000000000", m.attributes().get(MessageSystemAttributeName.SENDER_ID));
        assertNotNull(m.attributes().get(MessageSystemAttributeName.SENT_TIMESTAMP));
        SQS.deleteMessage(b -> b.queueUrl(url).receiptHandle(m.receiptHandle()));
        SQS.sendMessage(b -> b.queueUrl(url).messageBody("x").messageAttributes(attrs));
        Message only = SQS.receiveMessage(b -> b.queueUrl(url).messageAttributeNames("s", "n")).messages().get(0);
        assertEquals(2, only.messageAttributes().size());
    }

    @Test
    void batchSendReportsPerEntryFailures() {
        String url = queue("batch", Map.of());
        var r = SQS.sendMessageBatch(b -> b.queueUrl(url).entries(
                SendMessageBatchRequestEntry.builder().id("ok1").messageBody("a").build(),
                SendMessageBatchRequestEntry.builder().id("bad").messageBody("b").delaySeconds(901).build(),
                SendMessageBatchRequestEntry.builder().id("ok2").messageBody("c").build()));
        assertEquals(2, r.successful().size());
        assertEquals(1, r.failed().size());
        assertEquals("bad", r.failed().get(0).id());
        assertEquals("InvalidParameterValue", r.failed().get(0).code());
        assertTrue(r.failed().get(0).senderFault());
        assertThrows(BatchEntryIdsNotDistinctException.class, () -> SQS.sendMessageBatch(b -> b.queueUrl(url).entries(
                SendMessageBatchRequestEntry.builder().id("x").messageBody("a").build(),
                SendMessageBatchRequestEntry.builder().id("x").messageBody("b").build())));
        assertThrows(EmptyBatchRequestException.class, () -> SQS.deleteMessageBatch(b -> b.queueUrl(url)
                .entries(List.of())));
        assertThrows(TooManyEntriesInBatchRequestException.class, () -> SQS.sendMessageBatch(b -> b.queueUrl(url)
                .entries(java.util.stream.IntStream.range(0, 11).mapToObj(i -> SendMessageBatchRequestEntry.builder()
                        .id("e" + i).messageBody("m").build()).toList())));
        List<Message> got = SQS.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10)).messages();
        assertEquals(2, got.size());
        var d = SQS.deleteMessageBatch(b -> b.queueUrl(url).entries(
                e -> e.id("d1").receiptHandle(got.get(0).receiptHandle()),
                e -> e.id("d2").receiptHandle(got.get(1).receiptHandle()),
                e -> e.id("d3").receiptHandle("not-a-handle")));
        assertEquals(2, d.successful().size());
        assertEquals("ReceiptHandleIsInvalid", d.failed().get(0).code());
        assertEquals("0", SQS.getQueueAttributes(b -> b.queueUrl(url).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes().values().iterator().next());
    }

    @Test
    void visibilityTimeoutHidesAndChangeVisibilityReleases() {
        String url = queue("vis", Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "600"));
        SQS.sendMessage(b -> b.queueUrl(url).messageBody("v"));
        Message m = SQS.receiveMessage(b -> b.queueUrl(url)).messages().get(0);
        assertTrue(SQS.receiveMessage(b -> b.queueUrl(url)).messages().isEmpty(), "hidden while in flight");
        SQS.changeMessageVisibility(b -> b.queueUrl(url).receiptHandle(m.receiptHandle()).visibilityTimeout(0));
        Message again = SQS.receiveMessage(b -> b.queueUrl(url).messageSystemAttributeNames(
                MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages().get(0);
        assertEquals(m.messageId(), again.messageId());
        assertEquals("2", again.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
        var batch = SQS.changeMessageVisibilityBatch(b -> b.queueUrl(url).entries(
                e -> e.id("a").receiptHandle(again.receiptHandle()).visibilityTimeout(0)));
        assertEquals(1, batch.successful().size());
        Message third = SQS.receiveMessage(b -> b.queueUrl(url)).messages().get(0);
        SQS.deleteMessage(b -> b.queueUrl(url).receiptHandle(third.receiptHandle()));
        assertThrows(MessageNotInflightException.class, () -> SQS.changeMessageVisibility(b -> b.queueUrl(url)
                .receiptHandle(third.receiptHandle()).visibilityTimeout(10)));
        assertThrows(ReceiptHandleIsInvalidException.class, () -> SQS.deleteMessage(b -> b.queueUrl(url)
                .receiptHandle("garbage")));
    }

    @Test
    void longPollReturnsAsSoonAsAMessageArrives() throws Exception {
        String url = queue("poll", Map.of());
        CompletableFuture<List<Message>> poll = CompletableFuture.supplyAsync(() ->
                SQS.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(20)).messages());
        Thread.sleep(500);
        assertTrue(!poll.isDone(), "the long poll waits while the queue is empty");
        SQS.sendMessage(b -> b.queueUrl(url).messageBody("wake up"));
        List<Message> got = poll.get(15, TimeUnit.SECONDS);
        assertEquals("wake up", got.get(0).body());
    }

    @Test
    void delayedMessagesAppearAfterTheirDelay() {
        String url = queue("delay", Map.of());
        SQS.sendMessage(b -> b.queueUrl(url).messageBody("later").delaySeconds(1));
        assertTrue(SQS.receiveMessage(b -> b.queueUrl(url)).messages().isEmpty());
        assertEquals("1", SQS.getQueueAttributes(b -> b.queueUrl(url).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED)).attributes().values().iterator().next());
        assertEquals("later", SQS.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(10)).messages().get(0).body());
    }

    @Test
    void oversizedAndInvalidBodiesAreRejected() {
        String url = queue("size", Map.of(QueueAttributeName.MAXIMUM_MESSAGE_SIZE, "1024"));
        SqsException big = assertThrows(SqsException.class, () -> SQS.sendMessage(b -> b.queueUrl(url)
                .messageBody("x".repeat(1025))));
        assertEquals("InvalidParameterValue", big.awsErrorDetails().errorCode());
        SqsException chars = assertThrows(SqsException.class, () -> SQS.sendMessage(b -> b.queueUrl(url)
                .messageBody("bad \u0001")));
        assertEquals("InvalidMessageContents", chars.awsErrorDetails().errorCode());
    }

    @Test
    void deadLetterQueueTakesMessagesOverMaxReceiveCountAndMoveTaskRedrivesThem() {
        String dlq = queue("dlq", Map.of());
        String dlqArn = SQS.getQueueAttributes(b -> b.queueUrl(dlq).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        String src = queue("src", Map.of(QueueAttributeName.REDRIVE_POLICY,
                "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":2}"));
        String id = SQS.sendMessage(b -> b.queueUrl(src).messageBody("poison")).messageId();
        for (int i = 0; i < 2; i++) {
            assertEquals(id, SQS.receiveMessage(b -> b.queueUrl(src).visibilityTimeout(0)).messages().get(0).messageId());
        }
        assertTrue(SQS.receiveMessage(b -> b.queueUrl(src)).messages().isEmpty(), "third receive moves it");
        Message dead = SQS.receiveMessage(b -> b.queueUrl(dlq).visibilityTimeout(0)
                .messageSystemAttributeNames(MessageSystemAttributeName.DEAD_LETTER_QUEUE_SOURCE_ARN)).messages().get(0);
        assertEquals(id, dead.messageId());
        assertTrue(dead.attributes().get(MessageSystemAttributeName.DEAD_LETTER_QUEUE_SOURCE_ARN).endsWith(
                src.substring(src.lastIndexOf('/') + 1)));
        assertNotNull(SQS.startMessageMoveTask(b -> b.sourceArn(dlqArn)).taskHandle());
        var tasks = SQS.listMessageMoveTasks(b -> b.sourceArn(dlqArn)).results();
        assertEquals("COMPLETED", tasks.get(0).status());
        assertEquals(1L, tasks.get(0).approximateNumberOfMessagesMoved());
        assertEquals("poison", SQS.receiveMessage(b -> b.queueUrl(src)).messages().get(0).body());
        assertTrue(SQS.receiveMessage(b -> b.queueUrl(dlq)).messages().isEmpty());
    }

    @Test
    void fifoKeepsGroupOrderDeduplicatesAndBlocksAGroupWhileInFlight() {
        String url = SQS.createQueue(b -> b.queueName(name("order") + ".fifo").attributes(Map.of(
                QueueAttributeName.FIFO_QUEUE, "true"))).queueUrl();
        var s1 = SQS.sendMessage(b -> b.queueUrl(url).messageBody("a1").messageGroupId("A").messageDeduplicationId("1"));
        var dup = SQS.sendMessage(b -> b.queueUrl(url).messageBody("a1 again").messageGroupId("A")
                .messageDeduplicationId("1"));
        assertEquals(s1.messageId(), dup.messageId(), "same deduplication id within 5 minutes");
        var s2 = SQS.sendMessage(b -> b.queueUrl(url).messageBody("a2").messageGroupId("A").messageDeduplicationId("2"));
        SQS.sendMessage(b -> b.queueUrl(url).messageBody("b1").messageGroupId("B").messageDeduplicationId("3"));
        assertTrue(new java.math.BigInteger(s2.sequenceNumber()).compareTo(new java.math.BigInteger(s1.sequenceNumber())) > 0);
        Message first = SQS.receiveMessage(b -> b.queueUrl(url)).messages().get(0);
        assertEquals("a1", first.body());
        Message other = SQS.receiveMessage(b -> b.queueUrl(url)).messages().get(0);
        assertEquals("b1", other.body(), "group A is blocked while a1 is in flight");
        assertTrue(SQS.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10)).messages().isEmpty());
        SQS.deleteMessage(b -> b.queueUrl(url).receiptHandle(first.receiptHandle()));
        Message next = SQS.receiveMessage(b -> b.queueUrl(url).messageSystemAttributeNames(
                MessageSystemAttributeName.MESSAGE_GROUP_ID, MessageSystemAttributeName.SEQUENCE_NUMBER)).messages().get(0);
        assertEquals("a2", next.body());
        assertEquals("A", next.attributes().get(MessageSystemAttributeName.MESSAGE_GROUP_ID));
        assertEquals(s2.sequenceNumber(), next.attributes().get(MessageSystemAttributeName.SEQUENCE_NUMBER));
        SqsException noGroup = assertThrows(SqsException.class, () -> SQS.sendMessage(b -> b.queueUrl(url)
                .messageBody("x").messageDeduplicationId("9")));
        assertEquals("MissingParameter", noGroup.awsErrorDetails().errorCode());
        SqsException noDedup = assertThrows(SqsException.class, () -> SQS.sendMessage(b -> b.queueUrl(url)
                .messageBody("x").messageGroupId("A")));
        assertEquals("InvalidParameterValue", noDedup.awsErrorDetails().errorCode());
    }

    @Test
    void fifoContentBasedDeduplicationUsesTheBodyHash() {
        String url = SQS.createQueue(b -> b.queueName(name("cbd") + ".fifo").attributes(Map.of(
                QueueAttributeName.FIFO_QUEUE, "true", QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "true")))
                .queueUrl();
        String id = SQS.sendMessage(b -> b.queueUrl(url).messageBody("same").messageGroupId("g")).messageId();
        assertEquals(id, SQS.sendMessage(b -> b.queueUrl(url).messageBody("same").messageGroupId("g")).messageId());
        SQS.sendMessage(b -> b.queueUrl(url).messageBody("different").messageGroupId("g"));
        List<Message> got = SQS.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10)).messages();
        assertEquals(List.of("same", "different"), got.stream().map(Message::body).toList());
        assertNull(SQS.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.REDRIVE_POLICY))
                .attributes().get(QueueAttributeName.REDRIVE_POLICY));
    }
}
