package io.cloudmock.services.sqs.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Predicate;

/**
 * Standard queue: a deque of visible messages plus timers for hidden (delayed or in-flight) ones. Timers are
 * removed lazily: a timer counts only while its epoch equals the message's.
 */
final class StandardBuffer implements MessageBuffer {

    private record Timer(long at, Message message, int epoch) {
    }

    private final ArrayDeque<Message> ready = new ArrayDeque<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>((a, b) -> Long.compare(a.at, b.at));

    @Override
    public void add(Message m) {
        if (m.visibleAt <= System.currentTimeMillis()) {
            ready.add(m);
        } else {
            timers.add(new Timer(m.visibleAt, m, m.epoch));
        }
    }

    @Override
    public List<Message> take(int max, long now, Predicate<Message> keep) {
        promote(now);
        List<Message> out = new ArrayList<>(max);
        while (out.size() < max) {
            Message m = ready.poll();
            if (m == null) {
                break;
            }
            if (!m.deleted && m.visibleAt <= now && keep.test(m)) {
                out.add(m);
            }
        }
        return out;
    }

    private void promote(long now) {
        Timer t;
        while ((t = timers.peek()) != null && t.at <= now) {
            timers.poll();
            if (!t.message.deleted && t.epoch == t.message.epoch) {
                ready.add(t.message);
            }
        }
    }

    @Override
    public void hideUntil(Message m, long visibleAt) {
        m.epoch++;
        m.visibleAt = visibleAt;
        timers.add(new Timer(visibleAt, m, m.epoch));
    }

    @Override
    public void remove(Message m) {
        m.deleted = true;
        m.epoch++;
    }

    @Override
    public long nextWake() {
        while (!timers.isEmpty()) {
            Timer t = timers.peek();
            if (!t.message.deleted && t.epoch == t.message.epoch) {
                return t.at;
            }
            timers.poll();
        }
        return Long.MAX_VALUE;
    }

    @Override
    public void clear() {
        ready.clear();
        timers.clear();
    }
}
