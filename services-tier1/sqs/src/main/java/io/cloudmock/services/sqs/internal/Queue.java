package io.cloudmock.services.sqs.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.nio.charset.StandardCharsets;

/**
 * One queue: its attributes and messages. All message state changes happen under {@link #lock}; long polls
 * wait on {@link #changed} with a timeout (no busy waiting) and wake as soon as a message may be available.
 */
final class Queue {

    static final long DEDUP_WINDOW_MS = 5 * 60_000L;

    final String account;
    final String region;
    final String name;
    final boolean fifo;
    final QueueAttributes attributes;
    final Map<String, String> tags = new ConcurrentHashMap<>();
    final long createdTimestamp;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<String, Message> byId = new LinkedHashMap<>();
    private final MessageBuffer buffer;
    private final Map<String, Message.Received> dedup = new HashMap<>();
    private final Map<String, Long> dedupExpiry = new HashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private volatile boolean deleted;

    Queue(String account, String region, String name, QueueAttributes attributes, long createdTimestamp) {
        this.account = account;
        this.region = region;
        this.name = name;
        this.fifo = name.endsWith(".fifo");
        this.attributes = attributes;
        this.createdTimestamp = createdTimestamp;
        this.buffer = fifo ? new FifoBuffer() : new StandardBuffer();
    }

    String arn() {
        return "arn:" + partition(region) + ":sqs:" + region + ":" + account + ":" + name;
    }

    static String partition(String region) {
        return region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
    }

    /** Sending: the message, or the earlier one with the same deduplication id within five minutes. */
    Message.Received send(Message m, int delaySeconds) {
        lock.lock();
        try {
            long now = System.currentTimeMillis();
            String dedupKey = null;
            if (fifo) {
                dedupKey = "messageGroup".equals(attributes.get("DeduplicationScope"))
                        ? m.groupId + "\u0000" + m.deduplicationId : m.deduplicationId;
                Long until = dedupExpiry.get(dedupKey);
                if (until != null && until > now) {
                    return dedup.get(dedupKey);
                }
            }
            m.visibleAt = now + delaySeconds * 1000L;
            m.sequence = sequence.incrementAndGet();
            byId.put(m.id, m);
            buffer.add(m);
            if (dedupKey != null) {
                dedup.put(dedupKey, new Message.Received(m, null, 0, 0));
                dedupExpiry.put(dedupKey, now + DEDUP_WINDOW_MS);
                if (dedup.size() > 1000) {
                    dedupExpiry.entrySet().removeIf(e -> e.getValue() <= now && dedup.remove(e.getKey()) != null);
                }
            }
            changed.signalAll();
            return new Message.Received(m, null, 0, 0);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Receives up to {@code max} messages, waiting up to {@code waitMillis} for the first one. Messages that
     * exceeded the redrive policy's maxReceiveCount are removed and returned in {@code deadLetters}.
     */
    List<Message.Received> receive(int max, int visibilitySeconds, long waitMillis, int maxReceiveCount,
                                   List<Message> deadLetters) throws InterruptedException {
        long deadline = System.currentTimeMillis() + waitMillis;
        List<Message.Received> out = new ArrayList<>();
        lock.lockInterruptibly();
        try {
            while (true) {
                if (deleted) {
                    return out;
                }
                long now = System.currentTimeMillis();
                long expireBefore = now - attributes.seconds("MessageRetentionPeriod") * 1000L;
                for (Message m : buffer.take(max, now, x -> x.sentTimestamp >= expireBefore)) {
                    if (maxReceiveCount > 0 && m.receiveCount >= maxReceiveCount) {
                        removeLocked(m);
                        deadLetters.add(m);
                        continue;
                    }
                    m.receiveCount++;
                    if (m.firstReceiveTimestamp == 0) {
                        m.firstReceiveTimestamp = now;
                    }
                    m.receiptHandle = newReceiptHandle(m);
                    buffer.hideUntil(m, now + visibilitySeconds * 1000L);
                    out.add(new Message.Received(m, m.receiptHandle, m.receiveCount, m.firstReceiveTimestamp));
                }
                dropExpired(expireBefore);
                if (!out.isEmpty() || now >= deadline || !deadLetters.isEmpty()) {
                    return out;
                }
                long wake = Math.min(deadline, buffer.nextWake());
                changed.await(Math.max(1, wake - now), TimeUnit.MILLISECONDS);
            }
        } finally {
            lock.unlock();
        }
    }

    private void dropExpired(long expireBefore) {
        if (byId.isEmpty()) {
            return;
        }
        Message oldest = null;
        for (Message m : byId.values()) {
            oldest = m;
            break;
        }
        if (oldest != null && oldest.sentTimestamp < expireBefore) {
            for (Iterator<Message> it = byId.values().iterator(); it.hasNext(); ) {
                Message m = it.next();
                if (m.sentTimestamp < expireBefore) {
                    it.remove();
                    buffer.remove(m);
                }
            }
        }
    }

    private static String newReceiptHandle(Message m) {
        String raw = m.id + " " + Ids.uuid();
        return Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The message id inside a receipt handle; throws ReceiptHandleIsInvalid. */
    static String messageIdOf(String receiptHandle) {
        try {
            String raw = new String(Base64.getDecoder().decode(receiptHandle), StandardCharsets.UTF_8);
            int space = raw.indexOf(' ');
            if (space == 36) {
                return raw.substring(0, space);
            }
        } catch (IllegalArgumentException e) {
            // fall through
        }
        throw SqsErrors.receiptHandleIsInvalid(receiptHandle);
    }

    /** Deletes the message of a receipt handle; a message already gone is fine (as on AWS). */
    void delete(String receiptHandle) {
        String id = messageIdOf(receiptHandle);
        lock.lock();
        try {
            Message m = byId.get(id);
            if (m != null) {
                removeLocked(m);
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Changes the visibility timeout of an in-flight message. */
    void changeVisibility(String receiptHandle, int seconds) {
        String id = messageIdOf(receiptHandle);
        lock.lock();
        try {
            Message m = byId.get(id);
            long now = System.currentTimeMillis();
            if (m == null || !m.inFlight(now) || !receiptHandle.equals(m.receiptHandle)) {
                throw SqsErrors.messageNotInflight();
            }
            buffer.hideUntil(m, now + seconds * 1000L);
            if (seconds == 0) {
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    private void removeLocked(Message m) {
        byId.remove(m.id);
        buffer.remove(m);
    }

    /** Removes every message. */
    void purge() {
        lock.lock();
        try {
            for (Message m : byId.values()) {
                m.deleted = true;
            }
            byId.clear();
            buffer.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Removes up to {@code max} visible messages (message move tasks). */
    List<Message> drain(int max) {
        lock.lock();
        try {
            long now = System.currentTimeMillis();
            List<Message> out = buffer.take(max, now, m -> true);
            out.forEach(this::removeLocked);
            return out;
        } finally {
            lock.unlock();
        }
    }

    /** Marks the queue deleted and wakes its long polls. */
    void markDeleted() {
        deleted = true;
        purge();
    }

    /** {visible, in flight, delayed} counts. */
    long[] counts() {
        lock.lock();
        try {
            long now = System.currentTimeMillis();
            long visible = 0;
            long inFlight = 0;
            long delayed = 0;
            for (Message m : byId.values()) {
                if (m.inFlight(now)) {
                    inFlight++;
                } else if (m.delayed(now)) {
                    delayed++;
                } else {
                    visible++;
                }
            }
            return new long[] {visible, inFlight, delayed};
        } finally {
            lock.unlock();
        }
    }

    /** All stored messages in order (for snapshots). */
    List<Message> messages() {
        lock.lock();
        try {
            List<Message> all = new ArrayList<>(byId.values());
            all.sort((a, b) -> Long.compare(a.sequence, b.sequence));
            return all;
        } finally {
            lock.unlock();
        }
    }

    /** Takes a message moved from another queue (dead letters, redrive): visible now, no deduplication. */
    void accept(Message m) {
        lock.lock();
        try {
            m.visibleAt = System.currentTimeMillis();
            m.sequence = sequence.incrementAndGet();
            byId.put(m.id, m);
            buffer.add(m);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Restores a message from a snapshot, keeping its delivery state. */
    void restore(Message m) {
        lock.lock();
        try {
            byId.put(m.id, m);
            sequence.accumulateAndGet(m.sequence, Math::max);
            buffer.add(m);
        } finally {
            lock.unlock();
        }
    }
}
