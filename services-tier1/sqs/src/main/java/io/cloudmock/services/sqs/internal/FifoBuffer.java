package io.cloudmock.services.sqs.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * FIFO queue: messages in sequence order. A message group is blocked while any of its messages is hidden, so
 * order holds within a group and only one batch per group is in flight.
 */
final class FifoBuffer implements MessageBuffer {

    private final TreeMap<Long, Message> bySequence = new TreeMap<>();

    @Override
    public void add(Message m) {
        bySequence.put(m.sequence, m);
    }

    @Override
    public List<Message> take(int max, long now, Predicate<Message> keep) {
        List<Message> out = new ArrayList<>(max);
        Set<String> blocked = new HashSet<>();
        for (Message m : bySequence.values()) {
            if (m.visibleAt > now) {
                blocked.add(m.groupId);
            }
        }
        Iterator<Message> it = bySequence.values().iterator();
        while (it.hasNext() && out.size() < max) {
            Message m = it.next();
            if (blocked.contains(m.groupId)) {
                continue;
            }
            if (m.deleted || !keep.test(m)) {
                it.remove();
                continue;
            }
            out.add(m);
        }
        return out;
    }

    @Override
    public void hideUntil(Message m, long visibleAt) {
        m.epoch++;
        m.visibleAt = visibleAt;
    }

    @Override
    public void remove(Message m) {
        m.deleted = true;
        bySequence.remove(m.sequence);
    }

    @Override
    public long nextWake() {
        long min = Long.MAX_VALUE;
        long now = System.currentTimeMillis();
        for (Message m : bySequence.values()) {
            if (m.visibleAt > now) {
                min = Math.min(min, m.visibleAt);
            }
        }
        return min;
    }

    @Override
    public void clear() {
        bySequence.clear();
    }
}
