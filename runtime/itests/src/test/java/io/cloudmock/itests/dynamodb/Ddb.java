package io.cloudmock.itests.dynamodb;

import java.util.Map;
import java.util.UUID;

import io.cloudmock.itests.AwsClients;
import io.cloudmock.itests.CloudMockProcess;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Shared helpers for the DynamoDB SDK tests: clients, unique table names, attribute value shorthands. */
final class Ddb {

    private Ddb() {
    }

    static DynamoDbClient client() {
        return AwsClients.create(DynamoDbClient.builder(), CloudMockProcess.shared().endpoint());
    }

    static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A pay-per-request table with a string partition key {@code pk} and, if given, a sort key {@code sk}. */
    static String table(DynamoDbClient ddb, String prefix, ScalarAttributeType sortType) {
        String name = uniqueName(prefix);
        CreateTableRequest.Builder b = CreateTableRequest.builder().tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST);
        if (sortType == null) {
            b.attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH));
        } else {
            b.attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                            a -> a.attributeName("sk").attributeType(sortType))
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                            k -> k.attributeName("sk").keyType(KeyType.RANGE));
        }
        ddb.createTable(b.build());
        return name;
    }

    static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    static AttributeValue n(String v) {
        return AttributeValue.fromN(v);
    }

    static AttributeValue b(int... v) {
        byte[] bytes = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            bytes[i] = (byte) v[i];
        }
        return AttributeValue.fromB(SdkBytes.fromByteArray(bytes));
    }

    static Map<String, AttributeValue> key(String pk) {
        return Map.of("pk", s(pk));
    }

    static Map<String, AttributeValue> key(String pk, AttributeValue sk) {
        return Map.of("pk", s(pk), "sk", sk);
    }
}
