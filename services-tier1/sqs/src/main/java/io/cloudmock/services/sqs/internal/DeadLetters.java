package io.cloudmock.services.sqs.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;

/** Dead-letter moves and message move tasks: StartMessageMoveTask, ListMessageMoveTasks, CancelMessageMoveTask. */
final class DeadLetters {

    private final SqsStore store;
    private final Map<String, List<Struct>> tasksBySource = new ConcurrentHashMap<>();

    DeadLetters(SqsStore store) {
        this.store = store;
    }

    /** Moves messages that exceeded maxReceiveCount to the dead-letter queue, keeping their ids. */
    void moveTo(Queue dlq, String sourceArn, List<Message> messages) {
        for (Message m : messages) {
            dlq.accept(copy(m, dlq, sourceArn));
        }
    }

    /** A copy for another queue; a redrive back to a source (no dead-letter source) starts counting afresh. */
    private static Message copy(Message m, Queue target, String deadLetterSource) {
        Message c = new Message(m.id, m.body, m.attributes, m.systemAttributes, m.sentTimestamp, m.senderId,
                m.groupId, m.deduplicationId, 0, target.fifo);
        if (deadLetterSource != null) {
            c.receiveCount = m.receiveCount;
            c.firstReceiveTimestamp = m.firstReceiveTimestamp;
        }
        c.deadLetterSourceArn = deadLetterSource;
        return c;
    }

    Struct startMessageMoveTask(RequestContext ctx, Struct in) {
        String sourceArn = in.string("SourceArn");
        Queue source = store.byArn(sourceArn);
        if (source == null) {
            throw SqsErrors.resourceNotFound("The resource that you specified for the SourceArn parameter doesn't "
                    + "exist.");
        }
        boolean isDlq = store.list(source.account, source.region).stream().anyMatch(q ->
                q.attributes.redrive() != null && q.attributes.redrive().deadLetterTargetArn().equals(sourceArn));
        if (!isDlq) {
            throw SqsErrors.invalidParameterValue("Source queue must be configured as a Dead Letter Queue.");
        }
        String destinationArn = in.string("DestinationArn");
        Queue destination = null;
        if (destinationArn != null) {
            destination = store.byArn(destinationArn);
            if (destination == null) {
                throw SqsErrors.resourceNotFound("The resource that you specified for the DestinationArn parameter "
                        + "doesn't exist.");
            }
        }
        long started = System.currentTimeMillis();
        long moved = 0;
        List<Message> orphans = new ArrayList<>();
        List<Message> batch;
        while (!(batch = source.drain(100)).isEmpty()) {
            for (Message m : batch) {
                Queue target = destination != null ? destination : store.byArn(m.deadLetterSourceArn);
                if (target == null) {
                    orphans.add(m);
                } else {
                    target.accept(copy(m, target, null));
                    moved++;
                }
            }
        }
        orphans.forEach(source::accept);
        String handle = UUID.randomUUID().toString();
        Struct task = Struct.of("Status", "COMPLETED", "SourceArn", sourceArn, "DestinationArn", destinationArn,
                "MaxNumberOfMessagesPerSecond", in.integer("MaxNumberOfMessagesPerSecond"),
                "ApproximateNumberOfMessagesMoved", moved, "ApproximateNumberOfMessagesToMove", moved,
                "StartedTimestamp", started);
        tasksBySource.computeIfAbsent(sourceArn, k -> new ArrayList<>()).add(0, task);
        return Struct.of("TaskHandle", handle);
    }

    Struct listMessageMoveTasks(RequestContext ctx, Struct in) {
        String sourceArn = in.string("SourceArn");
        if (store.byArn(sourceArn) == null) {
            throw SqsErrors.resourceNotFound("The resource that you specified for the SourceArn parameter doesn't "
                    + "exist.");
        }
        int max = in.integer("MaxResults", 1);
        List<Struct> tasks = tasksBySource.getOrDefault(sourceArn, List.of());
        return Struct.of("Results", new ArrayList<Object>(tasks.subList(0, Math.min(max, tasks.size()))));
    }

    Struct cancelMessageMoveTask(RequestContext ctx, Struct in) {
        throw SqsErrors.resourceNotFound("Task does not exist or is not running: " + in.string("TaskHandle"));
    }

    void clear() {
        tasksBySource.clear();
    }
}
