package io.cloudmock.services.sns.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Topics and subscriptions as one JSON file, written atomically after each change and loaded at start. */
final class SnsSnapshots {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SnsSnapshots() {
    }

    static synchronized void save(SnsStore store, Path file) throws IOException {
        List<Object> topics = new ArrayList<>();
        for (Topic t : store.topics.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("arn", t.arn);
            m.put("account", t.account);
            m.put("region", t.region);
            m.put("name", t.name);
            m.put("attributes", new LinkedHashMap<>(t.attributes));
            m.put("tags", new LinkedHashMap<>(t.tags));
            m.put("sequence", t.sequence.get());
            topics.add(m);
        }
        List<Object> subs = new ArrayList<>();
        for (Subscription s : store.subscriptions.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("arn", s.arn);
            m.put("topicArn", s.topicArn);
            m.put("protocol", s.protocol);
            m.put("endpoint", s.endpoint);
            m.put("owner", s.owner);
            m.put("token", s.token);
            m.put("confirmed", s.confirmed);
            m.put("attributes", new LinkedHashMap<>(s.attributes));
            subs.add(m);
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(tmp.toFile(), Map.of("version", 1, "topics", topics, "subscriptions", subs));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @SuppressWarnings("unchecked")
    static void load(SnsStore store, Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        Map<String, Object> root = JSON.readValue(file.toFile(), new TypeReference<Map<String, Object>>() { });
        for (Object o : (List<Object>) root.getOrDefault("topics", List.of())) {
            Map<String, Object> m = (Map<String, Object>) o;
            Topic t = new Topic((String) m.get("arn"), (String) m.get("account"), (String) m.get("region"),
                    (String) m.get("name"));
            t.attributes.putAll((Map<String, String>) m.get("attributes"));
            t.tags.putAll((Map<String, String>) m.get("tags"));
            t.sequence.set(((Number) m.get("sequence")).longValue());
            store.topics.put(t.arn, t);
        }
        for (Object o : (List<Object>) root.getOrDefault("subscriptions", List.of())) {
            Map<String, Object> m = (Map<String, Object>) o;
            Subscription s = new Subscription((String) m.get("arn"), (String) m.get("topicArn"),
                    (String) m.get("protocol"), (String) m.get("endpoint"), (String) m.get("owner"),
                    (String) m.get("token"));
            s.confirmed = Boolean.TRUE.equals(m.get("confirmed"));
            s.setAll((Map<String, String>) m.get("attributes"));
            store.subscriptions.put(s.arn, s);
        }
    }
}
