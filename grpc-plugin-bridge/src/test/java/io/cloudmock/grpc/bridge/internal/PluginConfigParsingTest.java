package io.cloudmock.grpc.bridge.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import io.cloudmock.grpc.plugin.v1.ActionDef;
import io.cloudmock.grpc.plugin.v1.RegisterResponse;

class PluginConfigParsingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static PluginConfig parse(String json) throws Exception {
        return PluginConfig.fromJson(JSON.readTree(json), 5000);
    }

    @Test
    void theGuidesEntry() throws Exception {
        PluginConfig c = parse("{\"name\": \"myservice\", \"type\": \"grpc\", \"address\": \"localhost:50051\"}");
        assertEquals("myservice", c.name());
        assertEquals("localhost:50051", c.address());
        assertNull(c.targetPrefix());
        assertNull(c.signingName());
        assertEquals(5000, c.timeoutMillis());
    }

    @Test
    void optionalFields() throws Exception {
        PluginConfig c = parse("{\"name\":\"w\",\"address\":\"[::1]:9000\",\"target_prefix\":\"MyService_20260101\","
                + "\"signing_name\":\"widgets\",\"timeout_ms\":\"250\"}");
        assertEquals("MyService_20260101", c.targetPrefix());
        assertEquals("widgets", c.signingName());
        assertEquals(250, c.timeoutMillis());
        assertEquals("grpc", c.toMap().get("type"));
        assertEquals(5000, parse("{\"name\":\"w\",\"address\":\"dns:///plugins.local:9000\"}").timeoutMillis());
    }

    @Test
    void invalidEntriesAreRejectedWithAReason() {
        for (String bad : List.of("[]", "{}", "{\"name\":\"a b\",\"address\":\"h:1\"}",
                "{\"name\":\"x\",\"type\":\"lambda\",\"address\":\"h:1\"}", "{\"name\":\"x\",\"address\":\"h\"}",
                "{\"name\":\"x\",\"address\":\"h:70000\"}", "{\"name\":\"x\",\"address\":\"h:1\",\"timeout_ms\":0}",
                "{\"name\":\"x\",\"address\":\"h:1\",\"timeout_ms\":\"soon\"}",
                "{\"name\":\"x\",\"address\":\"h:1\",\"target_prefix\":\"a b\"}")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(bad), bad);
            assertFalse(e.getMessage().isBlank());
        }
    }

    @Test
    void registrationDefaultsMethodAndIamAction() {
        PluginRegistration r = PluginRegistration.of(RegisterResponse.newBuilder().setServiceName("myservice")
                .addActions(ActionDef.newBuilder().setName("CreateWidget")).build());
        assertEquals("POST", r.actions().get(0).method());
        assertEquals("myservice:CreateWidget", r.actions().get(0).iamAction());
        assertTrue(r.supports("CreateWidget"));
        assertFalse(r.supports("DeleteWidget"));
        assertThrows(IllegalArgumentException.class, () -> PluginRegistration.of(RegisterResponse.getDefaultInstance()));
    }

    @Test
    void correlationHeadersNeverReachThePlugin() {
        Map<String, List<String>> in = new LinkedHashMap<>();
        in.put("X-CloudMock-Source", List.of("devtools"));
        in.put("x-cloudmock-service", List.of("myservice"));
        in.put("X-Amz-Target", List.of("MyService_20260101.GetWidget"));
        in.put("Accept", List.of("a", "b"));
        Map<String, String> out = PluginAwsService.forwardedHeaders(in);
        assertEquals(Map.of("X-Amz-Target", "MyService_20260101.GetWidget", "Accept", "a,b"), out);
    }
}
