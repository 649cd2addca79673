package io.cloudmock.services.dynamodb.internal.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.cloudmock.services.dynamodb.internal.model.AttrValue;
import io.cloudmock.services.dynamodb.internal.model.ItemSize;

/**
 * The records of one table stream, in one shard. Records older than 24 hours or beyond a cap are trimmed;
 * positions are absolute so iterators stay valid across trimming.
 */
public final class StreamLog {

    private static final AtomicLong SEQUENCE = new AtomicLong(100_000_000_000_000_000L);
    private static final int MAX_RECORDS = 100_000;

    public final String arn;
    public final String label;
    public final String viewType;
    public final String tableName;
    public final KeyDef key;
    public final Instant createdAt;
    public final String shardId;
    private volatile boolean enabled = true;
    private final List<StreamRecord> records = new ArrayList<>();
    private long firstPosition;
    private final String startSequence;

    public StreamLog(String arn, String label, String viewType, String tableName, KeyDef key, Instant createdAt) {
        this.arn = arn;
        this.label = label;
        this.viewType = viewType;
        this.tableName = tableName;
        this.key = key;
        this.createdAt = createdAt;
        this.shardId = "shardId-" + String.format("%020d", createdAt.toEpochMilli()) + "-"
                + UUID.nameUUIDFromBytes(arn.getBytes()).toString().substring(0, 8);
        this.startSequence = Long.toString(SEQUENCE.get());
    }

    public boolean enabled() {
        return enabled;
    }

    public void disable() {
        enabled = false;
    }

    public String startSequence() {
        return startSequence;
    }

    /** Appends a change; {@code oldItem}/{@code newItem} are null for inserts/removes. */
    public synchronized void append(Map<String, AttrValue> keys, Map<String, AttrValue> oldItem,
                                    Map<String, AttrValue> newItem, boolean byTtl) {
        String event = oldItem == null ? "INSERT" : newItem == null ? "REMOVE" : "MODIFY";
        boolean withNew = viewType.equals("NEW_IMAGE") || viewType.equals("NEW_AND_OLD_IMAGES");
        boolean withOld = viewType.equals("OLD_IMAGE") || viewType.equals("NEW_AND_OLD_IMAGES");
        Map<String, AttrValue> n = withNew ? newItem : null;
        Map<String, AttrValue> o = withOld ? oldItem : null;
        long size = ItemSize.of(keys) + (n == null ? 0 : ItemSize.of(n)) + (o == null ? 0 : ItemSize.of(o));
        records.add(new StreamRecord(Long.toString(SEQUENCE.incrementAndGet()), UUID.randomUUID().toString()
                .replace("-", ""), event, Instant.now(), keys, o, n, size, byTtl));
        trim();
    }

    private void trim() {
        Instant horizon = Instant.now().minusSeconds(24 * 3600);
        int drop = 0;
        while (drop < records.size() && (records.size() - drop > MAX_RECORDS
                || records.get(drop).time().isBefore(horizon))) {
            drop++;
        }
        if (drop > 0) {
            records.subList(0, drop).clear();
            firstPosition += drop;
        }
    }

    /** The absolute position of the oldest record kept. */
    public synchronized long trimHorizon() {
        return firstPosition;
    }

    /** The position after the newest record. */
    public synchronized long latest() {
        return firstPosition + records.size();
    }

    /** The position of the record with {@code sequence}, or -1. */
    public synchronized long positionOf(String sequence) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).sequenceNumber().equals(sequence)) {
                return firstPosition + i;
            }
        }
        return -1;
    }

    /** Up to {@code limit} records from {@code position} (clamped to what is kept). */
    public synchronized List<StreamRecord> read(long position, int limit) {
        int from = (int) Math.max(0, position - firstPosition);
        int to = Math.min(records.size(), from + limit);
        return from >= to ? List.of() : new ArrayList<>(records.subList(from, to));
    }
}
