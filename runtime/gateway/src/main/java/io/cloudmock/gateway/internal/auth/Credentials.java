package io.cloudmock.gateway.internal.auth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.cloudmock.api.RequestContext;

/**
 * Access keys and the accounts they belong to. Like LocalStack: a 12-digit access key id is an account id;
 * any other key belongs to the default account; {@code test}/{@code test} always works.
 */
public final class Credentials {

    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    public Credentials() {
        secrets.put("test", "test");
    }

    /** Registers {@code KEY:SECRET,KEY2:SECRET2} pairs (the {@code cloudmock.credentials} setting). */
    public void addAll(String pairs) {
        if (pairs == null || pairs.isBlank()) {
            return;
        }
        for (String pair : pairs.split(",")) {
            int colon = pair.indexOf(':');
            if (colon > 0) {
                secrets.put(pair.substring(0, colon).trim(), pair.substring(colon + 1).trim());
            }
        }
    }

    /** The secret of a key, or null when unknown. 12-digit keys use the secret {@code test}. */
    public String secretOf(String accessKeyId) {
        String s = secrets.get(accessKeyId);
        if (s == null && isAccountId(accessKeyId)) {
            return "test";
        }
        return s;
    }

    public static String accountOf(String accessKeyId) {
        return accessKeyId != null && isAccountId(accessKeyId) ? accessKeyId : RequestContext.DEFAULT_ACCOUNT;
    }

    private static boolean isAccountId(String key) {
        if (key.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            if (!Character.isDigit(key.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
