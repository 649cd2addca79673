package io.cloudmock.services.sqs.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The settable attributes of a queue with their defaults and the ranges SQS enforces. */
final class QueueAttributes {

    static final ObjectMapper JSON = new ObjectMapper();

    static final Set<String> READ_ONLY = Set.of("ApproximateNumberOfMessages",
            "ApproximateNumberOfMessagesNotVisible", "ApproximateNumberOfMessagesDelayed", "CreatedTimestamp",
            "LastModifiedTimestamp", "QueueArn");
    static final Set<String> FIFO_ONLY = Set.of("FifoQueue", "ContentBasedDeduplication", "DeduplicationScope",
            "FifoThroughputLimit");
    static final Set<String> SETTABLE = Set.of("DelaySeconds", "MaximumMessageSize", "MessageRetentionPeriod",
            "Policy", "ReceiveMessageWaitTimeSeconds", "VisibilityTimeout", "RedrivePolicy", "RedriveAllowPolicy",
            "KmsMasterKeyId", "KmsDataKeyReusePeriodSeconds", "SqsManagedSseEnabled", "FifoQueue",
            "ContentBasedDeduplication", "DeduplicationScope", "FifoThroughputLimit");

    /** A parsed redrive policy. */
    record Redrive(String deadLetterTargetArn, int maxReceiveCount) {
    }

    private final Map<String, String> values = new ConcurrentHashMap<>();
    private volatile Redrive redrive;
    private volatile long lastModified;

    static QueueAttributes defaults(boolean fifo) {
        QueueAttributes a = new QueueAttributes();
        a.values.put("DelaySeconds", "0");
        a.values.put("MaximumMessageSize", "262144");
        a.values.put("MessageRetentionPeriod", "345600");
        a.values.put("ReceiveMessageWaitTimeSeconds", "0");
        a.values.put("VisibilityTimeout", "30");
        a.values.put("SqsManagedSseEnabled", "true");
        if (fifo) {
            a.values.put("FifoQueue", "true");
            a.values.put("ContentBasedDeduplication", "false");
            a.values.put("DeduplicationScope", "queue");
            a.values.put("FifoThroughputLimit", "perQueue");
        }
        a.lastModified = System.currentTimeMillis() / 1000;
        return a;
    }

    String get(String name) {
        return values.get(name);
    }

    int seconds(String name) {
        String v = values.get(name);
        return v == null ? 0 : Integer.parseInt(v);
    }

    Redrive redrive() {
        return redrive;
    }

    long lastModified() {
        return lastModified;
    }

    Map<String, String> all() {
        return new LinkedHashMap<>(values);
    }

    /** Checks names and values; {@code resolveQueue} tells whether a dead-letter target ARN exists. */
    static void validate(Map<String, String> in, boolean fifo, boolean creating,
                         java.util.function.Predicate<String> queueExists) {
        for (Map.Entry<String, String> e : in.entrySet()) {
            String k = e.getKey();
            String v = e.getValue();
            if (!SETTABLE.contains(k) || (!fifo && FIFO_ONLY.contains(k) && !(k.equals("FifoQueue") && "false".equals(v)))) {
                throw SqsErrors.invalidAttributeName(k);
            }
            switch (k) {
                case "DelaySeconds" -> range(k, v, 0, 900);
                case "MaximumMessageSize" -> range(k, v, 1024, 1048576);
                case "MessageRetentionPeriod" -> range(k, v, 60, 1209600);
                case "ReceiveMessageWaitTimeSeconds" -> range(k, v, 0, 20);
                case "VisibilityTimeout" -> range(k, v, 0, 43200);
                case "KmsDataKeyReusePeriodSeconds" -> range(k, v, 60, 86400);
                case "SqsManagedSseEnabled", "ContentBasedDeduplication" -> bool(k, v);
                case "FifoQueue" -> {
                    bool(k, v);
                    if (!creating) {
                        throw SqsErrors.invalidAttributeValue(k, "Reason: Modifying queue type is not supported.");
                    }
                }
                case "DeduplicationScope" -> oneOf(k, v, "queue", "messageGroup");
                case "FifoThroughputLimit" -> oneOf(k, v, "perQueue", "perMessageGroupId");
                case "RedrivePolicy" -> parseRedrive(v, queueExists);
                case "Policy", "RedriveAllowPolicy" -> json(k, v);
                default -> { }
            }
        }
    }

    /** Applies validated values; an empty RedrivePolicy removes it. */
    void apply(Map<String, String> in) {
        in.forEach((k, v) -> {
            if (v.isEmpty() && (k.equals("RedrivePolicy") || k.equals("Policy") || k.equals("RedriveAllowPolicy")
                    || k.equals("KmsMasterKeyId"))) {
                values.remove(k);
            } else {
                values.put(k, v);
            }
        });
        String r = values.get("RedrivePolicy");
        redrive = r == null ? null : parseRedrive(r, arn -> true);
        lastModified = System.currentTimeMillis() / 1000;
    }

    void restore(Map<String, String> all, long lastModifiedSeconds) {
        apply(all);
        lastModified = lastModifiedSeconds;
    }

    private static void range(String k, String v, long min, long max) {
        try {
            long n = Long.parseLong(v.trim());
            if (n >= min && n <= max) {
                return;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw SqsErrors.invalidAttributeValue(k, null);
    }

    private static void bool(String k, String v) {
        if (!"true".equalsIgnoreCase(v) && !"false".equalsIgnoreCase(v)) {
            throw SqsErrors.invalidAttributeValue(k, null);
        }
    }

    private static void oneOf(String k, String v, String... allowed) {
        for (String a : allowed) {
            if (a.equals(v)) {
                return;
            }
        }
        throw SqsErrors.invalidAttributeValue(k, null);
    }

    private static JsonNode json(String k, String v) {
        if (v.isEmpty()) {
            return null;
        }
        try {
            JsonNode n = JSON.readTree(v);
            if (n != null && n.isObject()) {
                return n;
            }
        } catch (java.io.IOException e) {
            // below
        }
        throw SqsErrors.invalidAttributeValue(k, "Reason: failed to parse JSON.");
    }

    static Redrive parseRedrive(String v, java.util.function.Predicate<String> queueExists) {
        JsonNode n = json("RedrivePolicy", v);
        if (n == null) {
            return null;
        }
        String target = n.path("deadLetterTargetArn").asText(null);
        JsonNode count = n.get("maxReceiveCount");
        if (target == null || count == null) {
            throw SqsErrors.invalidAttributeValue("RedrivePolicy", "Reason: Redrive policy is not a valid JSON map "
                    + "or is missing deadLetterTargetArn or maxReceiveCount.");
        }
        int max;
        try {
            max = Integer.parseInt(count.asText().trim());
        } catch (NumberFormatException e) {
            max = -1;
        }
        if (max < 1 || max > 1000) {
            throw SqsErrors.invalidAttributeValue("RedrivePolicy", "Reason: Invalid value for maxReceiveCount: "
                    + count.asText() + ", valid values are from 1 to 1000 both inclusive.");
        }
        if (!queueExists.test(target)) {
            throw SqsErrors.invalidAttributeValue("RedrivePolicy", "Reason: Dead letter target does not exist.");
        }
        return new Redrive(target, max);
    }
}
