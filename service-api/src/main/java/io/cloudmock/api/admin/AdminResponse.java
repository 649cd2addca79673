package io.cloudmock.api.admin;

import java.util.Map;

/**
 * An admin API answer. {@code body} is serialized as JSON unless it is a {@code byte[]} or {@code String}
 * sent with {@code contentType}.
 */
public record AdminResponse(int status, Object body, String contentType, Map<String, String> headers) {

    public static AdminResponse ok(Object body) {
        return new AdminResponse(200, body, "application/json", Map.of());
    }

    public static AdminResponse status(int status, Object body) {
        return new AdminResponse(status, body, "application/json", Map.of());
    }

    public static AdminResponse noContent() {
        return new AdminResponse(204, null, "application/json", Map.of());
    }
}
