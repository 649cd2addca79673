package io.cloudmock.services.sns.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Topics and subscriptions by ARN (the ARN carries account and region). */
final class SnsStore {

    final Map<String, Topic> topics = new ConcurrentHashMap<>();
    final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();

    Topic topic(String arn) {
        Topic t = arn == null ? null : topics.get(arn);
        if (t == null) {
            throw SnsErrors.topicNotFound();
        }
        return t;
    }

    /** Topics of one account and region, sorted by ARN. */
    List<Topic> topics(String account, String region) {
        List<Topic> out = new ArrayList<>();
        for (Topic t : topics.values()) {
            if (t.account.equals(account) && t.region.equals(region)) {
                out.add(t);
            }
        }
        out.sort((a, b) -> a.arn.compareTo(b.arn));
        return out;
    }

    /** Subscriptions of a topic, oldest first. */
    List<Subscription> subscriptionsOf(String topicArn) {
        List<Subscription> out = new ArrayList<>();
        for (Subscription s : subscriptions.values()) {
            if (s.topicArn.equals(topicArn)) {
                out.add(s);
            }
        }
        out.sort((a, b) -> a.arn.compareTo(b.arn));
        return out;
    }

    Collection<Subscription> allSubscriptions() {
        return subscriptions.values();
    }

    void clear() {
        topics.clear();
        subscriptions.clear();
    }
}
