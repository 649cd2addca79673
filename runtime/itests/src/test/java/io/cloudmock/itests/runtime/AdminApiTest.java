package io.cloudmock.itests.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import io.cloudmock.itests.CloudMockProcess;
import io.cloudmock.itests.Http;

/** The admin REST API over plain HTTP. */
class AdminApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final CloudMockProcess cm = CloudMockProcess.shared();

    @Test
    void healthReportsRuntimeAndServices() throws Exception {
        HttpResponse<String> r = Http.get(cm.adminEndpoint().resolve("/api/health"));
        assertEquals(200, r.statusCode());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
        JsonNode health = JSON.readTree(r.body());
        assertEquals("UP", health.path("status").asText());
        assertEquals("UP", health.path("services").path("sts").path("status").asText());
    }

    @Test
    void servicesListsTierBundleProtocolsAndActions() throws Exception {
        JsonNode services = JSON.readTree(Http.get(cm.adminEndpoint().resolve("/api/services")).body());
        JsonNode sts = null;
        for (JsonNode s : services) {
            if (s.path("name").asText().equals("sts")) {
                sts = s;
            }
        }
        assertTrue(sts != null, services.toString());
        assertEquals("tier1", sts.path("tier").asText());
        assertEquals("io.cloudmock.sts", sts.path("bundle").asText());
        assertEquals("query", sts.path("protocols").get(0).asText());
        assertTrue(sts.path("actions").toString().contains("\"iamAction\":\"sts:AssumeRole\""), sts.toString());
    }

    @Test
    void resetAllAndOneServiceAndUnknownService() throws Exception {
        JsonNode all = JSON.readTree(Http.post(cm.adminEndpoint().resolve("/api/reset"), null, "").body());
        assertTrue(all.path("reset").toString().contains("sts"), all.toString());
        HttpResponse<String> one = Http.post(cm.adminEndpoint().resolve("/api/reset?service=sts"), null, "");
        assertEquals(200, one.statusCode());
        HttpResponse<String> missing = Http.post(cm.adminEndpoint().resolve("/api/reset/nosuch"), null, "");
        assertEquals(404, missing.statusCode());
        assertEquals("NotFound", JSON.readTree(missing.body()).path("error").asText());
    }

    @Test
    void bundlesListsTheContainer() throws Exception {
        JsonNode bundles = JSON.readTree(Http.get(cm.adminEndpoint().resolve("/api/bundles")).body());
        assertTrue(bundles.toString().contains("\"symbolicName\":\"io.cloudmock.gateway\""));
        assertTrue(bundles.toString().contains("\"state\":\"ACTIVE\""));
    }

    @Test
    void unknownPathAndWrongMethodAreJsonErrors() throws Exception {
        HttpResponse<String> r = Http.get(cm.adminEndpoint().resolve("/api/nothing"));
        assertEquals(404, r.statusCode());
        assertEquals("NotFound", JSON.readTree(r.body()).path("error").asText());
        HttpResponse<String> m = Http.delete(cm.adminEndpoint().resolve("/api/health"));
        assertEquals(405, m.statusCode());
    }
}
