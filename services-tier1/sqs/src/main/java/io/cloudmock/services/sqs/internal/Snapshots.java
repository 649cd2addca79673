package io.cloudmock.services.sqs.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Saves all queues with their messages to one JSON file (written atomically) and loads it back. */
final class Snapshots {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Snapshots() {
    }

    static void save(SqsStore store, Path file) throws IOException {
        List<Map<String, Object>> queues = store.map(Snapshots::queue);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(tmp.toFile(), Map.of("version", 1, "queues", queues));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Map<String, Object> queue(Queue q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account", q.account);
        m.put("region", q.region);
        m.put("name", q.name);
        m.put("created", q.createdTimestamp);
        m.put("lastModified", q.attributes.lastModified());
        m.put("attributes", q.attributes.all());
        m.put("tags", new LinkedHashMap<>(q.tags));
        List<Map<String, Object>> messages = new ArrayList<>();
        for (Message msg : q.messages()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", msg.id);
            e.put("body", msg.body);
            e.put("attributes", values(msg.attributes));
            e.put("system", values(msg.systemAttributes));
            e.put("sent", msg.sentTimestamp);
            e.put("sender", msg.senderId);
            e.put("group", msg.groupId);
            e.put("dedup", msg.deduplicationId);
            e.put("seq", msg.sequence);
            e.put("dlqSource", msg.deadLetterSourceArn);
            e.put("visibleAt", msg.visibleAt);
            e.put("receiveCount", msg.receiveCount);
            e.put("firstReceive", msg.firstReceiveTimestamp);
            e.put("receipt", msg.receiptHandle);
            messages.add(e);
        }
        m.put("messages", messages);
        return m;
    }

    private static Map<String, Object> values(Map<String, MessageAttributes.Value> attrs) {
        Map<String, Object> out = new LinkedHashMap<>();
        attrs.forEach((k, v) -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("type", v.dataType());
            e.put("string", v.stringValue());
            e.put("binary", v.binaryValue() == null ? null : Base64.getEncoder().encodeToString(v.binaryValue()));
            out.put(k, e);
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    static void load(SqsStore store, Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        Map<String, Object> root = JSON.readValue(file.toFile(), new TypeReference<Map<String, Object>>() { });
        for (Object o : (List<Object>) root.getOrDefault("queues", List.of())) {
            Map<String, Object> m = (Map<String, Object>) o;
            String name = (String) m.get("name");
            QueueAttributes a = QueueAttributes.defaults(name.endsWith(".fifo"));
            a.restore((Map<String, String>) m.get("attributes"), ((Number) m.get("lastModified")).longValue());
            Queue q = new Queue((String) m.get("account"), (String) m.get("region"), name, a,
                    ((Number) m.get("created")).longValue());
            q.tags.putAll((Map<String, String>) m.get("tags"));
            for (Object mo : (List<Object>) m.get("messages")) {
                Map<String, Object> e = (Map<String, Object>) mo;
                Message msg = new Message((String) e.get("id"), (String) e.get("body"),
                        readValues((Map<String, Object>) e.get("attributes")), readValues((Map<String, Object>) e.get("system")),
                        ((Number) e.get("sent")).longValue(), (String) e.get("sender"), (String) e.get("group"),
                        (String) e.get("dedup"), ((Number) e.get("seq")).longValue(), q.fifo);
                msg.deadLetterSourceArn = (String) e.get("dlqSource");
                msg.visibleAt = ((Number) e.get("visibleAt")).longValue();
                msg.receiveCount = ((Number) e.get("receiveCount")).intValue();
                msg.firstReceiveTimestamp = ((Number) e.get("firstReceive")).longValue();
                msg.receiptHandle = (String) e.get("receipt");
                q.restore(msg);
            }
            store.putIfAbsent(q);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, MessageAttributes.Value> readValues(Map<String, Object> in) {
        Map<String, MessageAttributes.Value> out = new LinkedHashMap<>();
        if (in != null) {
            in.forEach((k, v) -> {
                Map<String, Object> e = (Map<String, Object>) v;
                String b = (String) e.get("binary");
                out.put(k, new MessageAttributes.Value((String) e.get("type"), (String) e.get("string"),
                        b == null ? null : Base64.getDecoder().decode(b)));
            });
        }
        return out;
    }
}
