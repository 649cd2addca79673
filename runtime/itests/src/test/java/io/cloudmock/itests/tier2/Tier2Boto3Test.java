package io.cloudmock.itests.tier2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.cloudmock.itests.CloudMockProcess;

/**
 * Tier 2 stubs through boto3 for services whose Java SDK v2 client the Maven mirror lacks (EC2, Route 53,
 * CloudFormation, ECS, Athena, EKS, Kafka, OpenSearch, ElastiCache, AppSync, Firehose, CloudWatch, ...): one
 * Python process runs {@code tier2/tier2_boto3.py}, which does create → describe → list → tag → delete →
 * not-found per service and prints one RESULT line each; each service is one dynamic test. {@code http_sample}
 * calls every read-only operation without required input of 30 services over HTTP: botocore must parse every
 * answer and no call may answer 500.
 */
class Tier2Boto3Test {

    static final List<String> SERVICES = List.of("ec2", "route53", "cloudformation", "ecs", "athena", "eks", "kafka",
            "opensearch", "elasticache", "appsync", "firehose", "cloudwatch", "efs", "cloudtrail", "backup", "mq",
            "wafv2", "redshift", "codecommit", "memorydb", "http_sample");

    private static final Map<String, String> RESULTS = new LinkedHashMap<>();
    private static String output = "";

    @BeforeAll
    static void runScript() throws IOException, InterruptedException {
        CloudMockProcess cm = CloudMockProcess.shared();
        Path script = Files.createTempFile("tier2_boto3", ".py");
        try (InputStream in = Tier2Boto3Test.class.getResourceAsStream("/tier2/tier2_boto3.py")) {
            Files.write(script, in.readAllBytes());
        }
        ProcessBuilder pb = new ProcessBuilder("python3", script.toString(), cm.endpoint().toString())
                .redirectErrorStream(true);
        pb.environment().put("AWS_ACCESS_KEY_ID", "test");
        pb.environment().put("AWS_SECRET_ACCESS_KEY", "test");
        pb.environment().put("AWS_DEFAULT_REGION", "us-east-1");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        Files.deleteIfExists(script);
        output = new String(out, StandardCharsets.UTF_8);
        for (String line : output.split("\n")) {
            if (line.startsWith("RESULT ")) {
                String[] parts = line.split(" ", 3);
                RESULTS.put(parts[1], parts[2]);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyServiceRunsItsLifecycle() {
        return SERVICES.stream().map(service -> DynamicTest.dynamicTest(service, () -> {
            String result = RESULTS.get(service);
            if (result == null) {
                fail("no result for " + service + "; script output:\n" + output);
            }
            assertEquals("OK", result, service + ": " + result);
        }));
    }
}
