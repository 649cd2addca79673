package io.cloudmock.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudmock.itests.CloudMockProcess;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** SNS publish fanned out to 10 SQS queues: publishes/s and deliveries/s until every copy is in its queue. */
class SnsBenchmark {

    @Test
    void publishFanOutToTenQueues() throws Exception {
        CloudMockProcess cm = CloudMockProcess.shared();
        try (SqsClient sqs = SqsBenchmark.client(cm);
             SnsClient sns = SnsClient.builder().endpointOverride(cm.endpoint()).region(Region.US_EAST_1)
                     .httpClientBuilder(ApacheHttpClient.builder().maxConnections(64))
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                     .build()) {
            for (String mode : new String[] {"raw", "wrapped"}) {
                String topic = sns.createTopic(b -> b.name("bench-" + mode)).topicArn();
                List<String> urls = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    String name = "bench-" + mode + "-" + i;
                    urls.add(sqs.createQueue(b -> b.queueName(name)).queueUrl());
                    sns.subscribe(b -> b.topicArn(topic).protocol("sqs")
                            .endpoint("arn:aws:sqs:us-east-1:000000000000:" + name)
                            .attributes(Map.of("RawMessageDelivery", Boolean.toString(mode.equals("raw")))));
                }
                long start = System.nanoTime();
                Bench.Result r = Bench.run("sns-publish-" + mode, 8, 10, 10_000_000,
                        (t, i) -> sns.publish(b -> b.topicArn(topic).message("fan-out benchmark message")));
                long expected = r.calls() * 10;
                long delivered = 0;
                while (delivered < expected && System.nanoTime() - start < 120_000_000_000L) {
                    delivered = 0;
                    for (String url : urls) {
                        delivered += Long.parseLong(sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).attributes().values().iterator().next());
                    }
                    if (delivered < expected) {
                        Thread.sleep(20);
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                Bench.report("sns-fanout10-" + mode, String.format("deliveries_per_s=%.0f delivered=%d expected=%d "
                        + "publishes_per_s=%.0f rss_mib=%d", delivered / seconds, delivered, expected, r.perSecond(),
                        Bench.rssMiB(cm.pid())));
            }
        }
    }
}
