package io.cloudmock.itests.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import io.cloudmock.itests.CloudMockProcess;
import io.cloudmock.itests.Http;

/** A plugin written in Java (its own gRPC server socket) behind the bridge of the shared CloudMock. */
class JavaPluginTest {

    private final CloudMockProcess cm = CloudMockProcess.shared();
    private final PluginAdmin admin = new PluginAdmin(cm);

    @Test
    void forwardsActionRegionAccountBodyAndHeadersAndReturnsTheAnswerUnchanged() throws Exception {
        try (JavaTestPlugin plugin = JavaTestPlugin.start("echosvc", 0, "Echo", "Teapot", "Fail")) {
            assertEquals(201, admin.add(PluginAdmin.entry("echo", plugin.port(), "EchoService_20260101")).statusCode());
            try {
                SignedCalls calls = new SignedCalls(cm.endpoint(), "echosvc", "EchoService_20260101")
                        .region("eu-west-1").accessKey("123456789012");
                HttpResponse<String> r = calls.call("Echo", "{\"a\":1}", "X-CloudMock-Source", "itest",
                        "X-Custom-Req", "v1");
                assertEquals(200, r.statusCode(), r.body());
                assertEquals("application/x-amz-json-1.1", r.headers().firstValue("Content-Type").orElse(""));
                assertEquals("echosvc", r.headers().firstValue("X-Plugin").orElse(""));
                JsonNode echo = PluginAdmin.JSON.readTree(r.body());
                assertEquals("Echo", echo.path("action").asText());
                assertEquals("eu-west-1", echo.path("region").asText());
                assertEquals("123456789012", echo.path("accountId").asText());
                assertEquals("{\"a\":1}", echo.path("body").asText());
                JsonNode headers = echo.path("headers");
                assertEquals("v1", headers.path("x-custom-req").asText());
                assertEquals("EchoService_20260101.Echo", headers.path("x-amz-target").asText());
                assertTrue(headers.path("authorization").asText().contains("/eu-west-1/echosvc/aws4_request"));
                headers.fieldNames().forEachRemaining(h -> assertFalse(h.startsWith("x-cloudmock-"), h));

                HttpResponse<String> teapot = calls.call("Teapot", "{}");
                assertEquals(418, teapot.statusCode());
                assertEquals("I'm a teapot", teapot.body());
                assertEquals("short-and-stout", teapot.headers().firstValue("X-Custom").orElse(""));
                assertEquals("text/plain", teapot.headers().firstValue("Content-Type").orElse(""));

                HttpResponse<String> fail = calls.call("Fail", "{}");
                assertEquals(500, fail.statusCode(), fail.body());
                assertEquals("InternalFailure", PluginAdmin.JSON.readTree(fail.body()).path("__type").asText());

                HttpResponse<String> unknown = calls.call("Nope", "{}");
                assertEquals(400, unknown.statusCode(), unknown.body());
                assertEquals("UnknownOperationException",
                        PluginAdmin.JSON.readTree(unknown.body()).path("__type").asText());

                // named explicitly: routed by service name, the X-CloudMock-* header itself stays behind
                HttpResponse<String> explicit = Http.post(cm.endpoint().resolve("/"), "application/x-amz-json-1.1",
                        "{}", "X-CloudMock-Service", "echosvc", "X-Amz-Target", "Anything.Echo");
                assertEquals(200, explicit.statusCode(), explicit.body());
                assertFalse(PluginAdmin.JSON.readTree(explicit.body()).path("headers").has("x-cloudmock-service"));
            } finally {
                admin.remove("echo");
            }
        }
    }

    @Test
    void pluginBackWithOtherActionsUpdatesTheGatewayLive() throws Exception {
        int port = CloudMockProcess.freePort();
        SignedCalls calls = new SignedCalls(cm.endpoint(), "reloadsvc", "ReloadService_20260101");
        JavaTestPlugin first = JavaTestPlugin.start("reloadsvc", port, "Echo");
        try {
            assertEquals(201, admin.add(PluginAdmin.entry("reload", port, "ReloadService_20260101")).statusCode());
            assertEquals(200, calls.call("Echo", "{}").statusCode());
            assertEquals(400, calls.call("Shout", "{}").statusCode());
            first.close();
            try (JavaTestPlugin second = JavaTestPlugin.start("reloadsvc", port, "Echo", "Shout")) {
                JsonNode view = admin.await("reload", p -> PluginAdmin.actionNames(p).equals("Echo,Shout"),
                        "re-registered with Echo,Shout");
                assertEquals("ACTIVE", view.path("state").asText());
                HttpResponse<String> shout = calls.call("Shout", "{\"x\":\"y\"}");
                assertEquals(200, shout.statusCode(), shout.body());
                assertEquals("Shout", PluginAdmin.JSON.readTree(shout.body()).path("action").asText());
                boolean listed = false;
                for (JsonNode s : admin.services()) {
                    if (s.path("name").asText().equals("reloadsvc")) {
                        listed = s.path("actions").toString().contains("reloadsvc:Shout");
                    }
                }
                assertTrue(listed, admin.services().toString());
            }
        } finally {
            admin.remove("reload");
            first.close();
        }
    }

    @Test
    void slowPluginGetsServiceUnavailableWithinItsDeadline() throws Exception {
        try (JavaTestPlugin plugin = JavaTestPlugin.start("slowsvc", 0, "Slow", "Echo")) {
            var entry = PluginAdmin.entry("slow", plugin.port(), "SlowService_20260101").put("timeout_ms", 500);
            assertEquals(201, admin.add(entry).statusCode());
            try {
                SignedCalls calls = new SignedCalls(cm.endpoint(), "slowsvc", "SlowService_20260101");
                HttpResponse<String> r = calls.call("Slow", "{}");
                assertEquals(503, r.statusCode(), r.body());
                JsonNode error = PluginAdmin.JSON.readTree(r.body());
                assertEquals("ServiceUnavailable", error.path("__type").asText());
                assertTrue(error.path("message").asText().contains("did not answer within 500 ms"), r.body());
                // the plugin still answers its health checks: the bridge takes it back
                admin.awaitState("slow", "ACTIVE");
                assertEquals(200, calls.call("Echo", "{}").statusCode());
            } finally {
                admin.remove("slow");
            }
        }
    }

    @Test
    void pluginReportingUnhealthyIsDownInHealth() throws Exception {
        try (JavaTestPlugin plugin = JavaTestPlugin.start("sicksvc", 0, "Echo")) {
            assertEquals(201, admin.add(PluginAdmin.entry("sick", plugin.port(), null)).statusCode());
            try {
                assertEquals("UP", admin.health().path("plugins").path("sicksvc").path("status").asText());
                plugin.healthy.set(false);
                JsonNode health = admin.health();
                assertEquals("DOWN", health.path("plugins").path("sicksvc").path("status").asText(), health.toString());
                admin.await("sick", p -> !p.path("healthy").asBoolean(), "unhealthy");
            } finally {
                admin.remove("sick");
            }
        }
    }

    @Test
    void badPluginRequestsAreRejected() throws Exception {
        URI plugins = cm.adminEndpoint().resolve("/api/plugins");
        assertEquals(400, Http.post(plugins, "application/json", "{not json").statusCode());
        assertEquals(400, Http.post(plugins, "application/json", "{\"name\":\"x\",\"type\":\"lambda\","
                + "\"address\":\"127.0.0.1:1\"}").statusCode());
        HttpResponse<String> noAddress = Http.post(plugins, "application/json", "{\"name\":\"x\",\"type\":\"grpc\"}");
        assertEquals(400, noAddress.statusCode());
        assertEquals("BadRequest", PluginAdmin.JSON.readTree(noAddress.body()).path("error").asText());
        assertEquals(400, Http.post(plugins, "application/json", "{\"name\":\"../x\",\"address\":\"h:1\"}").statusCode());
        assertEquals(404, admin.remove("nosuchplugin").statusCode());
        assertEquals(404, admin.get("nosuchplugin").statusCode());
        assertEquals(405, Http.send(HttpRequest.newBuilder(plugins).PUT(HttpRequest.BodyPublishers.noBody()))
                .statusCode());

        // nobody listens there: accepted, reported unreachable, kept for retries until removed
        HttpResponse<String> unreachable = admin.add(PluginAdmin.entry("ghost", CloudMockProcess.freePort(), null));
        assertEquals(201, unreachable.statusCode(), unreachable.body());
        assertEquals("UNREACHABLE", PluginAdmin.JSON.readTree(unreachable.body()).path("state").asText());
        assertEquals("DOWN", admin.health().path("plugins").path("ghost").path("status").asText());
        assertEquals(204, admin.remove("ghost").statusCode());
        assertFalse(admin.health().path("plugins").has("ghost"));
    }
}
