package io.cloudmock.itests.dynamodb;

import static io.cloudmock.itests.dynamodb.Ddb.n;
import static io.cloudmock.itests.dynamodb.Ddb.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** Table lifecycle: create, describe, list, update, delete, tags, TTL, limits and endpoints. */
class DynamoDbTablesTest {

    private static DynamoDbClient ddb;

    @BeforeAll
    static void setUp() {
        ddb = Ddb.client();
    }

    @AfterAll
    static void tearDown() {
        ddb.close();
    }

    @Test
    void createDescribeUpdateDelete() {
        String name = Ddb.uniqueName("life");
        var created = ddb.createTable(r -> r.tableName(name)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(3L))
                .tags(t -> t.key("env").value("test"))).tableDescription();
        assertEquals(TableStatus.ACTIVE, created.tableStatus());
        assertEquals("arn:aws:dynamodb:us-east-1:000000000000:table/" + name, created.tableArn());
        assertEquals(5L, created.provisionedThroughput().readCapacityUnits());
        ddb.waiter().waitUntilTableExists(r -> r.tableName(name));
        ddb.putItem(r -> r.tableName(name).item(Map.of("id", s("1"), "g", s("a"))));
        var described = ddb.describeTable(r -> r.tableName(name)).table();
        assertEquals(1L, described.itemCount());
        assertTrue(described.tableSizeBytes() > 0);
        assertNotNull(described.tableId());

        var updated = ddb.updateTable(r -> r.tableName(name)
                .provisionedThroughput(p -> p.readCapacityUnits(10L).writeCapacityUnits(10L))
                .attributeDefinitions(a -> a.attributeName("g").attributeType(ScalarAttributeType.S))
                .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("byG")
                        .keySchema(k -> k.attributeName("g").keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.ALL))
                        .provisionedThroughput(p -> p.readCapacityUnits(1L).writeCapacityUnits(1L))))
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY)))
                .tableDescription();
        assertEquals(10L, updated.provisionedThroughput().readCapacityUnits());
        assertEquals("byG", updated.globalSecondaryIndexes().get(0).indexName());
        assertNotNull(updated.latestStreamArn());
        var byIndex = ddb.query(r -> r.tableName(name).indexName("byG").keyConditionExpression("g = :g")
                .expressionAttributeValues(Map.of(":g", s("a"))));
        assertEquals(1, byIndex.count(), "a new GSI is backfilled from existing items");
        ddb.updateTable(r -> r.tableName(name).globalSecondaryIndexUpdates(u -> u.delete(d -> d.indexName("byG"))));
        assertFalse(ddb.describeTable(r -> r.tableName(name)).table().hasGlobalSecondaryIndexes());

        var deleted = ddb.deleteTable(r -> r.tableName(name)).tableDescription();
        assertEquals(TableStatus.DELETING, deleted.tableStatus());
        ResourceNotFoundException e = assertThrows(ResourceNotFoundException.class,
                () -> ddb.describeTable(r -> r.tableName(name)));
        assertEquals("Requested resource not found: Table: " + name + " not found", e.awsErrorDetails().errorMessage());
    }

    @Test
    void createErrors() {
        String name = Ddb.table(ddb, "dup", null);
        ResourceInUseException inUse = assertThrows(ResourceInUseException.class, () -> Ddb.client()
                .createTable(r -> r.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))));
        assertEquals("Table already exists: " + name, inUse.awsErrorDetails().errorMessage());
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> ddb.createTable(r -> r.tableName("bad-1")
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))));
        assertEquals("One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both "
                + "be specified when BillingMode is PROVISIONED", e.awsErrorDetails().errorMessage());
        e = assertThrows(DynamoDbException.class, () -> ddb.createTable(r -> r.tableName("bad-2")
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("unused").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))));
        assertEquals("One or more parameter values were invalid: Number of attributes in KeySchema does not exactly "
                + "match number of attributes defined in AttributeDefinitions", e.awsErrorDetails().errorMessage());
        e = assertThrows(DynamoDbException.class, () -> ddb.createTable(r -> r.tableName("bad name!")
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))));
        assertEquals("1 validation error detected: Value 'bad name!' at 'tableName' failed to satisfy constraint: "
                + "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+", e.awsErrorDetails().errorMessage());
    }

    @Test
    void listTablesPaginates() {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(Ddb.table(ddb, "page", null));
        }
        List<String> all = new ArrayList<>();
        ddb.listTablesPaginator(r -> r.limit(2)).tableNames().forEach(all::add);
        assertTrue(all.containsAll(mine));
        assertEquals(all.stream().sorted().toList(), all);
        var first = ddb.listTables(r -> r.limit(1));
        assertEquals(1, first.tableNames().size());
        assertNotNull(first.lastEvaluatedTableName());
    }

    @Test
    void tagsAndTimeToLiveWithExpiry() throws InterruptedException {
        String name = Ddb.table(ddb, "ttl", null);
        String arn = ddb.describeTable(r -> r.tableName(name)).table().tableArn();
        ddb.tagResource(r -> r.resourceArn(arn).tags(t -> t.key("a").value("1"), t -> t.key("b").value("2")));
        ddb.untagResource(r -> r.resourceArn(arn).tagKeys("a"));
        var tags = ddb.listTagsOfResource(r -> r.resourceArn(arn)).tags();
        assertEquals(1, tags.size());
        assertEquals("b", tags.get(0).key());

        assertEquals(TimeToLiveStatus.DISABLED, ddb.describeTimeToLive(r -> r.tableName(name))
                .timeToLiveDescription().timeToLiveStatus());
        ddb.updateTimeToLive(r -> r.tableName(name).timeToLiveSpecification(t -> t.enabled(true)
                .attributeName("expires")));
        var ttl = ddb.describeTimeToLive(r -> r.tableName(name)).timeToLiveDescription();
        assertEquals(TimeToLiveStatus.ENABLED, ttl.timeToLiveStatus());
        assertEquals("expires", ttl.attributeName());
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> ddb.updateTimeToLive(r -> r.tableName(name)
                .timeToLiveSpecification(t -> t.enabled(true).attributeName("expires"))));
        assertEquals("TimeToLive is already enabled", e.awsErrorDetails().errorMessage());
        long past = System.currentTimeMillis() / 1000 - 60;
        long future = System.currentTimeMillis() / 1000 + 3600;
        ddb.putItem(r -> r.tableName(name).item(Map.of("pk", s("old"), "expires", n("" + past))));
        ddb.putItem(r -> r.tableName(name).item(Map.of("pk", s("new"), "expires", n("" + future))));
        for (int i = 0; i < 60 && ddb.getItem(r -> r.tableName(name).key(Ddb.key("old"))).hasItem(); i++) {
            Thread.sleep(500);
        }
        assertFalse(ddb.getItem(r -> r.tableName(name).key(Ddb.key("old"))).hasItem(), "expired item is deleted");
        assertTrue(ddb.getItem(r -> r.tableName(name).key(Ddb.key("new"))).hasItem());
    }

    @Test
    void limitsAndEndpoints() {
        var limits = ddb.describeLimits(r -> { });
        assertEquals(40000L, limits.tableMaxReadCapacityUnits());
        var endpoints = ddb.describeEndpoints(r -> { }).endpoints();
        assertEquals(1, endpoints.size());
        assertEquals(1440L, endpoints.get(0).cachePeriodInMinutes());
    }
}
