package io.cloudmock.services.sqs.internal;

import java.util.List;
import java.util.function.Predicate;

/** The order in which a queue hands out its messages; used only under the queue's lock. */
interface MessageBuffer {

    /** Adds a new message (its {@code visibleAt} is set). */
    void add(Message m);

    /**
     * Up to {@code max} messages visible at {@code now}, in delivery order; messages failing {@code keep}
     * (expired, deleted) are dropped from the buffer on the way.
     */
    List<Message> take(int max, long now, Predicate<Message> keep);

    /** The message becomes visible again at {@code visibleAt} (receive, visibility change). */
    void hideUntil(Message m, long visibleAt);

    /** The message is gone (deleted, purged, moved). */
    void remove(Message m);

    /** The earliest time a hidden message becomes visible, or {@code Long.MAX_VALUE}. */
    long nextWake();

    void clear();
}
