package io.cloudmock.services.sqs.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;

/** SendMessage, ReceiveMessage, DeleteMessage, ChangeMessageVisibility and their batch forms. */
final class MessageOperations {

    private final SqsStore store;
    private final DeadLetters deadLetters;

    MessageOperations(SqsStore store, DeadLetters deadLetters) {
        this.store = store;
        this.deadLetters = deadLetters;
    }

    Struct sendMessage(RequestContext ctx, Struct in) {
        Queue q = store.byUrl(ctx, in.string("QueueUrl"));
        return send(ctx, q, in);
    }

    private Struct send(RequestContext ctx, Queue q, Struct in) {
        String body = in.string("MessageBody");
        if (body == null || body.isEmpty()) {
            throw SqsErrors.missingParameter("MessageBody");
        }
        checkCharacters(body);
        Map<String, MessageAttributes.Value> attrs = MessageAttributes.read(in.map("MessageAttributes"), false);
        Map<String, MessageAttributes.Value> system = MessageAttributes.read(in.map("MessageSystemAttributes"), true);
        long size = body.getBytes(StandardCharsets.UTF_8).length + MessageAttributes.size(attrs);
        int maxSize = q.attributes.seconds("MaximumMessageSize");
        if (size > maxSize) {
            throw SqsErrors.invalidParameterValue("One or more parameters are invalid. Reason: Message must be shorter "
                    + "than " + maxSize + " bytes.");
        }
        Integer delay = in.integer("DelaySeconds");
        String group = in.string("MessageGroupId");
        String dedupId = in.string("MessageDeduplicationId");
        if (q.fifo) {
            if (delay != null && delay != 0) {
                throw SqsErrors.invalidParameterValue("Value " + delay + " for parameter DelaySeconds is invalid. "
                        + "Reason: The request include parameter that is not valid for this queue type.");
            }
            if (group == null || group.isEmpty()) {
                throw SqsErrors.missingParameter("MessageGroupId");
            }
            if (dedupId == null) {
                if (!"true".equalsIgnoreCase(q.attributes.get("ContentBasedDeduplication"))) {
                    throw SqsErrors.invalidParameterValue("The queue should either have ContentBasedDeduplication "
                            + "enabled or MessageDeduplicationId provided explicitly");
                }
                dedupId = sha256(body);
            }
        } else if (dedupId != null) {
            throw SqsErrors.invalidParameterValue("Value " + dedupId + " for parameter MessageDeduplicationId is "
                    + "invalid. Reason: The request includes a parameter that is not valid for this queue type.");
        }
        if (delay != null && (delay < 0 || delay > 900)) {
            throw SqsErrors.invalidParameterValue("Value " + delay + " for parameter DelaySeconds is invalid. Reason: "
                    + "DelaySeconds must be >= 0 and <= 900.");
        }
        Message m = new Message(Ids.uuid(), body, attrs, system, System.currentTimeMillis(),
                ctx.accountId(), group, dedupId, 0, q.fifo);
        Message.Received stored = q.send(m, delay != null ? delay : q.attributes.seconds("DelaySeconds"));
        Message sent = stored.message();
        return Struct.of("MD5OfMessageBody", m.md5OfBody,
                "MD5OfMessageAttributes", MessageAttributes.md5(m.attributes),
                "MD5OfMessageSystemAttributes", MessageAttributes.md5(m.systemAttributes),
                "MessageId", sent.id, "SequenceNumber", sent.sequenceNumber());
    }

    private static void checkCharacters(String body) {
        for (int i = 0; i < body.length(); ) {
            int c = body.codePointAt(i);
            if (!(c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF))) {
                throw SqsErrors.invalidMessageContents();
            }
            i += Character.charCount(c);
        }
    }

    private static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Struct sendMessageBatch(RequestContext ctx, Struct in) {
        Queue q = store.byUrl(ctx, in.string("QueueUrl"));
        List<Struct> entries = Batches.check(in.structs("Entries"));
        long total = 0;
        for (Struct e : entries) {
            total += e.string("MessageBody", "").getBytes(StandardCharsets.UTF_8).length
                    + MessageAttributes.size(safeAttributes(e));
        }
        int max = q.attributes.seconds("MaximumMessageSize");
        if (total > max) {
            throw SqsErrors.batchRequestTooLong(total, max);
        }
        return Batches.run(entries, e -> {
            Struct r = send(ctx, q, e);
            r.put("Id", e.string("Id"));
            return r;
        });
    }

    private static Map<String, MessageAttributes.Value> safeAttributes(Struct e) {
        try {
            return MessageAttributes.read(e.map("MessageAttributes"), false);
        } catch (AwsException ex) {
            return Map.of();
        }
    }

    Struct receiveMessage(RequestContext ctx, Struct in) {
        Queue q = store.byUrl(ctx, in.string("QueueUrl"));
        int max = in.integer("MaxNumberOfMessages", 1);
        if (max < 1 || max > 10) {
            throw SqsErrors.invalidParameterValue("Value " + max + " for parameter MaxNumberOfMessages is invalid. "
                    + "Reason: Must be between 1 and 10, if provided.");
        }
        int wait = in.integer("WaitTimeSeconds", q.attributes.seconds("ReceiveMessageWaitTimeSeconds"));
        if (wait < 0 || wait > 20) {
            throw SqsErrors.invalidParameterValue("Value " + wait + " for parameter WaitTimeSeconds is invalid. "
                    + "Reason: Must be >= 0 and <= 20, if provided.");
        }
        int visibility = in.integer("VisibilityTimeout", q.attributes.seconds("VisibilityTimeout"));
        if (visibility < 0 || visibility > 43200) {
            throw SqsErrors.invalidParameterValue("Value " + visibility + " for parameter VisibilityTimeout is "
                    + "invalid. Reason: Must be >= 0 and <= 43200, if provided.");
        }
        Queue dlq = null;
        QueueAttributes.Redrive redrive = q.attributes.redrive();
        if (redrive != null) {
            dlq = store.byArn(redrive.deadLetterTargetArn());
        }
        List<Message.Received> got;
        List<Message> dead = new ArrayList<>();
        try {
            got = q.receive(max, visibility, wait * 1000L, dlq == null ? 0 : redrive.maxReceiveCount(), dead);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            got = List.of();
        }
        if (!dead.isEmpty()) {
            deadLetters.moveTo(dlq, q.arn(), dead);
        }
        List<String> systemNames = new ArrayList<>(in.strings("AttributeNames"));
        systemNames.addAll(in.strings("MessageSystemAttributeNames"));
        List<String> attributeNames = in.strings("MessageAttributeNames");
        List<Object> messages = new ArrayList<>();
        for (Message.Received r : got) {
            messages.add(output(r, systemNames, attributeNames));
        }
        return messages.isEmpty() ? new Struct() : Struct.of("Messages", messages);
    }

    private static Struct output(Message.Received r, List<String> systemNames, List<String> attributeNames) {
        Message m = r.message();
        Struct s = Struct.of("MessageId", m.id, "ReceiptHandle", r.receiptHandle(), "MD5OfBody", m.md5OfBody,
                "Body", m.body);
        Map<String, Object> system = systemAttributes(r, systemNames);
        if (!system.isEmpty()) {
            s.put("Attributes", system);
        }
        Map<String, MessageAttributes.Value> selected = MessageAttributes.select(m.attributes, attributeNames);
        if (!selected.isEmpty()) {
            s.put("MD5OfMessageAttributes", MessageAttributes.md5(selected));
            s.put("MessageAttributes", MessageAttributes.toOutput(selected));
        }
        return s;
    }

    private static Map<String, Object> systemAttributes(Message.Received r, List<String> names) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (names.isEmpty()) {
            return out;
        }
        boolean all = names.contains("All");
        Message m = r.message();
        put(out, names, all, "SenderId", m.senderId);
        put(out, names, all, "SentTimestamp", Long.toString(m.sentTimestamp));
        put(out, names, all, "ApproximateReceiveCount", Integer.toString(r.receiveCount()));
        put(out, names, all, "ApproximateFirstReceiveTimestamp", Long.toString(r.firstReceiveTimestamp()));
        put(out, names, all, "SequenceNumber", m.sequenceNumber());
        put(out, names, all, "MessageDeduplicationId", m.deduplicationId);
        put(out, names, all, "MessageGroupId", m.groupId);
        put(out, names, all, "DeadLetterQueueSourceArn", m.deadLetterSourceArn);
        MessageAttributes.Value trace = m.systemAttributes.get("AWSTraceHeader");
        put(out, names, all, "AWSTraceHeader", trace == null ? null : trace.stringValue());
        return out;
    }

    private static void put(Map<String, Object> out, List<String> names, boolean all, String name, String value) {
        if (value != null && (all || names.contains(name))) {
            out.put(name, value);
        }
    }

    Struct deleteMessage(RequestContext ctx, Struct in) {
        store.byUrl(ctx, in.string("QueueUrl")).delete(in.string("ReceiptHandle"));
        return new Struct();
    }

    Struct deleteMessageBatch(RequestContext ctx, Struct in) {
        Queue q = store.byUrl(ctx, in.string("QueueUrl"));
        return Batches.run(Batches.check(in.structs("Entries")), e -> {
            q.delete(e.string("ReceiptHandle"));
            return Struct.of("Id", e.string("Id"));
        });
    }

    Struct changeMessageVisibility(RequestContext ctx, Struct in) {
        Queue q = store.byUrl(ctx, in.string("QueueUrl"));
        q.changeVisibility(in.string("ReceiptHandle"), visibility(in));
        return new Struct();
    }

    Struct changeMessageVisibilityBatch(RequestContext ctx, Struct in) {
        Queue q = store.byUrl(ctx, in.string("QueueUrl"));
        return Batches.run(Batches.check(in.structs("Entries")), e -> {
            q.changeVisibility(e.string("ReceiptHandle"), visibility(e));
            return Struct.of("Id", e.string("Id"));
        });
    }

    private static int visibility(Struct in) {
        Integer v = in.integer("VisibilityTimeout");
        if (v == null || v < 0 || v > 43200) {
            throw SqsErrors.invalidParameterValue("Value " + v + " for parameter VisibilityTimeout is invalid. "
                    + "Reason: Must be >= 0 and <= 43200.");
        }
        return v;
    }
}
