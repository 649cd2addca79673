package io.cloudmock.gateway.internal.protocol.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.models.internal.BotocoreModels;

/** The real vendored botocore models, loaded once per test JVM. */
public final class Models {

    private static final BotocoreModels MODELS = new BotocoreModels();
    private static final Map<String, ServiceModel> CACHE = new ConcurrentHashMap<>();

    private Models() {
    }

    public static ServiceModel of(String service) {
        return CACHE.computeIfAbsent(service, s -> MODELS.model(s).orElseThrow());
    }
}
