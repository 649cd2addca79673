package io.cloudmock.services.sqs.internal;

import java.util.Map;

/**
 * One stored message. The content fields never change after sending; the delivery state (visibility, receive
 * count, current receipt handle) is mutated only under its queue's lock.
 */
final class Message {

    final String id;
    final String body;
    final String md5OfBody;
    final Map<String, MessageAttributes.Value> attributes;
    final Map<String, MessageAttributes.Value> systemAttributes;
    final long sentTimestamp;
    final String senderId;
    final String groupId;
    final String deduplicationId;
    final boolean fifo;
    /** Send order in the queue; set under the queue's lock when the message is stored. */
    long sequence;
    /** The ARN of the queue this message was dead-lettered from, or null. */
    String deadLetterSourceArn;

    long visibleAt;
    int receiveCount;
    long firstReceiveTimestamp;
    String receiptHandle;
    int epoch;
    boolean deleted;

    Message(String id, String body, Map<String, MessageAttributes.Value> attributes,
            Map<String, MessageAttributes.Value> systemAttributes, long sentTimestamp, String senderId,
            String groupId, String deduplicationId, long sequence, boolean fifo) {
        this.id = id;
        this.body = body;
        this.md5OfBody = MessageAttributes.md5Hex(body);
        this.attributes = attributes;
        this.systemAttributes = systemAttributes;
        this.sentTimestamp = sentTimestamp;
        this.senderId = senderId;
        this.groupId = groupId;
        this.deduplicationId = deduplicationId;
        this.sequence = sequence;
        this.fifo = fifo;
    }

    /** The 20-digit sequence number of a FIFO message, else null. */
    String sequenceNumber() {
        return fifo ? String.format("%020d", sequence) : null;
    }

    /** Whether a consumer holds this message (received and its visibility timeout not yet over). */
    boolean inFlight(long now) {
        return receiptHandle != null && visibleAt > now;
    }

    /** Whether the message waits for its delay (never received yet). */
    boolean delayed(long now) {
        return receiptHandle == null && visibleAt > now;
    }

    /** What a receive hands out: the content plus a snapshot of the delivery state. */
    record Received(Message message, String receiptHandle, int receiveCount, long firstReceiveTimestamp) {
    }
}
