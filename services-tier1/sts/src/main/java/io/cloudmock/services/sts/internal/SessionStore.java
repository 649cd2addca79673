package io.cloudmock.services.sts.internal;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Temporary credentials STS issued, by access key id, so later calls know who they are. */
final class SessionStore {

    /** One issued set of credentials and the identity behind it. */
    record Session(String accessKeyId, String secretAccessKey, String sessionToken, String account, String arn,
                   String userId, Instant expiration) {
    }

    private final Map<String, Session> byAccessKey = new ConcurrentHashMap<>();

    void put(Session s) {
        byAccessKey.put(s.accessKeyId(), s);
    }

    Session get(String accessKeyId) {
        return accessKeyId == null ? null : byAccessKey.get(accessKeyId);
    }

    void clear() {
        byAccessKey.clear();
    }
}
