package io.cloudmock.services.sns.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** One topic: its attributes and tags (subscriptions live in the store). */
final class Topic {

    final String arn;
    final String account;
    final String region;
    final String name;
    final boolean fifo;
    final Map<String, String> attributes = new ConcurrentHashMap<>();
    final Map<String, String> tags = new ConcurrentHashMap<>();
    final AtomicLong sequence = new AtomicLong();
    /** FIFO deduplication ids seen in the last five minutes: id -> (message id, expiry). */
    final Map<String, String[]> dedup = new ConcurrentHashMap<>();

    Topic(String arn, String account, String region, String name) {
        this.arn = arn;
        this.account = account;
        this.region = region;
        this.name = name;
        this.fifo = name.endsWith(".fifo");
    }
}
