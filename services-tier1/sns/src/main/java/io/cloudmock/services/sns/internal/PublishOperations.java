package io.cloudmock.services.sns.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;

/** Publish and PublishBatch: validation, FIFO deduplication and sequence numbers, then asynchronous fan-out. */
final class PublishOperations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long DEDUP_WINDOW_MS = 5 * 60_000L;
    private static final int MAX_SIZE = 262_144;

    private final SnsStore store;
    private final Deliveries deliveries;

    PublishOperations(SnsStore store, Deliveries deliveries) {
        this.store = store;
        this.deliveries = deliveries;
    }

    Struct publish(RequestContext ctx, Struct in) {
        String arn = in.string("TopicArn", in.string("TargetArn"));
        if (arn == null) {
            if (in.string("PhoneNumber") != null) {
                return Struct.of("MessageId", UUID.randomUUID().toString());
            }
            throw SnsErrors.invalidParameter("TopicArn or TargetArn Reason: no value for required parameter");
        }
        Topic t = store.topic(arn);
        return publish(t, in);
    }

    private Struct publish(Topic t, Struct in) {
        String message = in.string("Message");
        if (message == null || message.isEmpty()) {
            throw SnsErrors.invalidParameter("Empty message");
        }
        Map<String, String[]> attrs = new LinkedHashMap<>();
        Map<String, byte[]> binary = new LinkedHashMap<>();
        readAttributes(in.map("MessageAttributes"), attrs, binary);
        int size = message.getBytes(StandardCharsets.UTF_8).length;
        for (Map.Entry<String, String[]> e : attrs.entrySet()) {
            size += e.getKey().length() + e.getValue()[0].length() + e.getValue()[1].length();
        }
        if (size > MAX_SIZE) {
            throw SnsErrors.invalidParameter("Message too long");
        }
        JsonNode structured = null;
        if ("json".equals(in.string("MessageStructure"))) {
            try {
                structured = JSON.readTree(message);
            } catch (IOException e) {
                structured = null;
            }
            if (structured == null || !structured.isObject()) {
                throw SnsErrors.invalidParameter("Message Structure - JSON message body failed to parse");
            }
            if (!structured.has("default")) {
                throw SnsErrors.invalidParameter("Message Structure - No default entry in JSON message body");
            }
        }
        String subject = in.string("Subject");
        if (subject != null && (subject.isEmpty() || subject.length() > 100)) {
            throw SnsErrors.invalidParameter("Subject");
        }
        String group = in.string("MessageGroupId");
        String dedupId = in.string("MessageDeduplicationId");
        String messageId = Ids.uuid();
        if (!t.fifo) {
            if (dedupId != null) {
                throw SnsErrors.invalidParameter("MessageDeduplicationId Reason: The request includes "
                        + "MessageDeduplicationId parameter that is not valid for this topic type");
            }
            return dispatch(t, messageId, subject, message, structured, attrs, binary, group, null, null);
        }
        if (group == null || group.isEmpty()) {
            throw SnsErrors.invalidParameter("The MessageGroupId parameter is required for FIFO topics");
        }
        if (dedupId == null) {
            if (!"true".equalsIgnoreCase(t.attributes.get("ContentBasedDeduplication"))) {
                throw SnsErrors.invalidParameter("The topic should either have ContentBasedDeduplication enabled "
                        + "or MessageDeduplicationId provided explicitly");
            }
            dedupId = sha256(message);
        }
        synchronized (t) {
            long now = System.currentTimeMillis();
            String[] previous = t.dedup.get(dedupId);
            if (previous != null && Long.parseLong(previous[2]) > now) {
                return Struct.of("MessageId", previous[0], "SequenceNumber", previous[1]);
            }
            String sequence = String.format("%020d", t.sequence.incrementAndGet());
            t.dedup.put(dedupId, new String[] {messageId, sequence, Long.toString(now + DEDUP_WINDOW_MS)});
            if (t.dedup.size() > 1000) {
                t.dedup.values().removeIf(v -> Long.parseLong(v[2]) <= now);
            }
            // under the topic's lock so the dispatcher sees FIFO messages in sequence order
            return dispatch(t, messageId, subject, message, structured, attrs, binary, group, dedupId, sequence);
        }
    }

    private Struct dispatch(Topic t, String messageId, String subject, String message, JsonNode structured,
                            Map<String, String[]> attrs, Map<String, byte[]> binary, String group, String dedupId,
                            String sequence) {
        String timestamp = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        deliveries.publish(t, new Notification(messageId, t.arn, subject, message, structured, attrs, binary,
                timestamp, group, dedupId, sequence));
        return Struct.of("MessageId", messageId, "SequenceNumber", sequence);
    }

    private static void readAttributes(Map<String, Object> in, Map<String, String[]> attrs, Map<String, byte[]> binary) {
        if (in.size() > 10) {
            throw SnsErrors.invalidParameter("MessageAttributes Reason: number of message attributes exceeds 10");
        }
        for (Map.Entry<String, Object> e : in.entrySet()) {
            String name = e.getKey();
            Struct v = e.getValue() instanceof Struct s ? s : new Struct(cast(e.getValue()));
            String type = v.string("DataType", "");
            if (!(type.startsWith("String") || type.startsWith("Number") || type.startsWith("Binary"))) {
                throw SnsErrors.invalidParameterValue("The message attribute '" + name + "' has an invalid message "
                        + "attribute type, the set of supported type prefixes is Binary, Number, and String.");
            }
            if (type.startsWith("Binary")) {
                byte[] b = v.get("BinaryValue") instanceof byte[] bytes ? bytes : null;
                if (b == null) {
                    throw missingValue(name);
                }
                binary.put(name, b);
                attrs.put(name, new String[] {type, Base64.getEncoder().encodeToString(b)});
                continue;
            }
            String s = v.string("StringValue");
            if (s == null) {
                throw missingValue(name);
            }
            if (type.startsWith("Number")) {
                try {
                    new java.math.BigDecimal(s.trim());
                } catch (NumberFormatException ex) {
                    throw SnsErrors.invalidParameterValue("Could not cast message attribute '" + name
                            + "' value to number.");
                }
            }
            if (type.equals("String.Array")) {
                try {
                    JsonNode arr = JSON.readTree(s);
                    if (arr == null || !arr.isArray()) {
                        throw new IOException("not an array");
                    }
                } catch (IOException ex) {
                    throw SnsErrors.invalidParameter("Message attribute '" + name + "' must contain a JSON array "
                            + "of values");
                }
            }
            attrs.put(name, new String[] {type, s});
        }
    }

    private static AwsException missingValue(String name) {
        return SnsErrors.invalidParameterValue("The message attribute '" + name + "' must contain non-empty message "
                + "attribute value for message attribute type 'String'.");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object o) {
        return (Map<String, Object>) o;
    }

    Struct publishBatch(RequestContext ctx, Struct in) {
        Topic t = store.topic(in.string("TopicArn"));
        List<Struct> entries = in.structs("PublishBatchRequestEntries");
        if (entries.isEmpty()) {
            throw SnsErrors.emptyBatch();
        }
        if (entries.size() > 10) {
            throw SnsErrors.tooManyEntries();
        }
        Set<String> ids = new HashSet<>();
        for (Struct e : entries) {
            String id = e.string("Id");
            if (id == null || !id.matches("[A-Za-z0-9_-]{1,80}")) {
                throw SnsErrors.invalidBatchEntryId();
            }
            if (!ids.add(id)) {
                throw SnsErrors.batchIdsNotDistinct();
            }
        }
        List<Object> ok = new ArrayList<>();
        List<Object> failed = new ArrayList<>();
        for (Struct e : entries) {
            try {
                Struct r = publish(t, e);
                r.put("Id", e.string("Id"));
                ok.add(r);
            } catch (AwsException ex) {
                failed.add(Struct.of("Id", e.string("Id"), "Code", ex.code().replaceAll("Exception$", ""),
                        "Message", ex.getMessage(), "SenderFault", ex.fault() == AwsException.Fault.SENDER));
            }
        }
        return Struct.of("Successful", ok, "Failed", failed);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
