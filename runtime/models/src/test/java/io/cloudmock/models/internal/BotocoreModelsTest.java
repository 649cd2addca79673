package io.cloudmock.models.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.cloudmock.api.model.Location;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.ShapeType;

class BotocoreModelsTest {

    private final BotocoreModels models = new BotocoreModels();

    @Test
    void indexListsEveryVendoredServiceWithoutLoadingModels() {
        assertTrue(models.summaries().size() > 400, "botocore 1.43 has 424 services");
        assertEquals("botocore 1.43.11", models.version());
        var sqs = models.summary("sqs").orElseThrow();
        assertEquals("json", sqs.protocol());
        assertEquals("AmazonSQS", sqs.targetPrefix());
        assertTrue(sqs.awsQueryCompatible());
        assertEquals("query", models.summary("sts").orElseThrow().protocol());
        assertFalse(models.summary("nosuchservice").isPresent());
    }

    @Test
    void loadsOperationsShapesBindingsAndPaginators() {
        ServiceModel s3 = models.model("s3").orElseThrow();
        var getObject = s3.operation("GetObject");
        assertEquals("GET", getObject.httpMethod());
        assertEquals("/{Bucket}/{Key+}", getObject.requestUri());
        var input = s3.shape(getObject.input().target());
        assertEquals(Location.URI, input.member("Bucket").location());
        assertEquals(Location.HEADER, input.member("Range").location());
        assertEquals("Range", input.member("Range").locationName());
        assertTrue(input.required().contains("Key"));
        assertTrue(s3.shape(s3.operation("GetObject").output().target()).member("Body").streaming());
        assertNotNull(s3.paginators().get("ListObjectsV2"));
        var error = s3.shape("NoSuchKey");
        assertTrue(error.exception());
        assertEquals(ShapeType.STRUCTURE, error.type());
        assertTrue(models.model("s3").orElseThrow() == s3, "models are cached after first load");
    }

    @Test
    void readsQueryErrorCodesOfQueryCompatibleServices() {
        var sqs = models.model("sqs").orElseThrow();
        var error = sqs.shape("QueueDoesNotExist").error();
        assertEquals("AWS.SimpleQueueService.NonExistentQueue", error.code());
        assertEquals(400, error.httpStatusCode());
        assertTrue(error.senderFault());
    }

    @Test
    void onlyTheMostRecentlyUsedModelsStayCached() {
        var s3 = models.model("s3").orElseThrow();
        int n = 0;
        for (var summary : models.summaries()) {
            if (n++ > BotocoreModels.CACHED_MODELS + 5) {
                break;
            }
            models.model(summary.name());
        }
        assertTrue(models.model("s3").orElseThrow() != s3, "s3 was evicted and loaded again");
        var again = models.model("s3").orElseThrow();
        assertTrue(models.model("s3").orElseThrow() == again, "and is cached again");
    }

    @Test
    void everyVendoredModelParses() {
        for (var summary : models.summaries()) {
            ServiceModel m = models.model(summary.name()).orElseThrow();
            assertEquals(summary.operationCount(), m.operations().size(), summary.name());
            m.operations().values().forEach(op -> {
                if (op.input() != null) {
                    m.target(op.input());
                }
            });
        }
    }
}
