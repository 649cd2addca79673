package io.cloudmock.api.admin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * An admin API call.
 *
 * @param method   the HTTP method
 * @param path     the full path ({@code /api/plugins/myservice})
 * @param subPath  for prefix routes, what follows the prefix without a leading slash ({@code myservice}), else ""
 * @param query    decoded query parameters
 * @param headers  request headers (lower-case names)
 * @param body     the request body (empty for none)
 */
public record AdminRequest(String method, String path, String subPath, Map<String, List<String>> query,
                           Map<String, String> headers, byte[] body) {

    /** The first value of a query parameter, or {@code fallback}. */
    public String queryParam(String name, String fallback) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? fallback : values.get(0);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
