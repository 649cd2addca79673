package io.cloudmock.itests.dynamodb;

import static io.cloudmock.itests.dynamodb.Ddb.n;
import static io.cloudmock.itests.dynamodb.Ddb.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;

/** Query and Scan on a table with a GSI (KEYS_ONLY) and an LSI (INCLUDE), paging and parallel scans. */
class DynamoDbQueryScanTest {

    private static DynamoDbClient ddb;
    private static String table;

    @BeforeAll
    static void setUp() {
        ddb = Ddb.client();
        table = Ddb.uniqueName("orders");
        ddb.createTable(r -> r.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.N),
                        a -> a.attributeName("grp").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("amount").attributeType(ScalarAttributeType.N))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                        k -> k.attributeName("sk").keyType(KeyType.RANGE))
                .globalSecondaryIndexes(g -> g.indexName("byGroup")
                        .keySchema(k -> k.attributeName("grp").keyType(KeyType.HASH),
                                k -> k.attributeName("amount").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)))
                .localSecondaryIndexes(l -> l.indexName("byAmount")
                        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                                k -> k.attributeName("amount").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.INCLUDE).nonKeyAttributes("note"))));
        for (int i = 1; i <= 30; i++) {
            int id = i;
            ddb.putItem(r -> r.tableName(table).item(Map.of("pk", s(id <= 20 ? "alice" : "bob"), "sk", n("" + id),
                    "grp", s(id % 2 == 0 ? "even" : "odd"), "amount", n("" + (100 - id)), "note", s("n" + id),
                    "extra", s("e" + id))));
        }
        ddb.putItem(r -> r.tableName(table).item(Map.of("pk", s("carol"), "sk", n("1"), "note", s("no index keys"))));
    }

    @AfterAll
    static void tearDown() {
        ddb.close();
    }

    private static QueryResponse query(String kce, Map<String, AttributeValue> values) {
        return ddb.query(r -> r.tableName(table).keyConditionExpression(kce).expressionAttributeValues(values));
    }

    @Test
    void keyConditionOperators() {
        assertEquals(20, query("pk = :p", Map.of(":p", s("alice"))).count());
        assertEquals(1, query("pk = :p AND sk = :v", Map.of(":p", s("alice"), ":v", n("5"))).count());
        assertEquals(4, query("pk = :p AND sk < :v", Map.of(":p", s("alice"), ":v", n("5"))).count());
        assertEquals(5, query("pk = :p AND sk <= :v", Map.of(":p", s("alice"), ":v", n("5"))).count());
        assertEquals(15, query("pk = :p AND sk > :v", Map.of(":p", s("alice"), ":v", n("5"))).count());
        assertEquals(16, query("pk = :p AND sk >= :v", Map.of(":p", s("alice"), ":v", n("5"))).count());
        assertEquals(6, query("pk = :p AND sk BETWEEN :a AND :b", Map.of(":p", s("alice"), ":a", n("10"),
                ":b", n("15"))).count());
        var items = query("pk = :p", Map.of(":p", s("alice"))).items();
        assertEquals("1", items.get(0).get("sk").n(), "numbers sort numerically, not as text");
        assertEquals("20", items.get(19).get("sk").n());
        var desc = ddb.query(r -> r.tableName(table).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("alice"))).scanIndexForward(false).limit(3));
        assertEquals(List.of("20", "19", "18"), desc.items().stream().map(i -> i.get("sk").n()).toList());
    }

    @Test
    void beginsWithOnAStringSortKey() {
        String t = Ddb.table(ddb, "events", ScalarAttributeType.S);
        for (String sk : List.of("2024-01-05", "2024-02-01", "2024-02-17", "2025-02-01")) {
            ddb.putItem(r -> r.tableName(t).item(Map.of("pk", s("x"), "sk", s(sk))));
        }
        var r = ddb.query(q -> q.tableName(t).keyConditionExpression("pk = :p AND begins_with(sk, :m)")
                .expressionAttributeValues(Map.of(":p", s("x"), ":m", s("2024-02"))));
        assertEquals(List.of("2024-02-01", "2024-02-17"), r.items().stream().map(i -> i.get("sk").s()).toList());
    }

    @Test
    void limitPagingFilterAndCount() {
        List<String> seen = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        int pages = 0;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse r = ddb.query(q -> q.tableName(table).keyConditionExpression("pk = :p")
                    .filterExpression("grp = :g").expressionAttributeValues(Map.of(":p", s("alice"), ":g", s("even")))
                    .limit(7).exclusiveStartKey(from));
            assertTrue(r.scannedCount() <= 7);
            r.items().forEach(i -> seen.add(i.get("sk").n()));
            start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
            pages++;
        } while (start != null);
        assertEquals(3, pages);
        assertEquals(10, seen.size());
        QueryResponse count = ddb.query(q -> q.tableName(table).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("bob"))).select(Select.COUNT));
        assertEquals(10, count.count());
        assertFalse(count.hasItems());
    }

    @Test
    void globalAndLocalIndexesWithProjections() {
        var gsi = ddb.query(q -> q.tableName(table).indexName("byGroup").keyConditionExpression("grp = :g AND amount > :a")
                .expressionAttributeValues(Map.of(":g", s("odd"), ":a", n("90"))));
        assertEquals(5, gsi.count());
        assertEquals(Set.of("pk", "sk", "grp", "amount"), gsi.items().get(0).keySet(), "KEYS_ONLY projection");
        assertEquals("91", gsi.items().get(0).get("amount").n(), "sorted by the index sort key");
        var lsi = ddb.query(q -> q.tableName(table).indexName("byAmount").keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("bob"))).limit(4));
        assertEquals(Set.of("pk", "sk", "amount", "note"), lsi.items().get(0).keySet(), "INCLUDE projection");
        assertEquals("70", lsi.items().get(0).get("amount").n());
        assertTrue(lsi.lastEvaluatedKey().containsKey("amount"), "index keys are part of LastEvaluatedKey");
        var next = ddb.query(q -> q.tableName(table).indexName("byAmount").keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("bob"))).exclusiveStartKey(lsi.lastEvaluatedKey()));
        assertEquals(6, next.count());
        var scan = ddb.scan(r -> r.tableName(table).indexName("byGroup"));
        assertEquals(30, scan.count(), "an item without the index keys is not in the sparse index");
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> ddb.query(q -> q.tableName(table)
                .indexName("byGroup").keyConditionExpression("grp = :g").consistentRead(true)
                .expressionAttributeValues(Map.of(":g", s("odd")))));
        assertEquals("Consistent reads are not supported on global secondary indexes",
                e.awsErrorDetails().errorMessage());
    }

    @Test
    void keyConditionErrors() {
        DynamoDbException e = assertThrows(DynamoDbException.class,
                () -> query("sk = :v", Map.of(":v", n("1"))));
        assertEquals("Query condition missed key schema element: pk", e.awsErrorDetails().errorMessage());
        e = assertThrows(DynamoDbException.class, () -> query("pk = :p OR sk = :v",
                Map.of(":p", s("a"), ":v", n("1"))));
        assertEquals("ValidationException", e.awsErrorDetails().errorCode());
        e = assertThrows(DynamoDbException.class, () -> query("pk = :p", Map.of(":p", n("1"))));
        assertEquals("One or more parameter values were invalid: Condition parameter type does not match schema type",
                e.awsErrorDetails().errorMessage());
    }

    @Test
    void parallelScanSegmentsCoverTheTableOnce() {
        Set<String> keys = new HashSet<>();
        int total = 0;
        for (int seg = 0; seg < 3; seg++) {
            int segment = seg;
            var r = ddb.scan(s -> s.tableName(table).segment(segment).totalSegments(3));
            for (var i : r.items()) {
                keys.add(i.get("pk").s() + "/" + i.get("sk").n());
            }
            total += r.count();
        }
        assertEquals(31, total);
        assertEquals(31, keys.size());
        var filtered = ddb.scan(s -> s.tableName(table).filterExpression("attribute_not_exists(grp)"));
        assertEquals(1, filtered.count());
        assertEquals(31, filtered.scannedCount());
    }

    @Test
    void pagesStopAtOneMegabyte() {
        String t = Ddb.table(ddb, "big", ScalarAttributeType.N);
        String blob = "x".repeat(100_000);
        for (int i = 0; i < 15; i++) {
            int id = i;
            ddb.putItem(r -> r.tableName(t).item(Map.of("pk", s("p"), "sk", n("" + id), "payload", s(blob))));
        }
        QueryResponse first = ddb.query(QueryRequest.builder().tableName(t).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("p"))).build());
        assertTrue(first.count() < 15 && first.count() >= 10, "count " + first.count());
        assertTrue(first.hasLastEvaluatedKey());
        QueryResponse rest = ddb.query(QueryRequest.builder().tableName(t).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("p"))).exclusiveStartKey(first.lastEvaluatedKey()).build());
        assertEquals(15, first.count() + rest.count());
        assertNull(rest.hasLastEvaluatedKey() && !rest.lastEvaluatedKey().isEmpty() ? "more" : null);
    }
}
