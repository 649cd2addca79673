package io.cloudmock.itests.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.cloudmock.itests.AwsClients;
import io.cloudmock.itests.CloudMockProcess;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** With --data-dir, queues, messages, topics and subscriptions survive a clean restart. */
class SqsSnsPersistenceTest {

    @Test
    void stateSurvivesACleanRestart() throws Exception {
        Path dir = Files.createTempDirectory("cloudmock-sqs-sns-data-");
        String topic;
        String[] q;
        try (CloudMockProcess cm = CloudMockProcess.start(List.of("--data-dir", dir.toString()));
             SqsClient sqs = AwsClients.create(SqsClient.builder(), cm.endpoint());
             SnsClient sns = AwsClients.create(SnsClient.builder(), cm.endpoint())) {
            q = SnsSdkTest.queue(sqs, "persist-q");
            sqs.tagQueue(b -> b.queueUrl(q[0]).tags(Map.of("k", "v")));
            for (int i = 0; i < 50; i++) {
                int n = i;
                sqs.sendMessage(b -> b.queueUrl(q[0]).messageBody("m" + n));
            }
            topic = sns.createTopic(b -> b.name("persist-t")).topicArn();
            sns.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(q[1])
                    .attributes(Map.of("RawMessageDelivery", "true")));
            cm.stop();
        }
        try (CloudMockProcess cm = CloudMockProcess.start(List.of("--data-dir", dir.toString()));
             SqsClient sqs = AwsClients.create(SqsClient.builder(), cm.endpoint());
             SnsClient sns = AwsClients.create(SnsClient.builder(), cm.endpoint())) {
            String url = sqs.getQueueUrl(b -> b.queueName("persist-q")).queueUrl();
            assertEquals(Map.of("k", "v"), sqs.listQueueTags(b -> b.queueUrl(url)).tags());
            Set<String> bodies = new HashSet<>();
            for (int i = 0; i < 20 && bodies.size() < 50; i++) {
                for (Message m : sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10)).messages()) {
                    bodies.add(m.body());
                    sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(m.receiptHandle()));
                }
            }
            assertEquals(50, bodies.size(), "every acknowledged send survived");
            assertEquals(1, sns.listSubscriptionsByTopic(b -> b.topicArn(topic)).subscriptions().size());
            sns.publish(b -> b.topicArn(topic).message("after restart"));
            assertEquals("after restart", sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(10)).messages()
                    .get(0).body());
            assertTrue(cm.isAlive());
        }
    }
}
