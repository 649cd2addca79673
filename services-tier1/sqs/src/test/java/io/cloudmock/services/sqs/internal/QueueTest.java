package io.cloudmock.services.sqs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Open-box tests of the queue engine: ordering, visibility, FIFO groups, dead letters, long polling. */
class QueueTest {

    private static Queue queue(String name) {
        return new Queue("000000000000", "us-east-1", name, QueueAttributes.defaults(name.endsWith(".fifo")), 0);
    }

    private static Message message(Queue q, String body, String group) {
        return new Message(Ids.uuid(), body, Map.of(), Map.of(), System.currentTimeMillis(), "000000000000", group,
                q.fifo ? body : null, 0, q.fifo);
    }

    private static List<String> bodies(List<Message.Received> got) {
        return got.stream().map(r -> r.message().body).toList();
    }

    @Test
    void standardQueueHidesReceivedMessagesUntilVisibilityEnds() throws Exception {
        Queue q = queue("std");
        q.send(message(q, "a", null), 0);
        q.send(message(q, "b", null), 0);
        List<Message> dead = new ArrayList<>();
        assertEquals(List.of("a"), bodies(q.receive(1, 30, 0, 0, dead)));
        List<Message.Received> b = q.receive(10, 0, 0, 0, dead);
        assertEquals(List.of("b"), bodies(b));
        assertEquals(List.of("b"), bodies(q.receive(10, 30, 0, 0, dead)), "visibility 0 releases at once");
        assertEquals(0, q.counts()[0]);
        assertEquals(2, q.counts()[1]);
    }

    @Test
    void fifoGroupStaysBlockedWhileAnyMessageIsInFlight() throws Exception {
        Queue q = queue("f.fifo");
        for (String s : new String[] {"a1", "a2", "b1"}) {
            q.send(message(q, s, s.substring(0, 1)), 0);
        }
        List<Message> dead = new ArrayList<>();
        List<Message.Received> first = q.receive(1, 30, 0, 0, dead);
        assertEquals(List.of("a1"), bodies(first));
        assertEquals(List.of("b1"), bodies(q.receive(10, 30, 0, 0, dead)));
        assertTrue(q.receive(10, 30, 0, 0, dead).isEmpty());
        q.delete(first.get(0).receiptHandle());
        assertEquals(List.of("a2"), bodies(q.receive(10, 30, 0, 0, dead)));
    }

    @Test
    void fifoDeduplicatesWithinTheWindow() {
        Queue q = queue("d.fifo");
        Message m = message(q, "same", "g");
        Message again = new Message(Ids.uuid(), "same", Map.of(), Map.of(), 0, "x", "g", "same", 0, true);
        assertEquals(m.id, q.send(m, 0).message().id);
        assertEquals(m.id, q.send(again, 0).message().id);
        assertEquals(1, q.counts()[0]);
    }

    @Test
    void messagesOverMaxReceiveCountAreHandedOutAsDeadLetters() throws Exception {
        Queue q = queue("dl");
        q.send(message(q, "poison", null), 0);
        List<Message> dead = new ArrayList<>();
        assertEquals(1, q.receive(1, 0, 0, 1, dead).size());
        assertTrue(q.receive(1, 0, 0, 1, dead).isEmpty());
        assertEquals(List.of("poison"), dead.stream().map(m -> m.body).toList());
        assertEquals(0, q.counts()[0] + q.counts()[1]);
    }

    @Test
    void longPollWakesWhenAMessageArrives() throws Exception {
        Queue q = queue("poll");
        CompletableFuture<List<Message.Received>> poll = CompletableFuture.supplyAsync(() -> {
            try {
                return q.receive(1, 30, 20_000, 0, new ArrayList<>());
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        q.send(message(q, "hi", null), 0);
        assertEquals(List.of("hi"), bodies(poll.get(10, TimeUnit.SECONDS)));
    }

    @Test
    void deletedQueueEndsItsLongPolls() throws Exception {
        Queue q = queue("gone");
        CompletableFuture<List<Message.Received>> poll = CompletableFuture.supplyAsync(() -> {
            try {
                return q.receive(1, 30, 20_000, 0, new ArrayList<>());
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        q.markDeleted();
        assertTrue(poll.get(10, TimeUnit.SECONDS).isEmpty());
    }
}
