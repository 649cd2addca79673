package io.cloudmock.itests.dynamodb;

import static io.cloudmock.itests.dynamodb.Ddb.key;
import static io.cloudmock.itests.dynamodb.Ddb.n;
import static io.cloudmock.itests.dynamodb.Ddb.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudmock.itests.AwsClients;
import io.cloudmock.itests.CloudMockProcess;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** DynamoDB Streams through the SDK's streams client: records per view type, iterators, paging. */
class DynamoDbStreamsTest {

    private String tableWithStream(DynamoDbClient ddb, StreamViewType view) {
        String name = Ddb.uniqueName("stream");
        ddb.createTable(r -> r.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(view)));
        return name;
    }

    private List<Record> readAll(DynamoDbStreamsClient streams, String streamArn) {
        var shard = streams.describeStream(r -> r.streamArn(streamArn)).streamDescription().shards().get(0);
        String it = streams.getShardIterator(r -> r.streamArn(streamArn).shardId(shard.shardId())
                .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        var first = streams.getRecords(r -> r.shardIterator(it).limit(2));
        assertEquals(2, first.records().size());
        var rest = streams.getRecords(r -> r.shardIterator(first.nextShardIterator()));
        List<Record> all = new java.util.ArrayList<>(first.records());
        all.addAll(rest.records());
        assertNotNull(rest.nextShardIterator(), "an open shard always has a next iterator");
        assertTrue(streams.getRecords(r -> r.shardIterator(rest.nextShardIterator())).records().isEmpty());
        return all;
    }

    @Test
    void insertModifyRemoveWithBothImages() {
        try (DynamoDbClient ddb = Ddb.client();
             DynamoDbStreamsClient streams = AwsClients.create(DynamoDbStreamsClient.builder(),
                     CloudMockProcess.shared().endpoint())) {
            String table = tableWithStream(ddb, StreamViewType.NEW_AND_OLD_IMAGES);
            ddb.putItem(r -> r.tableName(table).item(Map.of("pk", s("a"), "v", n("1"))));
            ddb.updateItem(r -> r.tableName(table).key(key("a")).updateExpression("SET v = :v")
                    .expressionAttributeValues(Map.of(":v", n("2"))));
            ddb.putItem(r -> r.tableName(table).item(Map.of("pk", s("a"), "v", n("2"))));
            ddb.deleteItem(r -> r.tableName(table).key(key("a")));
            String arn = ddb.describeTable(r -> r.tableName(table)).table().latestStreamArn();
            assertTrue(streams.listStreams(r -> r.tableName(table)).streams().stream()
                    .anyMatch(st -> st.streamArn().equals(arn)));
            var desc = streams.describeStream(r -> r.streamArn(arn)).streamDescription();
            assertEquals(StreamViewType.NEW_AND_OLD_IMAGES, desc.streamViewType());
            assertEquals(table, desc.tableName());
            List<Record> records = readAll(streams, arn);
            assertEquals(List.of(OperationType.INSERT, OperationType.MODIFY, OperationType.REMOVE),
                    records.stream().map(Record::eventName).toList(), "a write that changes nothing has no record");
            var modify = records.get(1).dynamodb();
            assertEquals("1", modify.oldImage().get("v").n());
            assertEquals("2", modify.newImage().get("v").n());
            assertEquals("a", modify.keys().get("pk").s());
            assertFalse(records.get(0).dynamodb().hasOldImage());
            assertTrue(records.get(2).dynamodb().hasOldImage());
            assertTrue(records.get(0).dynamodb().sequenceNumber().compareTo(modify.sequenceNumber()) < 0);
            String after = streams.getShardIterator(r -> r.streamArn(arn).shardId(desc.shards().get(0).shardId())
                    .shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER)
                    .sequenceNumber(modify.sequenceNumber())).shardIterator();
            assertEquals(OperationType.REMOVE, streams.getRecords(r -> r.shardIterator(after)).records().get(0)
                    .eventName());
        }
    }

    @Test
    void keysOnlyViewCarriesNoImages() {
        try (DynamoDbClient ddb = Ddb.client();
             DynamoDbStreamsClient streams = AwsClients.create(DynamoDbStreamsClient.builder(),
                     CloudMockProcess.shared().endpoint())) {
            String table = tableWithStream(ddb, StreamViewType.KEYS_ONLY);
            ddb.putItem(r -> r.tableName(table).item(Map.of("pk", s("k1"), "v", n("1"))));
            ddb.putItem(r -> r.tableName(table).item(Map.of("pk", s("k2"), "v", n("1"))));
            String arn = ddb.describeTable(r -> r.tableName(table)).table().latestStreamArn();
            for (Record r : readAll(streams, arn)) {
                assertFalse(r.dynamodb().hasNewImage());
                assertFalse(r.dynamodb().hasOldImage());
                assertTrue(r.dynamodb().keys().containsKey("pk"));
            }
        }
    }
}
