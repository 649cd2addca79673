package io.cloudmock.itests.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.cloudmock.itests.AwsClients;
import io.cloudmock.itests.CloudMockProcess;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.InvalidAttributeNameException;
import software.amazon.awssdk.services.sqs.model.InvalidAttributeValueException;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.QueueNameExistsException;
import software.amazon.awssdk.services.sqs.model.SqsException;

/** SQS queue management through the AWS SDK for Java v2 (JSON 1.0 protocol). */
class SqsQueueSdkTest {

    private static final CloudMockProcess CM = CloudMockProcess.shared();
    private static final SqsClient SQS = AwsClients.create(SqsClient.builder(), CM.endpoint());

    @AfterAll
    static void close() {
        SQS.close();
    }

    static String name(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createIsIdempotentWithSameAttributesAndRejectsDifferentOnes() {
        String n = name("idem");
        String url = SQS.createQueue(b -> b.queueName(n).attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "40")))
                .queueUrl();
        assertEquals(CM.endpoint() + "/000000000000/" + n, url);
        assertEquals(url, SQS.createQueue(b -> b.queueName(n)
                .attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "40"))).queueUrl());
        assertEquals(url, SQS.createQueue(b -> b.queueName(n)).queueUrl());
        QueueNameExistsException e = assertThrows(QueueNameExistsException.class, () -> SQS.createQueue(b -> b
                .queueName(n).attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "41"))));
        assertEquals(400, e.statusCode());
        assertEquals(url, SQS.getQueueUrl(b -> b.queueName(n)).queueUrl());
    }

    @Test
    void deletedQueueDoesNotExistWithTheLegacyQueryCode() {
        String url = SQS.createQueue(b -> b.queueName(name("del"))).queueUrl();
        SQS.deleteQueue(b -> b.queueUrl(url));
        QueueDoesNotExistException e = assertThrows(QueueDoesNotExistException.class,
                () -> SQS.getQueueAttributes(b -> b.queueUrl(url)));
        assertEquals("AWS.SimpleQueueService.NonExistentQueue", e.awsErrorDetails().errorCode());
        assertThrows(QueueDoesNotExistException.class, () -> SQS.getQueueUrl(b -> b.queueName("never-created-x")));
    }

    @Test
    void listQueuesFiltersByPrefixAndPaginates() {
        String prefix = name("list");
        for (int i = 0; i < 5; i++) {
            int n = i;
            SQS.createQueue(b -> b.queueName(prefix + "-" + n));
        }
        assertEquals(5, SQS.listQueues(b -> b.queueNamePrefix(prefix)).queueUrls().size());
        var first = SQS.listQueues(b -> b.queueNamePrefix(prefix).maxResults(2));
        assertEquals(2, first.queueUrls().size());
        assertNotNull(first.nextToken());
        var second = SQS.listQueues(b -> b.queueNamePrefix(prefix).maxResults(2).nextToken(first.nextToken()));
        assertEquals(2, second.queueUrls().size());
        assertTrue(second.queueUrls().get(0).endsWith(prefix + "-2"));
        long all = SQS.listQueuesPaginator(b -> b.queueNamePrefix(prefix).maxResults(2)).queueUrls().stream().count();
        assertEquals(5, all);
    }

    @Test
    void attributesIncludeCountsArnAndSettableValues() {
        String n = name("attrs");
        String url = SQS.createQueue(b -> b.queueName(n)).queueUrl();
        String dlq = SQS.createQueue(b -> b.queueName(n + "-dlq")).queueUrl();
        String dlqArn = SQS.getQueueAttributes(b -> b.queueUrl(dlq).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        assertEquals("arn:aws:sqs:us-east-1:000000000000:" + n + "-dlq", dlqArn);
        String redrive = "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"3\"}";
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[]}";
        SQS.setQueueAttributes(b -> b.queueUrl(url).attributes(Map.of(QueueAttributeName.REDRIVE_POLICY, redrive,
                QueueAttributeName.POLICY, policy, QueueAttributeName.DELAY_SECONDS, "2",
                QueueAttributeName.MESSAGE_RETENTION_PERIOD, "600")));
        SQS.setQueueAttributes(b -> b.queueUrl(dlq).attributes(Map.of(QueueAttributeName.REDRIVE_ALLOW_POLICY,
                "{\"redrivePermission\":\"allowAll\"}")));
        SQS.sendMessage(b -> b.queueUrl(url).messageBody("x"));
        var a = SQS.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.ALL)).attributes();
        assertEquals(redrive, a.get(QueueAttributeName.REDRIVE_POLICY));
        assertEquals(policy, a.get(QueueAttributeName.POLICY));
        assertEquals("2", a.get(QueueAttributeName.DELAY_SECONDS));
        assertEquals("600", a.get(QueueAttributeName.MESSAGE_RETENTION_PERIOD));
        assertEquals("30", a.get(QueueAttributeName.VISIBILITY_TIMEOUT));
        assertEquals("1", a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED));
        assertEquals("0", a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
        assertEquals("0", a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
        assertNotNull(a.get(QueueAttributeName.CREATED_TIMESTAMP));
        assertNotNull(a.get(QueueAttributeName.LAST_MODIFIED_TIMESTAMP));
        assertEquals("{\"redrivePermission\":\"allowAll\"}", SQS.getQueueAttributes(b -> b.queueUrl(dlq)
                .attributeNames(QueueAttributeName.REDRIVE_ALLOW_POLICY)).attributes()
                .get(QueueAttributeName.REDRIVE_ALLOW_POLICY));
        assertEquals(url, SQS.listDeadLetterSourceQueues(b -> b.queueUrl(dlq)).queueUrls().get(0));
    }

    @Test
    void badAttributesGetAwsErrors() {
        String url = SQS.createQueue(b -> b.queueName(name("bad"))).queueUrl();
        assertThrows(InvalidAttributeValueException.class, () -> SQS.setQueueAttributes(b -> b.queueUrl(url)
                .attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "99999"))));
        assertThrows(InvalidAttributeValueException.class, () -> SQS.setQueueAttributes(b -> b.queueUrl(url)
                .attributes(Map.of(QueueAttributeName.REDRIVE_POLICY,
                        "{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:000000000000:nope\",\"maxReceiveCount\":1}"))));
        assertThrows(InvalidAttributeNameException.class, () -> SQS.setQueueAttributes(b -> b.queueUrl(url)
                .attributesWithStrings(Map.of("Bogus", "1"))));
        SqsException e = assertThrows(SqsException.class, () -> SQS.createQueue(b -> b.queueName("bad name!")));
        assertEquals(400, e.statusCode());
        assertEquals("InvalidParameterValue", e.awsErrorDetails().errorCode());
    }

    @Test
    void tagsCanBeAddedListedAndRemoved() {
        String url = SQS.createQueue(b -> b.queueName(name("tags")).tags(Map.of("team", "a"))).queueUrl();
        SQS.tagQueue(b -> b.queueUrl(url).tags(Map.of("env", "dev", "team", "b")));
        assertEquals(Map.of("env", "dev", "team", "b"), SQS.listQueueTags(b -> b.queueUrl(url)).tags());
        SQS.untagQueue(b -> b.queueUrl(url).tagKeys("team"));
        assertEquals(Map.of("env", "dev"), SQS.listQueueTags(b -> b.queueUrl(url)).tags());
    }

    @Test
    void permissionsAreStatementsOfTheQueuePolicy() {
        String url = SQS.createQueue(b -> b.queueName(name("perm"))).queueUrl();
        SQS.addPermission(b -> b.queueUrl(url).label("send").awsAccountIds("111122223333").actions("SendMessage"));
        String policy = SQS.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.POLICY))
                .attributes().get(QueueAttributeName.POLICY);
        assertTrue(policy.contains("\"Sid\":\"send\"") && policy.contains("arn:aws:iam::111122223333:root")
                && policy.contains("SQS:SendMessage"), policy);
        SqsException dup = assertThrows(SqsException.class, () -> SQS.addPermission(b -> b.queueUrl(url)
                .label("send").awsAccountIds("111122223333").actions("SendMessage")));
        assertEquals("InvalidParameterValue", dup.awsErrorDetails().errorCode());
        SQS.removePermission(b -> b.queueUrl(url).label("send"));
        assertNull(SQS.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.POLICY))
                .attributes().get(QueueAttributeName.POLICY));
        assertThrows(SqsException.class, () -> SQS.removePermission(b -> b.queueUrl(url).label("send")));
    }

    @Test
    void purgeRemovesAllMessages() {
        String url = SQS.createQueue(b -> b.queueName(name("purge"))).queueUrl();
        for (int i = 0; i < 3; i++) {
            SQS.sendMessage(b -> b.queueUrl(url).messageBody("m"));
        }
        SQS.purgeQueue(b -> b.queueUrl(url));
        assertNull(SQS.receiveMessage(b -> b.queueUrl(url)).messages().isEmpty() ? null : "not empty");
    }

    @Test
    void queueUrlWorksAsTheClientEndpoint() {
        String url = SQS.createQueue(b -> b.queueName(name("endpoint"))).queueUrl();
        try (SqsClient viaUrl = AwsClients.create(SqsClient.builder(), URI.create(url))) {
            viaUrl.sendMessage(b -> b.queueUrl(url).messageBody("via queue url"));
            assertEquals("via queue url", viaUrl.receiveMessage(b -> b.queueUrl(url)).messages().get(0).body());
        }
    }
}
