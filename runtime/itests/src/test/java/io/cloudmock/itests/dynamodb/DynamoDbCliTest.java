package io.cloudmock.itests.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudmock.itests.CloudMockProcess;

/** The AWS CLI (v1, botocore) against DynamoDB: create, put, update with an expression, query, scan, errors. */
class DynamoDbCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Result(int exit, String out, String err) {
    }

    private static Result aws(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("aws", "--endpoint-url",
                CloudMockProcess.shared().endpoint().toString(), "--output", "json", "dynamodb"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("AWS_ACCESS_KEY_ID", "test");
        pb.environment().put("AWS_SECRET_ACCESS_KEY", "test");
        pb.environment().put("AWS_DEFAULT_REGION", "us-east-1");
        pb.environment().put("AWS_PAGER", "");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return new Result(p.exitValue(), out, err);
    }

    @Test
    void cliRoundTrip() throws Exception {
        String table = Ddb.uniqueName("cli");
        Result created = aws("create-table", "--table-name", table,
                "--attribute-definitions", "AttributeName=pk,AttributeType=S", "AttributeName=sk,AttributeType=N",
                "--key-schema", "AttributeName=pk,KeyType=HASH", "AttributeName=sk,KeyType=RANGE",
                "--billing-mode", "PAY_PER_REQUEST");
        assertEquals(0, created.exit(), created.err());
        assertEquals("ACTIVE", JSON.readTree(created.out()).at("/TableDescription/TableStatus").asText());
        for (int i = 1; i <= 3; i++) {
            Result put = aws("put-item", "--table-name", table, "--item",
                    "{\"pk\":{\"S\":\"u\"},\"sk\":{\"N\":\"" + i + "\"},\"score\":{\"N\":\"" + (i * 10) + "\"}}");
            assertEquals(0, put.exit(), put.err());
        }
        Result upd = aws("update-item", "--table-name", table, "--key", "{\"pk\":{\"S\":\"u\"},\"sk\":{\"N\":\"2\"}}",
                "--update-expression", "ADD score :d", "--expression-attribute-values", "{\":d\":{\"N\":\"0.5\"}}",
                "--return-values", "UPDATED_NEW");
        assertEquals("20.5", JSON.readTree(upd.out()).at("/Attributes/score/N").asText());
        Result q = aws("query", "--table-name", table, "--key-condition-expression", "pk = :p AND sk >= :s",
                "--expression-attribute-values", "{\":p\":{\"S\":\"u\"},\":s\":{\"N\":\"2\"}}", "--no-scan-index-forward");
        JsonNode items = JSON.readTree(q.out()).get("Items");
        assertEquals(2, items.size());
        assertEquals("3", items.get(0).at("/sk/N").asText());
        Result scan = aws("scan", "--table-name", table, "--select", "COUNT");
        assertEquals(3, JSON.readTree(scan.out()).get("Count").asInt());
        Result fail = aws("put-item", "--table-name", table, "--item", "{\"pk\":{\"S\":\"u\"},\"sk\":{\"N\":\"1\"}}",
                "--condition-expression", "attribute_not_exists(pk)");
        assertTrue(fail.exit() != 0, "a failed condition is an error exit");
        assertTrue(fail.err().contains("ConditionalCheckFailedException"), fail.err());
    }
}
