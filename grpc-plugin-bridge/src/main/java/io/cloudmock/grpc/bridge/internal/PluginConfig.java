package io.cloudmock.grpc.bridge.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One external plugin as configured in {@code cloudmock.yml} ({@code plugins: [{name, type, address}]}) or posted
 * to {@code /api/plugins}.
 *
 * @param name          the plugin's name in the admin API (usually its service name)
 * @param address       {@code host:port} of its gRPC server (or a gRPC target such as {@code dns:///host:port})
 * @param targetPrefix  the {@code X-Amz-Target} prefix its requests carry ({@code MyService_20260101}), or null
 * @param signingName   the SigV4 credential-scope name that routes to it, or null for its service name
 * @param timeoutMillis deadline of each gRPC call to it
 */
public record PluginConfig(String name, String address, String targetPrefix, String signingName, long timeoutMillis) {

    public static final String TYPE = "grpc";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern HOST_PORT = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9._-]+):(\\d{1,5})");
    private static final Pattern TARGET = Pattern.compile("(dns|unix|ipv4|ipv6):[^\\s]+");
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_.-]{1,128}");

    /** Reads and validates one plugin entry; throws {@link IllegalArgumentException} with a readable message. */
    public static PluginConfig fromJson(JsonNode node, long defaultTimeoutMillis) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("a plugin must be a JSON object {\"name\", \"type\", \"address\"}");
        }
        String name = text(node, "name");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("plugin name must be 1-64 letters, digits, '.', '_' or '-', got "
                    + (name == null ? "nothing" : "'" + name + "'"));
        }
        String type = text(node, "type");
        if (type != null && !TYPE.equalsIgnoreCase(type)) {
            throw new IllegalArgumentException("plugin " + name + ": unsupported type '" + type
                    + "' (only \"grpc\" plugins are external; in-process plugins are bundles in the deploy folder)");
        }
        String address = text(node, "address");
        if (address == null || !validAddress(address)) {
            throw new IllegalArgumentException("plugin " + name + ": address must be host:port, got "
                    + (address == null ? "nothing" : "'" + address + "'"));
        }
        String prefix = firstText(node, "target_prefix", "targetPrefix");
        if (prefix != null && !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("plugin " + name + ": invalid target_prefix '" + prefix + "'");
        }
        String signing = firstText(node, "signing_name", "signingName");
        if (signing != null && !NAME.matcher(signing).matches()) {
            throw new IllegalArgumentException("plugin " + name + ": invalid signing_name '" + signing + "'");
        }
        long timeout = defaultTimeoutMillis;
        JsonNode t = node.has("timeout_ms") ? node.get("timeout_ms") : node.get("timeoutMs");
        if (t != null && !t.isNull()) {
            if (!t.canConvertToLong() && !t.isTextual()) {
                throw new IllegalArgumentException("plugin " + name + ": timeout_ms must be a number");
            }
            try {
                timeout = t.isTextual() ? Long.parseLong(t.asText().trim()) : t.asLong();
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("plugin " + name + ": timeout_ms must be a number");
            }
            if (timeout < 1 || timeout > 600_000) {
                throw new IllegalArgumentException("plugin " + name + ": timeout_ms must be between 1 and 600000");
            }
        }
        return new PluginConfig(name, address, prefix, signing, timeout);
    }

    static boolean validAddress(String address) {
        var m = HOST_PORT.matcher(address);
        if (m.matches()) {
            int port = Integer.parseInt(m.group(2));
            return port > 0 && port <= 65535;
        }
        return TARGET.matcher(address).matches();
    }

    private static String firstText(JsonNode node, String a, String b) {
        String v = text(node, a);
        return v != null ? v : text(node, b);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.asText().trim();
        return s.isEmpty() ? null : s;
    }

    /** The entry as it would be written in {@code cloudmock.yml}. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("type", TYPE);
        m.put("address", address);
        if (targetPrefix != null) {
            m.put("target_prefix", targetPrefix);
        }
        if (signingName != null) {
            m.put("signing_name", signingName);
        }
        m.put("timeout_ms", timeoutMillis);
        return m;
    }
}
