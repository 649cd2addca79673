package io.cloudmock.itests.dynamodb;

import static io.cloudmock.itests.dynamodb.Ddb.key;
import static io.cloudmock.itests.dynamodb.Ddb.n;
import static io.cloudmock.itests.dynamodb.Ddb.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DuplicateItemException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Batches, transactions, PartiQL, and atomic conditional writes under concurrency. */
class DynamoDbTransactionsTest {

    private static DynamoDbClient ddb;
    private static String table;

    @BeforeAll
    static void setUp() {
        ddb = Ddb.client();
        table = Ddb.table(ddb, "tx", null);
    }

    @AfterAll
    static void tearDown() {
        ddb.close();
    }

    @Test
    void batchWriteAndGet() {
        List<WriteRequest> writes = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            writes.add(WriteRequest.builder().putRequest(p -> p.item(Map.of("pk", s("b" + writes.size()),
                    "v", n("1")))).build());
        }
        var w = ddb.batchWriteItem(r -> r.requestItems(Map.of(table, writes)));
        assertTrue(w.unprocessedItems().isEmpty());
        var keys = new ArrayList<Map<String, AttributeValue>>();
        for (int i = 0; i < 30; i++) {
            keys.add(key("b" + i));
        }
        var got = ddb.batchGetItem(r -> r.requestItems(Map.of(table, KeysAndAttributes.builder().keys(keys)
                .projectionExpression("pk").build())));
        assertEquals(25, got.responses().get(table).size());
        assertEquals(1, got.responses().get(table).get(0).size());
        assertTrue(got.unprocessedKeys().isEmpty());
        ddb.batchWriteItem(r -> r.requestItems(Map.of(table, List.of(WriteRequest.builder()
                .deleteRequest(d -> d.key(key("b0"))).build()))));
        assertFalse(ddb.getItem(r -> r.tableName(table).key(key("b0"))).hasItem());
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> ddb.batchWriteItem(r -> r.requestItems(
                Map.of(table, List.of(WriteRequest.builder().putRequest(p -> p.item(key("d"))).build(),
                        WriteRequest.builder().deleteRequest(d -> d.key(key("d"))).build())))));
        assertEquals("Provided list of item keys contains duplicates", e.awsErrorDetails().errorMessage());
    }

    @Test
    void transactionIsAllOrNothingWithReasons() {
        ddb.putItem(r -> r.tableName(table).item(Map.of("pk", s("acct-a"), "balance", n("100"))));
        ddb.putItem(r -> r.tableName(table).item(Map.of("pk", s("acct-b"), "balance", n("5"))));
        ddb.putItem(r -> r.tableName(table).item(Map.of("pk", s("acct-c"), "balance", n("5"))));
        TransactionCanceledException e = assertThrows(TransactionCanceledException.class,
                () -> ddb.transactWriteItems(r -> r.transactItems(with(
                        transfer("acct-a", "acct-b", "50"),
                        TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(key("acct-c"))
                                .conditionExpression("balance > :min")
                                .expressionAttributeValues(Map.of(":min", n("10")))
                                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
                                .build()))));
        assertTrue(e.awsErrorDetails().errorMessage().contains("[None, None, ConditionalCheckFailed]"),
                e.awsErrorDetails().errorMessage());
        assertEquals(3, e.cancellationReasons().size());
        assertEquals("None", e.cancellationReasons().get(0).code());
        assertEquals("ConditionalCheckFailed", e.cancellationReasons().get(2).code());
        assertEquals("5", e.cancellationReasons().get(2).item().get("balance").n());
        assertEquals("100", ddb.getItem(r -> r.tableName(table).key(key("acct-a"))).item().get("balance").n(),
                "nothing was applied");

        ddb.transactWriteItems(r -> r.transactItems(with(transfer("acct-a", "acct-b", "30"),
                TransactWriteItem.builder().put(p -> p.tableName(table).item(Map.of("pk", s("log-1"))))
                        .build())).clientRequestToken("token-1"));
        ddb.transactWriteItems(r -> r.transactItems(with(transfer("acct-a", "acct-b", "30"),
                TransactWriteItem.builder().put(p -> p.tableName(table).item(Map.of("pk", s("log-1"))))
                        .build())).clientRequestToken("token-1"));
        assertEquals("70", ddb.getItem(r -> r.tableName(table).key(key("acct-a"))).item().get("balance").n(),
                "a repeated token is applied once");
        assertThrows(IdempotentParameterMismatchException.class, () -> ddb.transactWriteItems(r -> r
                .transactItems(transfer("acct-a", "acct-b", "1")).clientRequestToken("token-1")));
        var got = ddb.transactGetItems(r -> r.transactItems(t -> t.get(g -> g.tableName(table).key(key("acct-a"))),
                t -> t.get(g -> g.tableName(table).key(key("nobody")))));
        assertEquals("70", got.responses().get(0).item().get("balance").n());
        assertFalse(got.responses().get(1).hasItem());
        DynamoDbException dup = assertThrows(DynamoDbException.class, () -> ddb.transactWriteItems(r -> r
                .transactItems(transfer("acct-a", "acct-a", "1"))));
        assertEquals("Transaction request cannot include multiple operations on one item",
                dup.awsErrorDetails().errorMessage());
    }

    private static List<TransactWriteItem> with(TransactWriteItem[] first, TransactWriteItem more) {
        List<TransactWriteItem> all = new ArrayList<>(List.of(first));
        all.add(more);
        return all;
    }

    private static TransactWriteItem[] transfer(String from, String to, String amount) {
        return new TransactWriteItem[] {
            TransactWriteItem.builder().update(u -> u.tableName(table).key(key(from))
                    .updateExpression("SET balance = balance - :a").conditionExpression("balance >= :a")
                    .expressionAttributeValues(Map.of(":a", n(amount)))).build(),
            TransactWriteItem.builder().update(u -> u.tableName(table).key(key(to))
                    .updateExpression("SET balance = balance + :a")
                    .expressionAttributeValues(Map.of(":a", n(amount)))).build()};
    }

    @Test
    void concurrentConditionalIncrementsEndWithTheExactCount() throws Exception {
        ddb.putItem(r -> r.tableName(table).item(Map.of("pk", s("counter"), "n", n("0"))));
        int threads = 8;
        int perThread = 30;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                int retries = 0;
                try (DynamoDbClient c = Ddb.client()) {
                    for (int i = 0; i < perThread; i++) {
                        while (true) {
                            String cur = c.getItem(r -> r.tableName(table).key(key("counter")).consistentRead(true))
                                    .item().get("n").n();
                            String next = Long.toString(Long.parseLong(cur) + 1);
                            try {
                                c.updateItem(r -> r.tableName(table).key(key("counter"))
                                        .updateExpression("SET n = :next").conditionExpression("n = :cur")
                                        .expressionAttributeValues(Map.of(":next", n(next), ":cur", n(cur))));
                                break;
                            } catch (ConditionalCheckFailedException lost) {
                                retries++;
                            }
                        }
                    }
                }
                return retries;
            }));
        }
        for (Future<Integer> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertEquals(String.valueOf(threads * perThread),
                ddb.getItem(r -> r.tableName(table).key(key("counter"))).item().get("n").n());
    }

    @Test
    void partiqlTransactionsAreAllOrNothing() {
        String t = "\"" + table + "\"";
        ddb.executeTransaction(r -> r.transactStatements(
                st -> st.statement("INSERT INTO " + t + " VALUE {'pk': 'px1', 'n': 1}"),
                st -> st.statement("INSERT INTO " + t + " VALUE {'pk': 'px2', 'n': 2}")));
        TransactionCanceledException e = assertThrows(TransactionCanceledException.class,
                () -> ddb.executeTransaction(r -> r.transactStatements(
                        st -> st.statement("UPDATE " + t + " SET n = 10 WHERE pk = 'px1'"),
                        st -> st.statement("INSERT INTO " + t + " VALUE {'pk': 'px2'}"))));
        assertEquals(List.of("None", "DuplicateItem"),
                e.cancellationReasons().stream().map(c -> c.code()).toList());
        var read = ddb.executeTransaction(r -> r.transactStatements(
                st -> st.statement("SELECT * FROM " + t + " WHERE pk = ?").parameters(s("px1")),
                st -> st.statement("SELECT * FROM " + t + " WHERE pk = 'nobody'")));
        assertEquals("1", read.responses().get(0).item().get("n").n(), "the cancelled update was not applied");
        assertFalse(read.responses().get(1).hasItem());
    }

    @Test
    void partiqlSelectInsertUpdateDelete() {
        ddb.executeStatement(r -> r.statement("INSERT INTO \"" + table + "\" VALUE {'pk': 'q1', 'n': 1, "
                + "'tags': <<'a', 'b'>>, 'm': {'k': [1, 'two', true, null]}}"));
        assertThrows(DuplicateItemException.class, () -> ddb.executeStatement(r -> r.statement(
                "INSERT INTO \"" + table + "\" VALUE {'pk': 'q1'}")));
        ddb.executeStatement(r -> r.statement("UPDATE \"" + table + "\" SET n = n + 5 SET extra = ? "
                + "WHERE pk = 'q1'").parameters(s("x")));
        var sel = ddb.executeStatement(r -> r.statement("SELECT pk, n, extra FROM \"" + table
                + "\" WHERE pk = ? AND n >= 6").parameters(s("q1")));
        assertEquals(1, sel.items().size());
        assertEquals(Map.of("pk", s("q1"), "n", n("6"), "extra", s("x")), sel.items().get(0));
        assertThrows(ConditionalCheckFailedException.class, () -> ddb.executeStatement(r -> r.statement(
                "UPDATE \"" + table + "\" SET n = 0 WHERE pk = 'q1' AND n = 99")));
        ddb.executeStatement(r -> r.statement("DELETE FROM \"" + table + "\" WHERE pk = 'q1'"));
        assertFalse(ddb.getItem(r -> r.tableName(table).key(key("q1"))).hasItem());
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> ddb.executeStatement(r -> r.statement(
                "SELEKT * FROM x")));
        assertEquals("ValidationException", e.awsErrorDetails().errorCode());
        e = assertThrows(DynamoDbException.class, () -> ddb.executeStatement(r -> r.statement("SELECT * FROM")));
        assertEquals("Statement wasn't well formed, can't be processed: unexpected end of statement",
                e.awsErrorDetails().errorMessage());
    }
}
