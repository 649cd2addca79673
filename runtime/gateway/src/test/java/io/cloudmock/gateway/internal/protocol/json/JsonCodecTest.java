package io.cloudmock.gateway.internal.protocol.json;

import static io.cloudmock.gateway.internal.protocol.support.Requests.context;
import static io.cloudmock.gateway.internal.protocol.support.Requests.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.Struct;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.gateway.internal.http.HttpRequestData;
import io.cloudmock.gateway.internal.http.HttpResponseData;
import io.cloudmock.gateway.internal.protocol.support.Models;

/** awsJson against the real SQS (query-compatible) and DynamoDB models. */
class JsonCodecTest {

    private final JsonCodec codec = new JsonCodec();
    private final ServiceModel sqs = Models.of("sqs");
    private final ServiceModel dynamodb = Models.of("dynamodb");

    @Test
    void sendMessageParsesByTargetAndMemberNames() {
        HttpRequestData r = request("POST", "/", "{\"QueueUrl\":\"http://q\",\"MessageBody\":\"hi\","
                + "\"DelaySeconds\":5,\"MessageAttributes\":{\"a\":{\"DataType\":\"String\",\"StringValue\":\"v\"}}}",
                "X-Amz-Target", "AmazonSQS.SendMessage", "Content-Type", "application/x-amz-json-1.0");
        assertEquals("SendMessage", codec.requestedOperation(r, sqs));
        Struct in = codec.parse(r, sqs, sqs.operation("SendMessage"));
        assertEquals(5, in.integer("DelaySeconds"));
        assertEquals("v", in.struct("MessageAttributes").struct("a").string("StringValue"));
    }

    @Test
    void queryCompatibleErrorsCarryTheLegacyCode() {
        HttpResponseData r = codec.serializeError(sqs, null,
                new AwsException("QueueDoesNotExist", "The specified queue does not exist.", 400), "req-1");
        assertEquals("AWS.SimpleQueueService.NonExistentQueue;Sender", r.header("x-amzn-query-error"));
        assertEquals("{\"__type\":\"QueueDoesNotExist\",\"message\":\"The specified queue does not exist.\"}",
                r.bodyText());
        assertEquals("application/x-amz-json-1.0", r.header("Content-Type"));
    }

    @Test
    void dynamodbAttributeValuesRoundTrip() {
        HttpRequestData r = request("POST", "/", "{\"TableName\":\"t\",\"Key\":{\"id\":{\"N\":\"1.5\"},"
                + "\"b\":{\"B\":\"AQI=\"}}}", "X-Amz-Target", "DynamoDB_20120810.GetItem");
        Struct in = codec.parse(r, dynamodb, dynamodb.operation("GetItem"));
        assertEquals("1.5", in.struct("Key").struct("id").string("N"));
        HttpResponseData out = codec.serialize(dynamodb, dynamodb.operation("GetItem"), AwsResponse.of(
                Struct.of("Item", Map.of("l", Struct.of("L", List.of(Struct.of("BOOL", true)))))), context());
        assertEquals("{\"Item\":{\"l\":{\"L\":[{\"BOOL\":true}]}}}", out.bodyText());
        assertEquals("application/x-amz-json-1.0", out.header("Content-Type"));
    }

    @Test
    void wrongTypesAreSerializationErrors() {
        HttpRequestData r = request("POST", "/", "{\"TableName\":5}", "X-Amz-Target", "DynamoDB_20120810.GetItem");
        AwsException e = assertThrows(AwsException.class, () -> codec.parse(r, dynamodb, dynamodb.operation("GetItem")));
        assertEquals("SerializationException", e.code());
    }
}
