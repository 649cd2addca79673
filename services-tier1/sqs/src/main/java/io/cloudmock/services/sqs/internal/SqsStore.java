package io.cloudmock.services.sqs.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.cloudmock.api.RequestContext;

/** All queues, per (account, region, name); resolves queue URLs and ARNs. */
final class SqsStore {

    private final Map<String, Queue> queues = new ConcurrentHashMap<>();

    private static String key(String account, String region, String name) {
        return account + "/" + region + "/" + name;
    }

    Queue get(String account, String region, String name) {
        return queues.get(key(account, region, name));
    }

    /** Creates the queue unless one of that name exists; returns the queue stored. */
    Queue putIfAbsent(Queue q) {
        Queue prev = queues.putIfAbsent(key(q.account, q.region, q.name), q);
        return prev == null ? q : prev;
    }

    boolean remove(Queue q) {
        return queues.remove(key(q.account, q.region, q.name), q);
    }

    Collection<Queue> all() {
        return queues.values();
    }

    /** The queues of one account and region. */
    List<Queue> list(String account, String region) {
        List<Queue> out = new ArrayList<>();
        for (Queue q : queues.values()) {
            if (q.account.equals(account) && q.region.equals(region)) {
                out.add(q);
            }
        }
        out.sort((a, b) -> a.name.compareTo(b.name));
        return out;
    }

    /**
     * The queue a URL names ({@code http://host/<account>/<name>}; the region is the one in an
     * {@code sqs.<region>.} host, else the caller's); throws QueueDoesNotExist.
     */
    Queue byUrl(RequestContext ctx, String url) {
        Queue q = findByUrl(ctx, url);
        if (q == null) {
            throw SqsErrors.queueDoesNotExist();
        }
        return q;
    }

    Queue findByUrl(RequestContext ctx, String url) {
        if (url == null || url.isEmpty()) {
            throw SqsErrors.missingParameter("QueueUrl");
        }
        String path;
        String region = ctx.region();
        try {
            URI u = URI.create(url.trim());
            path = u.getPath();
            String host = u.getHost();
            if (host != null) {
                String h = host.toLowerCase(Locale.ROOT);
                String[] labels = h.split("\\.");
                if (labels.length > 2 && labels[0].equals("sqs") && labels[1].matches("[a-z]{2}(-[a-z]+)+-\\d")) {
                    region = labels[1];
                } else if (labels.length > 2 && labels[1].equals("queue") && labels[0].matches("[a-z]{2}(-[a-z]+)+-\\d")) {
                    region = labels[0];
                }
            }
        } catch (IllegalArgumentException e) {
            throw SqsErrors.queueDoesNotExist();
        }
        if (path == null) {
            return null;
        }
        String[] parts = path.replaceAll("^/+|/+$", "").split("/");
        if (parts.length != 2) {
            return null;
        }
        return get(parts[0], region, parts[1]);
    }

    /** The queue an ARN names ({@code arn:aws:sqs:region:account:name}), or null. */
    Queue byArn(String arn) {
        String[] p = arn == null ? new String[0] : arn.split(":", 6);
        if (p.length != 6 || !p[0].equals("arn") || !p[2].equals("sqs")) {
            return null;
        }
        return get(p[4], p[3], p[5]);
    }

    /** Applies a function to every queue (snapshots). */
    <T> List<T> map(Function<Queue, T> f) {
        List<T> out = new ArrayList<>();
        queues.values().forEach(q -> out.add(f.apply(q)));
        return out;
    }

    void clear() {
        queues.values().forEach(Queue::markDeleted);
        queues.clear();
    }
}
