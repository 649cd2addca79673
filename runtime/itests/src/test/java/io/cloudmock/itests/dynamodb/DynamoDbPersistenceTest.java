package io.cloudmock.itests.dynamodb;

import static io.cloudmock.itests.dynamodb.Ddb.key;
import static io.cloudmock.itests.dynamodb.Ddb.n;
import static io.cloudmock.itests.dynamodb.Ddb.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudmock.itests.AwsClients;
import io.cloudmock.itests.CloudMockProcess;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** With --data-dir, tables, indexes, settings and items survive a restart; deletes stay deleted. */
class DynamoDbPersistenceTest {

    @Test
    void tablesAndItemsSurviveARestart() throws Exception {
        Path dir = Files.createTempDirectory("cloudmock-ddb-");
        try (CloudMockProcess cm = CloudMockProcess.start(List.of("--data-dir", dir.toString()));
             DynamoDbClient ddb = AwsClients.create(DynamoDbClient.builder(), cm.endpoint())) {
            ddb.createTable(r -> r.tableName("kept").billingMode("PAY_PER_REQUEST")
                    .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                            a -> a.attributeName("g").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                    .globalSecondaryIndexes(i -> i.indexName("byG").keySchema(k -> k.attributeName("g")
                            .keyType(KeyType.HASH)).projection(p -> p.projectionType(ProjectionType.ALL))));
            for (int i = 0; i < 50; i++) {
                int id = i;
                ddb.putItem(r -> r.tableName("kept").item(Map.of("pk", s("k" + id), "g", s("grp"), "v", n("" + id))));
            }
            ddb.updateItem(r -> r.tableName("kept").key(key("k1")).updateExpression("SET v = :v")
                    .expressionAttributeValues(Map.of(":v", n("1001"))));
            ddb.deleteItem(r -> r.tableName("kept").key(key("k2")));
            ddb.tagResource(r -> r.resourceArn(ddb.describeTable(d -> d.tableName("kept")).table().tableArn())
                    .tags(t -> t.key("team").value("core")));
            ddb.createTable(r -> r.tableName("dropped").billingMode("PAY_PER_REQUEST")
                    .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)));
            ddb.deleteTable(r -> r.tableName("dropped"));
        }
        try (CloudMockProcess cm = CloudMockProcess.start(List.of("--data-dir", dir.toString()));
             DynamoDbClient ddb = AwsClients.create(DynamoDbClient.builder(), cm.endpoint())) {
            assertEquals(List.of("kept"), ddb.listTables().tableNames());
            var table = ddb.describeTable(r -> r.tableName("kept")).table();
            assertEquals(49L, table.itemCount());
            assertEquals("byG", table.globalSecondaryIndexes().get(0).indexName());
            assertEquals("1001", ddb.getItem(r -> r.tableName("kept").key(key("k1"))).item().get("v").n());
            assertFalse(ddb.getItem(r -> r.tableName("kept").key(key("k2"))).hasItem());
            assertEquals(49, ddb.query(r -> r.tableName("kept").indexName("byG").keyConditionExpression("g = :g")
                    .expressionAttributeValues(Map.of(":g", s("grp")))).count());
            assertEquals("core", ddb.listTagsOfResource(r -> r.resourceArn(table.tableArn())).tags().get(0).value());
        }
    }
}
