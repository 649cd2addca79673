package io.cloudmock.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.cloudmock.itests.CloudMockProcess;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * DynamoDB figures: PutItem and GetItem with 16 concurrent clients, a Query of 100 items from a 100,000-item
 * partition, and the resident memory that 100,000 1-KiB items cost. Run with {@code -Pbenchmark}.
 */
class DynamoDbBenchmark {

    private static final int ITEMS = 100_000;
    private static final String PAYLOAD = "x".repeat(1000);

    @Test
    void putGetQueryAndMemory() throws Exception {
        try (CloudMockProcess cm = CloudMockProcess.start(List.of());
             DynamoDbClient ddb = DynamoDbClient.builder().endpointOverride(cm.endpoint()).region(Region.US_EAST_1)
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                     .httpClientBuilder(ApacheHttpClient.builder().maxConnections(32)).build()) {
            for (String t : List.of("bench-kv", "bench-part")) {
                ddb.createTable(r -> r.tableName(t).billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                                a -> a.attributeName("sk").attributeType(ScalarAttributeType.N))
                        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                                k -> k.attributeName("sk").keyType(KeyType.RANGE)));
            }
            Bench.run("dynamodb-putitem-warmup", 16, 3, 20_000, (th, i) -> put(ddb, "bench-kv", th, i));
            long cpu = cpuMicros(cm.pid());
            var puts = Bench.run("dynamodb-putitem", 16, 10, 2_000_000, (th, i) -> put(ddb, "bench-kv", th, i));
            cpu = serverCpu("dynamodb-putitem", cm.pid(), cpu, puts.calls());
            var gets = Bench.run("dynamodb-getitem", 16, 10, 2_000_000, (th, i) -> ddb.getItem(r -> r
                    .tableName("bench-kv").key(Map.of("pk", AttributeValue.fromS("t" + th), "sk",
                            AttributeValue.fromN("" + ThreadLocalRandom.current().nextInt(1000))))));
            serverCpu("dynamodb-getitem", cm.pid(), cpu, gets.calls());

            gc(cm.pid());
            long before = Bench.rssMiB(cm.pid());
            long t0 = System.nanoTime();
            Bench.run("dynamodb-load-100k", 8, 600, ITEMS / 25, (th, i) -> {
                List<WriteRequest> batch = new ArrayList<>(25);
                long base = (th * (long) (ITEMS / 25 / 8) + i) * 25;
                for (int j = 0; j < 25; j++) {
                    long sk = base + j;
                    batch.add(WriteRequest.builder().putRequest(p -> p.item(Map.of("pk", AttributeValue.fromS("big"),
                            "sk", AttributeValue.fromN(Long.toString(sk)), "payload",
                            AttributeValue.fromS(PAYLOAD)))).build());
                }
                ddb.batchWriteItem(r -> r.requestItems(Map.of("bench-part", batch)));
            });
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            long count = ddb.describeTable(r -> r.tableName("bench-part")).table().itemCount();
            gc(cm.pid());
            long after = Bench.rssMiB(cm.pid());
            Bench.report("dynamodb-memory-100k-1KiB", String.format("items=%d rss_before_mib=%d rss_after_mib=%d "
                    + "delta_mib=%d load_s=%.1f", count, before, after, after - before, loadSeconds));

            long queryCpu = cpuMicros(cm.pid());
            var queries = Bench.run("dynamodb-query-100-of-100k", 16, 10, 2_000_000, (th, i) -> {
                int from = ThreadLocalRandom.current().nextInt((int) count - 100);
                var r = ddb.query(q -> q.tableName("bench-part")
                        .keyConditionExpression("pk = :p AND sk BETWEEN :a AND :b")
                        .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("big"),
                                ":a", AttributeValue.fromN("" + from), ":b", AttributeValue.fromN("" + (from + 99)))));
                if (r.count() != 100) {
                    throw new IllegalStateException("query returned " + r.count());
                }
            });
            serverCpu("dynamodb-query-100-of-100k", cm.pid(), queryCpu, queries.calls());
        }
    }

    /**
     * PutItem and GetItem with 16 lightweight keep-alive HTTP clients speaking DynamoDB's JSON protocol, so the
     * figure measures the server rather than the SDK's own CPU use on the same 2 cores.
     */
    @Test
    void putGetOverPlainHttp() throws Exception {
        try (CloudMockProcess cm = CloudMockProcess.start(List.of())) {
            int threads = 16;
            KeepAliveClient[] clients = new KeepAliveClient[threads];
            for (int t = 0; t < threads; t++) {
                clients[t] = new KeepAliveClient(cm.gatewayPort(), new byte[0]);
            }
            clients[0].call(ddbCall("CreateTable", "{\"TableName\":\"raw\",\"BillingMode\":\"PAY_PER_REQUEST\","
                    + "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}],"
                    + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}]}"));
            Bench.Op put = (t, i) -> clients[t].call(ddbCall("PutItem", "{\"TableName\":\"raw\",\"Item\":{\"pk\":{\"S\":\"k"
                    + t + "-" + (i % 1000) + "\"},\"payload\":{\"S\":\"" + PAYLOAD + "\"}}}"));
            Bench.Op get = (t, i) -> clients[t].call(ddbCall("GetItem", "{\"TableName\":\"raw\",\"Key\":{\"pk\":{\"S\":\"k"
                    + t + "-" + (i % 1000) + "\"}}}"));
            Bench.run("dynamodb-raw-putitem-warmup", threads, 5, 1_000_000, put);
            Bench.run("dynamodb-raw-putitem", threads, 10, 10_000_000, put);
            Bench.run("dynamodb-raw-getitem", threads, 10, 10_000_000, get);
            for (KeepAliveClient c : clients) {
                c.close();
            }
        }
    }

    private static byte[] ddbCall(String action, String json) {
        return KeepAliveClient.post("/", json, "Content-Type", "application/x-amz-json-1.0",
                "X-Amz-Target", "DynamoDB_20120810." + action);
    }

    private static void put(DynamoDbClient ddb, String table, int thread, long i) {
        ddb.putItem(r -> r.tableName(table).item(Map.of("pk", AttributeValue.fromS("t" + thread),
                "sk", AttributeValue.fromN(Long.toString(i % 1000)), "payload", AttributeValue.fromS(PAYLOAD))));
    }

    /** CPU time (user + system) the server process used so far, in microseconds (Linux /proc, 100 Hz ticks). */
    private static long cpuMicros(long pid) throws Exception {
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000;
    }

    /** Reports the server CPU time per call since {@code since}, which the machine's load does not inflate. */
    private static long serverCpu(String name, long pid, long since, long calls) throws Exception {
        long now = cpuMicros(pid);
        Bench.report(name + "-server-cpu", String.format("server_cpu_us_per_op=%.0f projected_ops_per_s_on_2_cores=%.0f",
                (now - since) / (double) calls, 2e6 * calls / Math.max(1, now - since)));
        return now;
    }

    /** Asks the server JVM for a full GC so that RSS figures reflect live data (best effort). */
    private static void gc(long pid) throws Exception {
        Process p = new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor(30, TimeUnit.SECONDS);
    }
}
