package io.cloudmock.itests.grpc;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmock.itests.CloudMockProcess;
import io.cloudmock.itests.Http;

/** The plugin endpoints of the admin API, as a client of {@code /api/plugins} uses them. */
final class PluginAdmin {

    static final ObjectMapper JSON = new ObjectMapper();

    private final URI admin;

    PluginAdmin(CloudMockProcess cm) {
        this.admin = cm.adminEndpoint();
    }

    static ObjectNode entry(String name, int port, String targetPrefix) {
        ObjectNode n = JSON.createObjectNode().put("name", name).put("type", "grpc").put("address", "127.0.0.1:" + port);
        if (targetPrefix != null) {
            n.put("target_prefix", targetPrefix);
        }
        return n;
    }

    HttpResponse<String> add(JsonNode entry) {
        return Http.post(admin.resolve("/api/plugins"), "application/json", entry.toString());
    }

    HttpResponse<String> remove(String name) {
        return Http.delete(admin.resolve("/api/plugins/" + name));
    }

    HttpResponse<String> get(String name) {
        return Http.get(admin.resolve("/api/plugins/" + name));
    }

    JsonNode plugin(String name) throws Exception {
        return JSON.readTree(get(name).body());
    }

    JsonNode list() throws Exception {
        return JSON.readTree(Http.get(admin.resolve("/api/plugins")).body()).path("plugins");
    }

    JsonNode health() throws Exception {
        return JSON.readTree(Http.get(admin.resolve("/api/health")).body());
    }

    JsonNode services() throws Exception {
        return JSON.readTree(Http.get(admin.resolve("/api/services")).body());
    }

    /**
     * Polls {@code GET /api/plugins/{name}} until {@code condition} holds (the bridge reconnects in the
     * background); fails after a generous bound so that a broken bridge cannot hang the build.
     */
    JsonNode await(String name, Predicate<JsonNode> condition, String what) throws Exception {
        JsonNode last = null;
        for (int i = 0; i < 300; i++) {
            last = plugin(name);
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("plugin " + name + " never became " + what + ": " + last);
    }

    JsonNode awaitState(String name, String state) throws Exception {
        return await(name, p -> state.equals(p.path("state").asText()), state);
    }

    static String actionNames(JsonNode plugin) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode a : plugin.path("actions")) {
            sb.append(sb.length() == 0 ? "" : ",").append(a.path("name").asText());
        }
        return sb.toString();
    }
}
