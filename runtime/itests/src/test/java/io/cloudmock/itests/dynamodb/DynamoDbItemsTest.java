package io.cloudmock.itests.dynamodb;

import static io.cloudmock.itests.dynamodb.Ddb.b;
import static io.cloudmock.itests.dynamodb.Ddb.key;
import static io.cloudmock.itests.dynamodb.Ddb.n;
import static io.cloudmock.itests.dynamodb.Ddb.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeAction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/** PutItem, GetItem, UpdateItem, DeleteItem and the expression language through the SDK's low-level client. */
class DynamoDbItemsTest {

    private static DynamoDbClient ddb;
    private static String table;

    @BeforeAll
    static void setUp() {
        ddb = Ddb.client();
        table = Ddb.table(ddb, "items", null);
    }

    @AfterAll
    static void tearDown() {
        ddb.close();
    }

    @Test
    void putGetWithProjectionAndCanonicalNumbers() {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", s("p1"));
        item.put("price", n("012.50"));
        item.put("bin", b(1, 2, 3));
        item.put("tags", AttributeValue.fromSs(List.of("a", "b")));
        item.put("doc", AttributeValue.fromM(Map.of("list", AttributeValue.fromL(List.of(n("1"), s("two"))))));
        ddb.putItem(r -> r.tableName(table).item(item));
        var got = ddb.getItem(r -> r.tableName(table).key(key("p1")).consistentRead(true)).item();
        assertEquals("12.5", got.get("price").n());
        assertEquals(3, got.get("bin").b().asByteArray().length);
        var projected = ddb.getItem(r -> r.tableName(table).key(key("p1"))
                .projectionExpression("#d.#l[1], price").expressionAttributeNames(Map.of("#d", "doc", "#l", "list")))
                .item();
        assertEquals(2, projected.size());
        assertEquals("two", projected.get("doc").m().get("list").l().get(0).s());
        assertFalse(ddb.getItem(r -> r.tableName(table).key(key("absent"))).hasItem());
    }

    @Test
    void conditionalPutFailsWithOldItemWhenAsked() {
        ddb.putItem(r -> r.tableName(table).item(Map.of("pk", s("c1"), "v", n("1"))));
        ConditionalCheckFailedException e = assertThrows(ConditionalCheckFailedException.class,
                () -> ddb.putItem(r -> r.tableName(table).item(Map.of("pk", s("c1"), "v", n("2")))
                        .conditionExpression("attribute_not_exists(pk)")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));
        assertEquals("The conditional request failed", e.awsErrorDetails().errorMessage());
        assertEquals("1", e.item().get("v").n());
        assertEquals(400, e.statusCode());
    }

    @Test
    void updateExpressionsWithEveryReturnValuesVariant() {
        ddb.putItem(r -> r.tableName(table).item(Map.of("pk", s("u1"), "count", n("5"), "s", s("x"),
                "nums", AttributeValue.fromNs(List.of("1", "2")), "olds", AttributeValue.fromNs(List.of("1", "2")), "l", AttributeValue.fromL(List.of(s("a"))))));
        var upd = ddb.updateItem(r -> r.tableName(table).key(key("u1"))
                .updateExpression("SET #c = #c + :inc, l = list_append(l, :more), created = if_not_exists(created, :now) "
                        + "ADD nums :three DELETE olds :one REMOVE s")
                .expressionAttributeNames(Map.of("#c", "count"))
                .expressionAttributeValues(Map.of(":inc", n("0.1"), ":more", AttributeValue.fromL(List.of(s("b"))),
                        ":now", n("100"), ":three", AttributeValue.fromNs(List.of("3")),
                        ":one", AttributeValue.fromNs(List.of("1"))))
                .returnValues(ReturnValue.UPDATED_NEW));
        var a = upd.attributes();
        assertEquals("5.1", a.get("count").n());
        assertEquals(2, a.get("l").l().size());
        assertEquals("100", a.get("created").n());
        assertEquals(List.of("1", "2", "3"), a.get("nums").ns().stream().sorted().toList());
        assertEquals(List.of("2"), a.get("olds").ns());
        assertFalse(a.containsKey("s"), "UPDATED_NEW lists only updated attributes that still exist");
        var old = ddb.updateItem(r -> r.tableName(table).key(key("u1")).updateExpression("SET #c = :z")
                .expressionAttributeNames(Map.of("#c", "count")).expressionAttributeValues(Map.of(":z", n("0")))
                .returnValues(ReturnValue.UPDATED_OLD)).attributes();
        assertEquals(Map.of("count", n("5.1")), old);
        var allOld = ddb.updateItem(r -> r.tableName(table).key(key("u1")).updateExpression("SET x = :z")
                .expressionAttributeValues(Map.of(":z", n("1"))).returnValues(ReturnValue.ALL_OLD)).attributes();
        assertFalse(allOld.containsKey("x"));
        var allNew = ddb.updateItem(r -> r.tableName(table).key(key("u1")).updateExpression("SET y = :z")
                .expressionAttributeValues(Map.of(":z", n("1"))).returnValues(ReturnValue.ALL_NEW)).attributes();
        assertTrue(allNew.containsKey("x") && allNew.containsKey("y") && allNew.containsKey("pk"));
        var created = ddb.updateItem(r -> r.tableName(table).key(key("u-new")).updateExpression("ADD hits :one")
                .expressionAttributeValues(Map.of(":one", n("1"))).returnValues(ReturnValue.ALL_NEW)).attributes();
        assertEquals(Map.of("pk", s("u-new"), "hits", n("1")), created, "UpdateItem creates a missing item");
    }

    @Test
    void deleteWithConditionReturnsOldAndReportsCapacity() {
        ddb.putItem(r -> r.tableName(table).item(Map.of("pk", s("d1"), "state", s("done"))));
        assertThrows(ConditionalCheckFailedException.class, () -> ddb.deleteItem(r -> r.tableName(table)
                .key(key("d1")).conditionExpression("#s = :open").expressionAttributeNames(Map.of("#s", "state"))
                .expressionAttributeValues(Map.of(":open", s("open")))));
        var del = ddb.deleteItem(r -> r.tableName(table).key(key("d1")).conditionExpression("#s IN (:a, :b)")
                .expressionAttributeNames(Map.of("#s", "state"))
                .expressionAttributeValues(Map.of(":a", s("open"), ":b", s("done")))
                .returnValues(ReturnValue.ALL_OLD).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        assertEquals("done", del.attributes().get("state").s());
        assertNotNull(del.consumedCapacity());
        assertEquals(table, del.consumedCapacity().tableName());
        assertEquals(1.0, del.consumedCapacity().capacityUnits());
    }

    @Test
    void conditionFunctionsAndNestedPaths() {
        ddb.putItem(r -> r.tableName(table).item(Map.of("pk", s("f1"), "name", s("widget-blue"),
                "info", AttributeValue.fromM(Map.of("dims", AttributeValue.fromL(List.of(n("3"), n("4"))))),
                "bin", b(9, 8, 7))));
        ddb.updateItem(r -> r.tableName(table).key(key("f1"))
                .conditionExpression("begins_with(#n, :w) AND contains(#n, :blue) AND size(info.dims) = :two "
                        + "AND info.dims[1] BETWEEN :three AND :five AND attribute_type(bin, :B) AND NOT (#n = :x)")
                .updateExpression("SET info.dims[5] = :six, info.extra = :x")
                .expressionAttributeNames(Map.of("#n", "name"))
                .expressionAttributeValues(Map.of(":w", s("widget"), ":blue", s("blue"), ":two", n("2"),
                        ":three", n("3"), ":five", n("5"), ":B", s("B"), ":x", s("x"), ":six", n("6"))));
        var info = ddb.getItem(r -> r.tableName(table).key(key("f1"))).item().get("info").m();
        assertEquals(3, info.get("dims").l().size(), "an index past the end appends");
        assertEquals("x", info.get("extra").s());
    }

    @Test
    void legacyParametersStillWork() {
        ddb.putItem(r -> r.tableName(table).item(Map.of("pk", s("legacy"), "v", n("1")))
                .expected(Map.of("pk", ExpectedAttributeValue.builder().exists(false).build())));
        assertThrows(ConditionalCheckFailedException.class, () -> ddb.putItem(r -> r.tableName(table)
                .item(Map.of("pk", s("legacy"))).expected(Map.of("pk", ExpectedAttributeValue.builder()
                        .exists(false).build()))));
        var updated = ddb.updateItem(r -> r.tableName(table).key(key("legacy"))
                .attributeUpdates(Map.of("v", AttributeValueUpdate.builder().action(AttributeAction.ADD)
                        .value(n("2")).build(), "w", AttributeValueUpdate.builder().value(s("x")).build()))
                .expected(Map.of("v", ExpectedAttributeValue.builder().comparisonOperator(ComparisonOperator.EQ)
                        .attributeValueList(n("1")).build()))
                .returnValues(ReturnValue.ALL_NEW)).attributes();
        assertEquals("3", updated.get("v").n());
        assertEquals("x", updated.get("w").s());
        var q = ddb.query(r -> r.tableName(table).keyConditions(Map.of("pk", Condition.builder()
                        .comparisonOperator(ComparisonOperator.EQ).attributeValueList(s("legacy")).build()))
                .queryFilter(Map.of("v", Condition.builder().comparisonOperator(ComparisonOperator.GT)
                        .attributeValueList(n("2")).build())));
        assertEquals(1, q.count());
        var scan = ddb.scan(r -> r.tableName(table).scanFilter(Map.of("w", Condition.builder()
                .comparisonOperator(ComparisonOperator.BEGINS_WITH).attributeValueList(s("x")).build())));
        assertEquals(1, scan.count());
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> ddb.putItem(r -> r.tableName(table)
                .item(key("legacy")).conditionExpression("attribute_exists(pk)")
                .expected(Map.of("pk", ExpectedAttributeValue.builder().exists(false).build()))));
        assertEquals("Can not use both expression and non-expression parameters in the same request: "
                + "Non-expression parameters: {Expected} Expression parameters: {ConditionExpression}",
                e.awsErrorDetails().errorMessage());
    }

    @Test
    void validationErrorsCarryAwsMessages() {
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> ddb.getItem(r -> r.tableName(table)
                .key(Map.of("id", s("x")))));
        assertEquals("ValidationException", e.awsErrorDetails().errorCode());
        assertEquals("The provided key element does not match the schema", e.awsErrorDetails().errorMessage());
        e = assertThrows(DynamoDbException.class, () -> ddb.putItem(r -> r.tableName(table)
                .item(Map.of("other", s("x")))));
        assertEquals("One or more parameter values were invalid: Missing the key pk in the item",
                e.awsErrorDetails().errorMessage());
        e = assertThrows(DynamoDbException.class, () -> ddb.putItem(r -> r.tableName(table)
                .item(Map.of("pk", n("1")))));
        assertEquals("One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N",
                e.awsErrorDetails().errorMessage());
        e = assertThrows(DynamoDbException.class, () -> ddb.updateItem(r -> r.tableName(table).key(key("v"))
                .updateExpression("SET a = :a").expressionAttributeValues(Map.of(":a", s("1"), ":b", s("2")))));
        assertEquals("Value provided in ExpressionAttributeValues unused in expressions: keys: {:b}",
                e.awsErrorDetails().errorMessage());
        e = assertThrows(DynamoDbException.class, () -> ddb.updateItem(r -> r.tableName(table).key(key("v"))
                .updateExpression("SET pk = :a").expressionAttributeValues(Map.of(":a", s("1")))));
        assertEquals("One or more parameter values were invalid: Cannot update attribute pk. This attribute is part "
                + "of the key", e.awsErrorDetails().errorMessage());
        e = assertThrows(DynamoDbException.class, () -> ddb.putItem(r -> r.tableName(table)
                .item(Map.of("pk", s("n"), "v", n("123456789012345678901234567890123456789")))));
        assertEquals("Attempting to store more than 38 significant digits in a Number",
                e.awsErrorDetails().errorMessage());
        e = assertThrows(DynamoDbException.class, () -> ddb.putItem(r -> r.tableName(table)
                .item(Map.of("pk", s("n"), "v", AttributeValue.fromSs(List.of("a", "a"))))));
        assertEquals("One or more parameter values were invalid: Input collection [a, a] contains duplicates.",
                e.awsErrorDetails().errorMessage());
        e = assertThrows(DynamoDbException.class, () -> ddb.updateItem(r -> r.tableName(table).key(key("v"))
                .updateExpression("SET a = :a,").expressionAttributeValues(Map.of(":a", s("1")))));
        assertEquals("Invalid UpdateExpression: Syntax error; token: \"<EOF>\", near: \",\"",
                e.awsErrorDetails().errorMessage());
        assertThrows(ResourceNotFoundException.class, () -> ddb.getItem(r -> r.tableName("no-such-table")
                .key(key("x"))));
        e = assertThrows(DynamoDbException.class, () -> ddb.putItem(r -> r.tableName(table)
                .item(Map.of("pk", s("big"), "v", s("x".repeat(400 * 1024))))));
        assertEquals("Item size has exceeded the maximum allowed size", e.awsErrorDetails().errorMessage());
    }
}
