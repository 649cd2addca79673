package io.cloudmock.gateway.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.CommonErrors;
import io.cloudmock.gateway.internal.http.HttpRequestData;
import io.cloudmock.gateway.internal.protocol.sqs.SqsQuirksCodec;
import io.cloudmock.models.internal.BotocoreModels;

class CodecRegistryTest {

    private static final BotocoreModels MODELS = new BotocoreModels();

    private final CodecRegistry registry = new CodecRegistry().service("sqs", SqsQuirksCodec::forRequest);

    /** Regression: an error raised before the operation is resolved (e.g. a bad signature) kept the wrong dialect. */
    @Test
    void sqsErrorsBeforeOperationResolutionUseTheRequestsDialect() {
        var sqs = MODELS.model("sqs").orElseThrow();
        AwsException e = CommonErrors.signatureDoesNotMatch();
        HttpRequestData legacy = HttpRequestData.of("POST", "/000000000000/q",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), "Action=SendMessage&MessageBody=x".getBytes());
        String xml = registry.codecFor(sqs.summary(), legacy).serializeError(sqs, null, e, "rid").bodyText();
        assertTrue(xml.startsWith("<ErrorResponse"), xml);
        HttpRequestData json = HttpRequestData.of("POST", "/", Map.of("X-Amz-Target", "AmazonSQS.SendMessage",
                "Content-Type", "application/x-amz-json-1.0"), "{}".getBytes());
        String body = registry.codecFor(sqs.summary(), json).serializeError(sqs, null, e, "rid").bodyText();
        assertTrue(body.contains("\"__type\":\"SignatureDoesNotMatch\""), body);
        assertEquals(registry.codecFor(sqs.summary(), legacy), registry.codecFor(sqs.summary(), legacy));
    }
}
