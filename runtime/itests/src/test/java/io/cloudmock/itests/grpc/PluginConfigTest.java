package io.cloudmock.itests.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmock.itests.CloudMockProcess;

/** Plugins listed in {@code cloudmock.yml}: connected at start, retried while down, closed on shutdown. */
class PluginConfigTest {

    @Test
    void configuredPluginsConnectAtStartAndOneThatIsDownIsRetried() throws Exception {
        int latePort = CloudMockProcess.freePort();
        try (JavaTestPlugin early = JavaTestPlugin.start("earlysvc", 0, "Echo")) {
            Path yml = Files.createTempFile("cloudmock-plugins-", ".yml");
            Files.writeString(yml, String.join("\n",
                    "plugins:",
                    "  - name: early",
                    "    type: grpc",
                    "    address: 127.0.0.1:" + early.port(),
                    "    target_prefix: EarlyService_20260101",
                    "  - name: late",
                    "    type: grpc",
                    "    address: 127.0.0.1:" + latePort,
                    "    target_prefix: LateService_20260101",
                    ""));
            try (CloudMockProcess cm = CloudMockProcess.start(List.of("--config", yml.toString()))) {
                PluginAdmin admin = new PluginAdmin(cm);
                admin.awaitState("early", "ACTIVE");
                assertEquals(200, new SignedCalls(cm.endpoint(), "earlysvc", "EarlyService_20260101")
                        .call("Echo", "{}").statusCode());
                admin.awaitState("late", "UNREACHABLE");
                var health = admin.health();
                assertEquals("DOWN", health.path("plugins").path("late").path("status").asText(), health.toString());
                assertEquals("DEGRADED", health.path("status").asText());
                assertEquals("UP", health.path("plugins").path("earlysvc").path("status").asText());
                try (JavaTestPlugin late = JavaTestPlugin.start("latesvc", latePort, "Echo")) {
                    admin.awaitState("late", "ACTIVE");
                    health = admin.health();
                    assertEquals("UP", health.path("status").asText(), health.toString());
                    assertEquals("UP", health.path("plugins").path("latesvc").path("status").asText());
                    assertFalse(health.path("plugins").has("late"), health.toString());
                    assertEquals(200, new SignedCalls(cm.endpoint(), "latesvc", "LateService_20260101")
                            .call("Echo", "{}").statusCode());
                    // every channel closed, every service unregistered: a clean exit
                    assertEquals(0, cm.stop());
                    assertFalse(cm.isAlive());
                }
            } finally {
                Files.deleteIfExists(yml);
            }
        }
    }
}
