package io.cloudmock.services.sns.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque NextToken values holding the offset of the next page. */
final class Pages {

    private Pages() {
    }

    static String token(int offset) {
        return Base64.getEncoder().encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    static int start(String token) {
        if (token == null || token.isEmpty()) {
            return 0;
        }
        try {
            String s = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            if (s.startsWith("offset:")) {
                return Integer.parseInt(s.substring(7));
            }
        } catch (IllegalArgumentException e) {
            // below
        }
        throw SnsErrors.invalidParameter("NextToken");
    }
}
