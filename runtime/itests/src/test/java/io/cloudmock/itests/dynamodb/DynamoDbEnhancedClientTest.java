package io.cloudmock.itests.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.extensions.annotations.DynamoDbVersionAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;
import software.amazon.awssdk.enhanced.dynamodb.model.EnhancedGlobalSecondaryIndex;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactWriteItemsEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.WriteBatch;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/** The Enhanced Client of the AWS SDK for Java v2: bean tables, versioning, queries, indexes, batches, transactions. */
class DynamoDbEnhancedClientTest {

    /** A mapped bean with a composite key, a GSI and an optimistic-locking version. */
    @DynamoDbBean
    public static class Order {
        private String customer;
        private String orderId;
        private String status;
        private Long total;
        private Long version;
        private List<String> lines;

        @DynamoDbPartitionKey
        public String getCustomer() {
            return customer;
        }

        public void setCustomer(String customer) {
            this.customer = customer;
        }

        @DynamoDbSortKey
        public String getOrderId() {
            return orderId;
        }

        public void setOrderId(String orderId) {
            this.orderId = orderId;
        }

        @DynamoDbSecondaryPartitionKey(indexNames = "byStatus")
        public String getStatus() {
            return status;
        }

        public void setStatus(String status) {
            this.status = status;
        }

        public Long getTotal() {
            return total;
        }

        public void setTotal(Long total) {
            this.total = total;
        }

        @DynamoDbVersionAttribute
        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public List<String> getLines() {
            return lines;
        }

        public void setLines(List<String> lines) {
            this.lines = lines;
        }
    }

    private static Order order(String customer, String id, String status, long total) {
        Order o = new Order();
        o.setCustomer(customer);
        o.setOrderId(id);
        o.setStatus(status);
        o.setTotal(total);
        o.setLines(List.of("line-" + id));
        return o;
    }

    @Test
    void beanTableLifecycle() {
        try (DynamoDbClient low = Ddb.client()) {
            DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(low).build();
            DynamoDbTable<Order> orders = enhanced.table(Ddb.uniqueName("orders"), TableSchema.fromBean(Order.class));
            orders.createTable(b -> b.globalSecondaryIndices(EnhancedGlobalSecondaryIndex.builder()
                    .indexName("byStatus").projection(p -> p.projectionType(ProjectionType.ALL)).build()));
            low.waiter().waitUntilTableExists(r -> r.tableName(orders.tableName()));

            orders.putItem(order("ann", "o1", "OPEN", 10));
            orders.putItem(order("ann", "o2", "SHIPPED", 25));
            orders.putItem(order("ann", "o3", "OPEN", 40));
            orders.putItem(order("ben", "o1", "OPEN", 5));

            Order got = orders.getItem(Key.builder().partitionValue("ann").sortValue("o2").build());
            assertEquals(25L, got.getTotal());
            assertEquals(1L, got.getVersion());
            assertEquals(List.of("line-o2"), got.getLines());

            got.setTotal(30L);
            Order updated = orders.updateItem(got);
            assertEquals(2L, updated.getVersion());
            Order stale = order("ann", "o2", "SHIPPED", 99);
            stale.setVersion(1L);
            assertThrows(ConditionalCheckFailedException.class, () -> orders.putItem(stale));

            var ann = orders.query(QueryConditional.keyEqualTo(k -> k.partitionValue("ann"))).items().stream()
                    .map(Order::getOrderId).toList();
            assertEquals(List.of("o1", "o2", "o3"), ann);
            var big = orders.query(r -> r.queryConditional(QueryConditional.sortGreaterThan(
                            k -> k.partitionValue("ann").sortValue("o1")))
                    .filterExpression(Expression.builder().expression("#t > :min")
                            .expressionNames(Map.of("#t", "total"))
                            .expressionValues(Map.of(":min", AttributeValue.fromN("35"))).build()))
                    .items().stream().map(Order::getOrderId).toList();
            assertEquals(List.of("o3"), big);
            var open = orders.index("byStatus").query(QueryConditional.keyEqualTo(k -> k.partitionValue("OPEN")))
                    .stream().mapToLong(p -> p.items().size()).sum();
            assertEquals(3, open);
            assertEquals(4, orders.scan().items().stream().count());

            orders.putItem(order("cid", "o9", "OPEN", 1));
            enhanced.batchWriteItem(b -> b.writeBatches(WriteBatch.builder(Order.class).mappedTableResource(orders)
                    .addDeleteItem(Key.builder().partitionValue("ben").sortValue("o1").build()).build()));
            assertNull(orders.getItem(Key.builder().partitionValue("ben").sortValue("o1").build()));

            Order o3 = orders.getItem(Key.builder().partitionValue("ann").sortValue("o3").build());
            o3.setStatus("SHIPPED");
            enhanced.transactWriteItems(TransactWriteItemsEnhancedRequest.builder()
                    .addUpdateItem(orders, o3)
                    .addDeleteItem(orders, Key.builder().partitionValue("cid").sortValue("o9").build()).build());
            assertEquals("SHIPPED", orders.getItem(Key.builder().partitionValue("ann").sortValue("o3").build())
                    .getStatus());
            assertNull(orders.getItem(Key.builder().partitionValue("cid").sortValue("o9").build()));

            Order deleted = orders.deleteItem(Key.builder().partitionValue("ann").sortValue("o1").build());
            assertEquals(10L, deleted.getTotal());
            orders.deleteTable();
        }
    }
}
