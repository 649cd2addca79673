package io.cloudmock.itests.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudmock.itests.CloudMockProcess;

/** The AWS CLI: a topic fanned out to two queues with different filter policies, read back with aws sqs. */
class SqsSnsCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CloudMockProcess cm = CloudMockProcess.shared();

    private JsonNode aws(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("aws", "--endpoint-url", cm.endpoint().toString(),
                "--region", "us-east-1", "--output", "json"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("AWS_ACCESS_KEY_ID", "test");
        pb.environment().put("AWS_SECRET_ACCESS_KEY", "test");
        pb.environment().remove("AWS_PROFILE");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join(" ", args) + " failed: " + out);
        return out.isBlank() ? JSON.createObjectNode() : JSON.readTree(out);
    }

    private static boolean cliAvailable() {
        try {
            return new ProcessBuilder("aws", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void topicFansOutToTwoFilteredQueues() throws Exception {
        Assumptions.assumeTrue(cliAvailable(), "AWS CLI installed");
        String suffix = SnsSdkTest.name("cli");
        String topic = aws("sns", "create-topic", "--name", suffix).get("TopicArn").asText();
        String[] urls = new String[2];
        String[] policies = {"{\"kind\":[\"order\"]}", "{\"amount\":[{\"numeric\":[\">\",100]}]}"};
        for (int i = 0; i < 2; i++) {
            urls[i] = aws("sqs", "create-queue", "--queue-name", suffix + "-q" + i).get("QueueUrl").asText();
            String arn = "arn:aws:sqs:us-east-1:000000000000:" + suffix + "-q" + i;
            String attrs = "{\"RawMessageDelivery\":\"true\",\"FilterPolicy\":" + JSON.writeValueAsString(policies[i])
                    + "}";
            aws("sns", "subscribe", "--topic-arn", topic, "--protocol", "sqs", "--notification-endpoint", arn,
                    "--attributes", attrs);
        }
        aws("sns", "publish", "--topic-arn", topic, "--message", "an order", "--message-attributes",
                "{\"kind\":{\"DataType\":\"String\",\"StringValue\":\"order\"},"
                        + "\"amount\":{\"DataType\":\"Number\",\"StringValue\":\"5\"}}");
        aws("sns", "publish", "--topic-arn", topic, "--message", "a big refund", "--message-attributes",
                "{\"kind\":{\"DataType\":\"String\",\"StringValue\":\"refund\"},"
                        + "\"amount\":{\"DataType\":\"Number\",\"StringValue\":\"500\"}}");
        JsonNode q0 = aws("sqs", "receive-message", "--queue-url", urls[0], "--wait-time-seconds", "10",
                "--max-number-of-messages", "10", "--message-attribute-names", "All");
        assertEquals(1, q0.get("Messages").size());
        assertEquals("an order", q0.at("/Messages/0/Body").asText());
        assertEquals("order", q0.at("/Messages/0/MessageAttributes/kind/StringValue").asText());
        JsonNode q1 = aws("sqs", "receive-message", "--queue-url", urls[1], "--wait-time-seconds", "10",
                "--max-number-of-messages", "10");
        assertEquals(1, q1.get("Messages").size());
        assertEquals("a big refund", q1.at("/Messages/0/Body").asText());
        aws("sqs", "delete-message", "--queue-url", urls[1], "--receipt-handle",
                q1.at("/Messages/0/ReceiptHandle").asText());
        JsonNode attrs = aws("sqs", "get-queue-attributes", "--queue-url", urls[1], "--attribute-names", "All");
        assertEquals("0", attrs.at("/Attributes/ApproximateNumberOfMessages").asText());
        assertEquals("0", attrs.at("/Attributes/ApproximateNumberOfMessagesNotVisible").asText());
    }
}
