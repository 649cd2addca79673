package io.cloudmock.services.sqs.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;

/** Queue lifecycle, attributes and tags: CreateQueue, GetQueueUrl, ListQueues, DeleteQueue, PurgeQueue, ... */
final class QueueOperations {

    private final SqsStore store;
    private final Supplier<String> defaultHost;
    private final Runnable changed;

    QueueOperations(SqsStore store, Supplier<String> defaultHost, Runnable changed) {
        this.store = store;
        this.defaultHost = defaultHost;
        this.changed = changed;
    }

    /** The URL of a queue as the caller reaches the gateway. */
    String url(RequestContext ctx, Queue q) {
        String host = ctx.host() == null || ctx.host().isEmpty() ? defaultHost.get() : ctx.host();
        return "http://" + host + "/" + q.account + "/" + q.name;
    }

    Struct createQueue(RequestContext ctx, Struct in) {
        String name = in.string("QueueName");
        Map<String, String> attrs = strings(in.map("Attributes"));
        boolean fifo = name != null && name.endsWith(".fifo");
        if (name == null || !(name.matches("[A-Za-z0-9_-]{1,80}") || name.matches("[A-Za-z0-9_-]{1,75}\\.fifo"))) {
            throw SqsErrors.invalidParameterValue("Can only include alphanumeric characters, hyphens, or underscores. "
                    + "1 to 80 in length");
        }
        boolean fifoAttr = "true".equalsIgnoreCase(attrs.get("FifoQueue"));
        if (fifoAttr && !fifo) {
            throw SqsErrors.invalidParameterValue("The name of a FIFO queue can only include alphanumeric characters, "
                    + "hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.");
        }
        if (fifo && !fifoAttr) {
            throw SqsErrors.invalidParameterValue("The name of a non-FIFO queue may not end with the .fifo suffix.");
        }
        QueueAttributes.validate(attrs, fifo, true, arn -> store.byArn(arn) != null);
        Queue existing = store.get(ctx.accountId(), ctx.region(), name);
        if (existing == null) {
            QueueAttributes a = QueueAttributes.defaults(fifo);
            a.apply(attrs);
            Queue q = new Queue(ctx.accountId(), ctx.region(), name, a, System.currentTimeMillis() / 1000);
            q.tags.putAll(strings(in.map("tags")));
            existing = store.putIfAbsent(q);
            if (existing == q) {
                changed.run();
                return Struct.of("QueueUrl", url(ctx, q));
            }
        }
        for (Map.Entry<String, String> e : attrs.entrySet()) {
            String current = existing.attributes.get(e.getKey());
            if (!e.getValue().equals(current == null ? "" : current)) {
                throw SqsErrors.queueNameExists(e.getKey());
            }
        }
        return Struct.of("QueueUrl", url(ctx, existing));
    }

    Struct getQueueUrl(RequestContext ctx, Struct in) {
        String account = in.string("QueueOwnerAWSAccountId", ctx.accountId());
        Queue q = store.get(account, ctx.region(), in.string("QueueName"));
        if (q == null) {
            throw SqsErrors.queueDoesNotExist();
        }
        return Struct.of("QueueUrl", url(ctx, q));
    }

    Struct listQueues(RequestContext ctx, Struct in) {
        String prefix = in.string("QueueNamePrefix", "");
        Integer max = in.integer("MaxResults");
        if (max != null && (max < 1 || max > 1000)) {
            throw SqsErrors.invalidParameterValue("Value for parameter MaxResults is invalid. Reason: MaxResults "
                    + "must be an integer between 1 and 1000.");
        }
        String after = decodeToken(in.string("NextToken"));
        List<Object> urls = new ArrayList<>();
        String next = null;
        int limit = max == null ? 1000 : max;
        for (Queue q : store.list(ctx.accountId(), ctx.region())) {
            if (!q.name.startsWith(prefix) || (after != null && q.name.compareTo(after) <= 0)) {
                continue;
            }
            if (urls.size() == limit) {
                if (max != null) {
                    next = Base64.getEncoder().encodeToString(((String) lastName(urls)).getBytes(StandardCharsets.UTF_8));
                }
                break;
            }
            urls.add(url(ctx, q));
        }
        Struct out = Struct.of("NextToken", next);
        if (!urls.isEmpty()) {
            out.put("QueueUrls", urls);
        }
        return out;
    }

    private static Object lastName(List<Object> urls) {
        String u = (String) urls.get(urls.size() - 1);
        return u.substring(u.lastIndexOf('/') + 1);
    }

    private static String decodeToken(String token) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        try {
            return new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw SqsErrors.invalidParameterValue("Invalid NextToken value.");
        }
    }

    Struct deleteQueue(RequestContext ctx, Struct in) {
        Queue q = store.byUrl(ctx, in.string("QueueUrl"));
        if (store.remove(q)) {
            q.markDeleted();
            changed.run();
        }
        return new Struct();
    }

    Struct purgeQueue(RequestContext ctx, Struct in) {
        store.byUrl(ctx, in.string("QueueUrl")).purge();
        changed.run();
        return new Struct();
    }

    Struct getQueueAttributes(RequestContext ctx, Struct in) {
        Queue q = store.byUrl(ctx, in.string("QueueUrl"));
        List<String> names = in.strings("AttributeNames");
        Map<String, String> all = allAttributes(q);
        Map<String, Object> out = new LinkedHashMap<>();
        for (String n : names) {
            if (n.equals("All")) {
                out.putAll(all);
            } else if (!QueueAttributes.SETTABLE.contains(n) && !QueueAttributes.READ_ONLY.contains(n)) {
                throw SqsErrors.invalidAttributeName(n);
            } else if (all.containsKey(n)) {
                out.put(n, all.get(n));
            }
        }
        return out.isEmpty() ? new Struct() : Struct.of("Attributes", out);
    }

    private static Map<String, String> allAttributes(Queue q) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("QueueArn", q.arn());
        long[] c = q.counts();
        all.put("ApproximateNumberOfMessages", Long.toString(c[0]));
        all.put("ApproximateNumberOfMessagesNotVisible", Long.toString(c[1]));
        all.put("ApproximateNumberOfMessagesDelayed", Long.toString(c[2]));
        all.put("CreatedTimestamp", Long.toString(q.createdTimestamp));
        all.put("LastModifiedTimestamp", Long.toString(q.attributes.lastModified()));
        all.putAll(q.attributes.all());
        return all;
    }

    Struct setQueueAttributes(RequestContext ctx, Struct in) {
        Queue q = store.byUrl(ctx, in.string("QueueUrl"));
        Map<String, String> attrs = strings(in.map("Attributes"));
        QueueAttributes.validate(attrs, q.fifo, false, arn -> store.byArn(arn) != null);
        q.attributes.apply(attrs);
        changed.run();
        return new Struct();
    }

    Struct listQueueTags(RequestContext ctx, Struct in) {
        Queue q = store.byUrl(ctx, in.string("QueueUrl"));
        return q.tags.isEmpty() ? new Struct() : Struct.of("Tags", new LinkedHashMap<String, Object>(q.tags));
    }

    Struct tagQueue(RequestContext ctx, Struct in) {
        Queue q = store.byUrl(ctx, in.string("QueueUrl"));
        Map<String, String> tags = strings(in.map("Tags"));
        if (q.tags.size() + tags.size() > 50 && tags.keySet().stream().filter(k -> !q.tags.containsKey(k)).count()
                + q.tags.size() > 50) {
            throw SqsErrors.invalidParameterValue("Too many tags added for queue " + q.name + ".");
        }
        q.tags.putAll(tags);
        changed.run();
        return new Struct();
    }

    Struct untagQueue(RequestContext ctx, Struct in) {
        Queue q = store.byUrl(ctx, in.string("QueueUrl"));
        in.strings("TagKeys").forEach(q.tags::remove);
        changed.run();
        return new Struct();
    }

    Struct listDeadLetterSourceQueues(RequestContext ctx, Struct in) {
        Queue dlq = store.byUrl(ctx, in.string("QueueUrl"));
        List<Object> urls = new ArrayList<>();
        for (Queue q : store.list(dlq.account, dlq.region)) {
            QueueAttributes.Redrive r = q.attributes.redrive();
            if (r != null && r.deadLetterTargetArn().equals(dlq.arn())) {
                urls.add(url(ctx, q));
            }
        }
        return Struct.of("queueUrls", urls);
    }

    static Map<String, String> strings(Map<String, Object> m) {
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v == null ? "" : v.toString()));
        return out;
    }
}
