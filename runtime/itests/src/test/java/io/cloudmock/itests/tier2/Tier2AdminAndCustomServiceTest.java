package io.cloudmock.itests.tier2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudmock.itests.CloudMockProcess;
import io.cloudmock.itests.Http;

/**
 * {@code GET /api/services} reports each operation's tier, and a service added by hand with only an override
 * file ({@code overrides/widgets.json}, no model, no Java) answers its CRUD operations.
 */
class Tier2AdminAndCustomServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final CloudMockProcess cm = CloudMockProcess.shared();

    @Test
    void servicesListEveryOperationWithItsTier() throws Exception {
        JsonNode services = JSON.readTree(Http.get(cm.adminEndpoint().resolve("/api/services")).body());
        assertTrue(services.size() > 400, "every model service is served: " + services.size());
        JsonNode acm = find(services, "acm");
        assertEquals("tier2", acm.path("tier").asText());
        assertEquals("tier2-stateful", action(acm, "RequestCertificate").path("tier").asText());
        assertEquals("tier2-stateful", action(acm, "AddTagsToCertificate").path("tier").asText());
        JsonNode ecr = find(services, "ecr");
        assertEquals("tier2-shape-only", action(ecr, "GetAuthorizationToken").path("tier").asText());
        assertEquals("not-served", action(ecr, "UploadLayerPart").path("tier").asText());
        assertTrue(acm.path("actionsByTier").path("tier2-stateful").asInt() > 5, acm.path("actionsByTier").toString());
        JsonNode sts = find(services, "sts");
        assertEquals("tier1", sts.path("tier").asText());
        assertEquals("tier1", action(sts, "GetCallerIdentity").path("tier").asText());
    }

    @Test
    void aServiceAddedByHandAnswersItsCrudOperations() throws Exception {
        JsonNode created = call("CreateWidget", "{\"WidgetName\":\"w1\",\"Color\":\"blue\"}", 200);
        String id = created.path("WidgetId").asText();
        assertEquals("w1", created.path("WidgetName").asText());
        assertEquals("arn:aws:widgets:us-east-1:000000000000:widget/" + id, created.path("WidgetArn").asText());
        assertEquals("blue", call("DescribeWidget", "{\"WidgetId\":\"" + id + "\"}", 200).path("Color").asText());
        JsonNode list = call("ListWidgets", "{}", 200).path("Widgets");
        assertTrue(list.findValuesAsText("WidgetId").contains(id), list.toString());
        call("UpdateWidget", "{\"WidgetId\":\"" + id + "\",\"Color\":\"red\"}", 200);
        assertEquals("red", call("DescribeWidget", "{\"WidgetId\":\"" + id + "\"}", 200).path("Color").asText());
        call("DeleteWidget", "{\"WidgetId\":\"" + id + "\"}", 200);
        JsonNode error = call("DescribeWidget", "{\"WidgetId\":\"" + id + "\"}", 400);
        assertEquals("ResourceNotFoundException", error.path("__type").asText());
    }

    private JsonNode call(String op, String body, int status) throws Exception {
        HttpResponse<String> r = Http.post(URI.create(cm.endpoint() + "/"), "application/x-amz-json-1.1", body,
                "X-Amz-Target", "Widgets_20260101." + op);
        assertEquals(status, r.statusCode(), op + ": " + r.body());
        return JSON.readTree(r.body());
    }

    private static JsonNode find(JsonNode services, String name) {
        for (JsonNode s : services) {
            if (name.equals(s.path("name").asText())) {
                return s;
            }
        }
        throw new AssertionError(name + " not in /api/services");
    }

    private static JsonNode action(JsonNode service, String name) {
        for (JsonNode a : service.path("actions")) {
            if (name.equals(a.path("name").asText())) {
                return a;
            }
        }
        throw new AssertionError(name + " not in the actions of " + service.path("name").asText());
    }
}
