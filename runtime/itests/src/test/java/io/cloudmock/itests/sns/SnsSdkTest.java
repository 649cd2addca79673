package io.cloudmock.itests.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudmock.itests.AwsClients;
import io.cloudmock.itests.CloudMockProcess;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.NotFoundException;
import software.amazon.awssdk.services.sns.model.PublishBatchRequestEntry;
import software.amazon.awssdk.services.sns.model.Tag;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** SNS through the AWS SDK for Java v2 (query protocol), with delivery checked through SQS. */
class SnsSdkTest {

    private static final CloudMockProcess CM = CloudMockProcess.shared();
    private static final SnsClient SNS = AwsClients.create(SnsClient.builder(), CM.endpoint());
    private static final SqsClient SQS = AwsClients.create(SqsClient.builder(), CM.endpoint());
    private static final ObjectMapper JSON = new ObjectMapper();

    @AfterAll
    static void close() {
        SNS.close();
        SQS.close();
    }

    static String name(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a queue; returns {url, arn}. */
    static String[] queue(SqsClient sqs, String name) {
        String url = sqs.createQueue(b -> b.queueName(name).attributes(name.endsWith(".fifo")
                ? Map.of(QueueAttributeName.FIFO_QUEUE, "true") : Map.of())).queueUrl();
        String arn = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        return new String[] {url, arn};
    }

    /** Receives (and deletes) until a message whose body contains {@code marker}; returns the bodies before it. */
    static List<String> until(SqsClient sqs, String url, String marker) {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            for (Message m : sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(5)
                    .messageAttributeNames("All")).messages()) {
                sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(m.receiptHandle()));
                if (m.body().contains(marker)) {
                    return bodies;
                }
                bodies.add(m.body());
            }
        }
        throw new AssertionError("marker " + marker + " never arrived; got " + bodies);
    }

    @Test
    void topicsHaveAttributesTagsAndIdempotentCreate() {
        String n = name("topic");
        String arn = SNS.createTopic(b -> b.name(n).tags(Tag.builder().key("team").value("a").build())).topicArn();
        assertEquals("arn:aws:sns:us-east-1:000000000000:" + n, arn);
        assertEquals(arn, SNS.createTopic(b -> b.name(n)).topicArn());
        SNS.setTopicAttributes(b -> b.topicArn(arn).attributeName("DisplayName").attributeValue("My Topic"));
        Map<String, String> a = SNS.getTopicAttributes(b -> b.topicArn(arn)).attributes();
        assertEquals("My Topic", a.get("DisplayName"));
        assertEquals(arn, a.get("TopicArn"));
        assertEquals("000000000000", a.get("Owner"));
        assertNotNull(a.get("Policy"));
        SNS.tagResource(b -> b.resourceArn(arn).tags(Tag.builder().key("env").value("dev").build()));
        SNS.untagResource(b -> b.resourceArn(arn).tagKeys("team"));
        assertEquals(List.of(Tag.builder().key("env").value("dev").build()),
                SNS.listTagsForResource(b -> b.resourceArn(arn)).tags());
        assertTrue(SNS.listTopicsPaginator().topics().stream().anyMatch(t -> t.topicArn().equals(arn)));
        SNS.deleteTopic(b -> b.topicArn(arn));
        NotFoundException e = assertThrows(NotFoundException.class, () -> SNS.getTopicAttributes(b -> b.topicArn(arn)));
        assertEquals("NotFound", e.awsErrorDetails().errorCode());
        assertEquals(404, e.statusCode());
        assertThrows(InvalidParameterException.class, () -> SNS.createTopic(b -> b.name("bad name")));
    }

    @Test
    void subscriptionsCanBeListedConfiguredAndRemoved() {
        String topic = SNS.createTopic(b -> b.name(name("subs"))).topicArn();
        String[] q = queue(SQS, name("subq"));
        String sub = SNS.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(q[1])).subscriptionArn();
        assertTrue(sub.startsWith(topic + ":"));
        assertEquals(sub, SNS.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(q[1])).subscriptionArn());
        var listed = SNS.listSubscriptionsByTopic(b -> b.topicArn(topic)).subscriptions();
        assertEquals(1, listed.size());
        assertEquals(q[1], listed.get(0).endpoint());
        assertTrue(SNS.listSubscriptionsPaginator().subscriptions().stream().anyMatch(s -> s.subscriptionArn().equals(sub)));
        SNS.setSubscriptionAttributes(b -> b.subscriptionArn(sub).attributeName("RawMessageDelivery").attributeValue("true"));
        SNS.setSubscriptionAttributes(b -> b.subscriptionArn(sub).attributeName("FilterPolicy")
                .attributeValue("{\"k\":[\"v\"]}"));
        Map<String, String> a = SNS.getSubscriptionAttributes(b -> b.subscriptionArn(sub)).attributes();
        assertEquals("true", a.get("RawMessageDelivery"));
        assertEquals("{\"k\":[\"v\"]}", a.get("FilterPolicy"));
        assertEquals("false", a.get("PendingConfirmation"));
        assertThrows(InvalidParameterException.class, () -> SNS.setSubscriptionAttributes(b -> b.subscriptionArn(sub)
                .attributeName("FilterPolicy").attributeValue("{\"k\":\"not-an-array\"}")));
        assertThrows(InvalidParameterException.class, () -> SNS.subscribe(b -> b.topicArn(topic).protocol("sqs")
                .endpoint("not-an-arn")));
        SNS.unsubscribe(b -> b.subscriptionArn(sub));
        assertTrue(SNS.listSubscriptionsByTopic(b -> b.topicArn(topic)).subscriptions().isEmpty());
        assertThrows(NotFoundException.class, () -> SNS.getSubscriptionAttributes(b -> b.subscriptionArn(sub)));
    }

    @Test
    void wrappedDeliveryCarriesTheAwsEnvelope() throws Exception {
        String topic = SNS.createTopic(b -> b.name(name("env"))).topicArn();
        String[] q = queue(SQS, name("envq"));
        String sub = SNS.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(q[1])).subscriptionArn();
        String id = SNS.publish(b -> b.topicArn(topic).message("hello").subject("greeting").messageAttributes(Map.of(
                "color", MessageAttributeValue.builder().dataType("String").stringValue("blue").build(),
                "n", MessageAttributeValue.builder().dataType("Number").stringValue("7").build()))).messageId();
        Message m = SQS.receiveMessage(b -> b.queueUrl(q[0]).waitTimeSeconds(10)).messages().get(0);
        JsonNode env = JSON.readTree(m.body());
        assertEquals("Notification", env.get("Type").asText());
        assertEquals(id, env.get("MessageId").asText());
        assertEquals(topic, env.get("TopicArn").asText());
        assertEquals("greeting", env.get("Subject").asText());
        assertEquals("hello", env.get("Message").asText());
        assertTrue(env.get("Timestamp").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
        assertEquals("1", env.get("SignatureVersion").asText());
        assertTrue(env.get("Signature").asText().length() > 100);
        assertTrue(env.get("SigningCertURL").asText().startsWith("https://"));
        assertTrue(env.get("UnsubscribeURL").asText().contains("Action=Unsubscribe"));
        assertTrue(env.get("UnsubscribeURL").asText().contains(java.net.URLEncoder.encode(sub, "UTF-8")));
        assertEquals("String", env.at("/MessageAttributes/color/Type").asText());
        assertEquals("blue", env.at("/MessageAttributes/color/Value").asText());
        assertEquals("Number", env.at("/MessageAttributes/n/Type").asText());
        assertNull(m.messageAttributes().isEmpty() ? null : "wrapped delivery has no SQS attributes");
    }

    @Test
    void jsonMessageStructureSendsTheSqsEntry() throws Exception {
        String topic = SNS.createTopic(b -> b.name(name("struct"))).topicArn();
        String[] q = queue(SQS, name("structq"));
        String sub = SNS.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(q[1])).subscriptionArn();
        SNS.setSubscriptionAttributes(b -> b.subscriptionArn(sub).attributeName("RawMessageDelivery").attributeValue("true"));
        SNS.publish(b -> b.topicArn(topic).messageStructure("json").message("{\"default\":\"d\",\"sqs\":\"for sqs\"}"));
        assertEquals("for sqs", SQS.receiveMessage(b -> b.queueUrl(q[0]).waitTimeSeconds(10)).messages().get(0).body());
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> SNS.publish(b -> b
                .topicArn(topic).messageStructure("json").message("{\"sqs\":\"x\"}")));
        assertEquals("InvalidParameter", e.awsErrorDetails().errorCode());
    }

    @Test
    void filterPoliciesSelectWhatEachQueueReceives() {
        String topic = SNS.createTopic(b -> b.name(name("filters"))).topicArn();
        Map<String, String> policies = Map.of(
                "exact", "{\"color\":[\"red\"]}",
                "prefix", "{\"color\":[{\"prefix\":\"bl\"}]}",
                "anythingbut", "{\"color\":[{\"anything-but\":[\"red\",\"blue\"]}]}",
                "numeric", "{\"price\":[{\"numeric\":[\">=\",10,\"<\",100]}]}",
                "exists", "{\"vip\":[{\"exists\":true}]}",
                "absent", "{\"vip\":[{\"exists\":false}],\"color\":[\"red\"]}",
                "array", "{\"tags\":[\"b\"]}",
                "body", "{\"order\":{\"kind\":[\"book\"]}}");
        Map<String, String> urls = new java.util.HashMap<>();
        policies.forEach((label, policy) -> {
            String[] q = queue(SQS, name("f-" + label));
            urls.put(label, q[0]);
            Map<String, String> attrs = new java.util.HashMap<>(Map.of("RawMessageDelivery", "true",
                    "FilterPolicy", "{\"$or\":[" + policy + ",{\"marker\":[\"end\"]}]}"));
            if (label.equals("body")) {
                attrs.put("FilterPolicy", "{\"$or\":[" + policy + ",{\"marker\":[\"end\"]}]}");
                attrs.put("FilterPolicyScope", "MessageBody");
            }
            SNS.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(q[1]).attributes(attrs));
        });
        publish(topic, "red", Map.of("color", str("red")));
        publish(topic, "blue", Map.of("color", str("blue")));
        publish(topic, "green", Map.of("color", str("green")));
        publish(topic, "cheap", Map.of("price", num("5")));
        publish(topic, "mid", Map.of("price", num("10")));
        publish(topic, "dear", Map.of("price", num("100")));
        publish(topic, "vip-red", Map.of("vip", str("yes"), "color", str("red")));
        publish(topic, "tagged", Map.of("tags", MessageAttributeValue.builder().dataType("String.Array")
                .stringValue("[\"a\",\"b\"]").build()));
        SNS.publish(b -> b.topicArn(topic).message("{\"order\":{\"kind\":\"book\"}}"));
        SNS.publish(b -> b.topicArn(topic).message("{\"order\":{\"kind\":\"pen\"}}"));
        SNS.publish(b -> b.topicArn(topic).message("{\"marker\":\"end\"}").messageAttributes(Map.of("marker", str("end"))));
        assertEquals(List.of("red", "vip-red"), until(SQS, urls.get("exact"), "end"));
        assertEquals(List.of("blue"), until(SQS, urls.get("prefix"), "end"));
        assertEquals(List.of("green"), until(SQS, urls.get("anythingbut"), "end"));
        assertEquals(List.of("mid"), until(SQS, urls.get("numeric"), "end"));
        assertEquals(List.of("vip-red"), until(SQS, urls.get("exists"), "end"));
        assertEquals(List.of("red"), until(SQS, urls.get("absent"), "end"));
        assertEquals(List.of("tagged"), until(SQS, urls.get("array"), "end"));
        assertEquals(List.of("{\"order\":{\"kind\":\"book\"}}"), until(SQS, urls.get("body"), "end"));
    }

    private static MessageAttributeValue str(String v) {
        return MessageAttributeValue.builder().dataType("String").stringValue(v).build();
    }

    private static MessageAttributeValue num(String v) {
        return MessageAttributeValue.builder().dataType("Number").stringValue(v).build();
    }

    private static void publish(String topic, String message, Map<String, MessageAttributeValue> attrs) {
        SNS.publish(b -> b.topicArn(topic).message(message).messageAttributes(attrs));
    }

    @Test
    void rawDeliveryPassesMessageAttributesToSqs() {
        String topic = SNS.createTopic(b -> b.name(name("raw"))).topicArn();
        String[] q = queue(SQS, name("rawq"));
        SNS.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(q[1])
                .attributes(Map.of("RawMessageDelivery", "true")));
        SNS.publish(b -> b.topicArn(topic).message("raw body").messageAttributes(Map.of("k", str("v"))));
        Message m = SQS.receiveMessage(b -> b.queueUrl(q[0]).waitTimeSeconds(10).messageAttributeNames("All"))
                .messages().get(0);
        assertEquals("raw body", m.body());
        assertEquals("v", m.messageAttributes().get("k").stringValue());
    }

    @Test
    void fifoTopicDeliversInOrderWithDeduplication() {
        String topic = SNS.createTopic(b -> b.name(name("ft") + ".fifo").attributes(Map.of("FifoTopic", "true",
                "ContentBasedDeduplication", "true"))).topicArn();
        String[] q = queue(SQS, name("fq") + ".fifo");
        SNS.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(q[1])
                .attributes(Map.of("RawMessageDelivery", "true")));
        var first = SNS.publish(b -> b.topicArn(topic).message("one").messageGroupId("g"));
        assertNotNull(first.sequenceNumber());
        assertEquals(first.messageId(), SNS.publish(b -> b.topicArn(topic).message("one").messageGroupId("g")).messageId());
        SNS.publish(b -> b.topicArn(topic).message("two").messageGroupId("g"));
        SNS.publish(b -> b.topicArn(topic).message("three").messageGroupId("g"));
        List<String> got = new ArrayList<>();
        for (int i = 0; i < 10 && got.size() < 3; i++) {
            for (Message m : SQS.receiveMessage(b -> b.queueUrl(q[0]).maxNumberOfMessages(10).waitTimeSeconds(5))
                    .messages()) {
                got.add(m.body());
                SQS.deleteMessage(b -> b.queueUrl(q[0]).receiptHandle(m.receiptHandle()));
            }
        }
        assertEquals(List.of("one", "two", "three"), got);
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> SNS.publish(b -> b.topicArn(topic).message("no group")));
        assertEquals(400, e.statusCode());
    }

    @Test
    void publishBatchReportsPerEntryFailures() {
        String topic = SNS.createTopic(b -> b.name(name("batch"))).topicArn();
        String[] q = queue(SQS, name("batchq"));
        SNS.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(q[1])
                .attributes(Map.of("RawMessageDelivery", "true")));
        var r = SNS.publishBatch(b -> b.topicArn(topic).publishBatchRequestEntries(
                PublishBatchRequestEntry.builder().id("a").message("first").build(),
                PublishBatchRequestEntry.builder().id("b").message("bad").messageAttributes(Map.of("x",
                        MessageAttributeValue.builder().dataType("Weird").stringValue("1").build())).build(),
                PublishBatchRequestEntry.builder().id("c").message("end").build()));
        assertEquals(List.of("a", "c"), r.successful().stream().map(s -> s.id()).toList());
        assertEquals("b", r.failed().get(0).id());
        assertTrue(r.failed().get(0).senderFault());
        assertEquals(List.of("first"), until(SQS, q[0], "end"));
        assertFalse(r.successful().get(0).messageId().isEmpty());
    }
}
