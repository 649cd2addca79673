package io.cloudmock.itests.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.cloudmock.itests.CloudMockProcess;

/**
 * The plugin guide's Python plugin as a real process behind the bridge: the widget API through signed JSON 1.1
 * calls on the gateway, the admin API, a killed plugin (ServiceUnavailable, then recovery) and runtime removal.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PythonPluginTest {

    private static final String TARGET = "MyService_20260101";

    private static CloudMockProcess cm;
    private static PluginAdmin admin;
    private static PythonPlugin plugin;
    private static SignedCalls calls;

    @BeforeAll
    static void startPlugin() throws Exception {
        cm = CloudMockProcess.shared();
        admin = new PluginAdmin(cm);
        plugin = PythonPlugin.prepare(CloudMockProcess.freePort()).start();
        calls = new SignedCalls(cm.endpoint(), "myservice", TARGET);
        HttpResponse<String> added = admin.add(PluginAdmin.entry("myservice", plugin.port(), TARGET));
        assertEquals(201, added.statusCode(), added.body());
        JsonNode view = PluginAdmin.JSON.readTree(added.body());
        assertEquals("ACTIVE", view.path("state").asText(), view.toString());
        assertEquals("myservice", view.path("service").asText());
        assertEquals("CreateWidget,GetWidget,ListWidgets,DeleteWidget", PluginAdmin.actionNames(view));
    }

    @AfterAll
    static void stopPlugin() throws Exception {
        if (admin != null) {
            admin.remove("myservice");
        }
        if (plugin != null) {
            plugin.close();
        }
    }

    @Test
    @Order(1)
    void widgetCrudThroughTheBridge() throws Exception {
        HttpResponse<String> created = calls.call("CreateWidget", "{\"WidgetName\":\"gear\"}");
        assertEquals(200, created.statusCode(), created.body());
        String id = json(created).path("WidgetId").asText();
        assertFalse(id.isEmpty(), created.body());

        HttpResponse<String> got = calls.call("GetWidget", "{\"WidgetId\":\"" + id + "\"}");
        assertEquals(200, got.statusCode());
        assertEquals("gear", json(got).path("WidgetName").asText());
        assertEquals(id, json(got).path("WidgetId").asText());

        HttpResponse<String> list = calls.call("ListWidgets", "{}");
        assertTrue(list.body().contains(id), list.body());

        // the plugin's own status and body reach the client unchanged
        HttpResponse<String> missing = calls.call("GetWidget", "{\"WidgetId\":\"no-such-widget\"}");
        assertEquals(404, missing.statusCode());
        assertEquals("{\"error\": \"WidgetNotFound\"}", missing.body());

        HttpResponse<String> deleted = calls.call("DeleteWidget", "{\"WidgetId\":\"" + id + "\"}");
        assertEquals(200, deleted.statusCode());
        assertEquals("{}", deleted.body());
        assertFalse(calls.call("ListWidgets", "{}").body().contains(id));
    }

    @Test
    @Order(2)
    void listedWithStateHealthAndActions() throws Exception {
        JsonNode mine = null;
        for (JsonNode p : admin.list()) {
            if (p.path("name").asText().equals("myservice")) {
                mine = p;
            }
        }
        assertTrue(mine != null, admin.list().toString());
        assertEquals("ACTIVE", mine.path("state").asText());
        assertTrue(mine.path("healthy").asBoolean());
        assertEquals("127.0.0.1:" + plugin.port(), mine.path("address").asText());
        assertEquals("myservice:CreateWidget", mine.path("actions").get(0).path("iamAction").asText());

        JsonNode health = admin.health();
        assertEquals("UP", health.path("plugins").path("myservice").path("status").asText(), health.toString());

        boolean listed = false;
        for (JsonNode s : admin.services()) {
            if (s.path("name").asText().equals("myservice")) {
                listed = true;
                assertEquals("plugin", s.path("tier").asText());
                assertEquals("io.cloudmock.grpc-plugin-bridge", s.path("bundle").asText());
            }
        }
        assertTrue(listed, admin.services().toString());
    }

    @Test
    @Order(3)
    void killedPluginAnswersServiceUnavailableThenRecovers() throws Exception {
        assertEquals(200, calls.call("CreateWidget", "{\"WidgetName\":\"lost\"}").statusCode());
        plugin.kill();

        HttpResponse<String> down = calls.call("ListWidgets", "{}");
        assertEquals(503, down.statusCode(), down.body());
        assertEquals("ServiceUnavailable", json(down).path("__type").asText(), down.body());
        assertTrue(json(down).path("message").asText().contains("myservice"), down.body());
        assertTrue(down.headers().firstValue("x-amzn-RequestId").isPresent());

        JsonNode health = admin.health();
        assertEquals("DOWN", health.path("plugins").path("myservice").path("status").asText(), health.toString());
        assertEquals("DEGRADED", health.path("status").asText());
        assertEquals("UNHEALTHY", admin.plugin("myservice").path("state").asText());
        assertEquals(503, calls.call("GetWidget", "{\"WidgetId\":\"x\"}").statusCode());

        plugin.start();
        admin.awaitState("myservice", "ACTIVE");
        HttpResponse<String> back = calls.call("ListWidgets", "{}");
        assertEquals(200, back.statusCode(), back.body());
        // a new process: the widgets of the killed one are gone, so this really is the restarted plugin
        assertEquals("{\"Widgets\": []}", back.body());
        assertEquals("UP", admin.health().path("plugins").path("myservice").path("status").asText());
    }

    @Test
    @Order(4)
    void removedAndAddedAgainAtRuntime() throws Exception {
        assertEquals(204, admin.remove("myservice").statusCode());
        HttpResponse<String> gone = calls.call("ListWidgets", "{}");
        assertEquals(400, gone.statusCode(), gone.body());
        assertEquals("UnknownOperationException", json(gone).path("__type").asText());
        assertEquals(404, admin.get("myservice").statusCode());
        assertFalse(admin.health().path("plugins").has("myservice"));

        HttpResponse<String> again = admin.add(PluginAdmin.entry("myservice", plugin.port(), TARGET));
        assertEquals(201, again.statusCode(), again.body());
        HttpResponse<String> created = calls.call("CreateWidget", "{\"WidgetName\":\"again\"}");
        assertEquals(200, created.statusCode(), created.body());
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return PluginAdmin.JSON.readTree(r.body());
    }
}
