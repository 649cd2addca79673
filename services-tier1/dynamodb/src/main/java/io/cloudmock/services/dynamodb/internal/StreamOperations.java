package io.cloudmock.services.dynamodb.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;
import io.cloudmock.services.dynamodb.internal.model.Wire;
import io.cloudmock.services.dynamodb.internal.store.DynamoDbStore;
import io.cloudmock.services.dynamodb.internal.store.StreamLog;
import io.cloudmock.services.dynamodb.internal.store.StreamRecord;
import io.cloudmock.services.dynamodb.internal.store.Table;

/** The DynamoDB Streams API: ListStreams, DescribeStream, GetShardIterator, GetRecords (one shard per stream). */
final class StreamOperations {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");
    private static final AtomicReference<String> LAST_LABEL = new AtomicReference<>("");
    private static final long ITERATOR_LIFETIME_MS = 15 * 60 * 1000;

    private final DynamoDbStore store;

    StreamOperations(DynamoDbStore store) {
        this.store = store;
    }

    /** A new stream label: the creation time, unique per process. */
    static String newLabel() {
        while (true) {
            String last = LAST_LABEL.get();
            String label = LocalDateTime.now(ZoneOffset.UTC).format(LABEL);
            if (label.compareTo(last) <= 0) {
                label = LocalDateTime.parse(last, LABEL).plusNanos(1_000_000).format(LABEL);
            }
            if (LAST_LABEL.compareAndSet(last, label)) {
                return label;
            }
        }
    }

    /** Gives a table the stream its settings describe, if it does not have it yet. */
    static void attachStream(DynamoDbStore store, Table t) {
        String arn = t.meta.streamArn();
        if (t.meta.streamEnabled() && (t.stream() == null || !t.stream().arn.equals(arn))) {
            StreamLog s = new StreamLog(arn, t.meta.streamLabel, t.meta.streamViewType, t.meta.name, t.meta.key,
                    Instant.now());
            t.stream(s);
            store.addStream(s);
        }
    }

    Struct listStreams(RequestContext ctx, Struct in) {
        String prefix = ctx.arn("dynamodb", "table/");
        String table = in.string("TableName");
        int limit = in.integer("Limit", 100);
        String start = in.string("ExclusiveStartStreamArn");
        List<StreamLog> all = new ArrayList<>();
        for (StreamLog s : store.streams()) {
            if (s.arn.startsWith(prefix) && (table == null || table.equals(s.tableName))) {
                all.add(s);
            }
        }
        all.sort(Comparator.comparing(s -> s.arn));
        List<Object> out = new ArrayList<>();
        String last = null;
        for (StreamLog s : all) {
            if (start != null && s.arn.compareTo(start) <= 0) {
                continue;
            }
            if (out.size() == limit) {
                break;
            }
            out.add(Struct.of("StreamArn", s.arn, "TableName", s.tableName, "StreamLabel", s.label));
            last = s.arn;
        }
        Struct r = Struct.of("Streams", out);
        if (last != null && !last.equals(all.get(all.size() - 1).arn)) {
            r.set("LastEvaluatedStreamArn", last);
        }
        return r;
    }

    Struct describeStream(Struct in) {
        StreamLog s = stream(in.string("StreamArn"));
        Struct range = Struct.of("StartingSequenceNumber", s.startSequence());
        if (!s.enabled()) {
            range.set("EndingSequenceNumber", "999999999999999999999999");
        }
        return Struct.of("StreamDescription", Struct.of("StreamArn", s.arn, "StreamLabel", s.label,
                "StreamStatus", s.enabled() ? "ENABLED" : "DISABLED", "StreamViewType", s.viewType,
                "CreationRequestDateTime", s.createdAt, "TableName", s.tableName,
                "KeySchema", TableDescriptions.keySchema(s.key),
                "Shards", List.of(Struct.of("ShardId", s.shardId, "SequenceNumberRange", range))));
    }

    Struct getShardIterator(Struct in) {
        StreamLog s = stream(in.string("StreamArn"));
        if (!s.shardId.equals(in.string("ShardId"))) {
            throw DynamoDbErrors.resourceNotFound("Requested resource not found: Shard does not exist");
        }
        String type = in.string("ShardIteratorType");
        String seq = in.string("SequenceNumber");
        long pos = switch (type) {
            case "TRIM_HORIZON" -> s.trimHorizon();
            case "LATEST" -> s.latest();
            case "AT_SEQUENCE_NUMBER", "AFTER_SEQUENCE_NUMBER" -> {
                if (seq == null) {
                    throw DynamoDbErrors.validation("Sequence number must be specified for iterator type " + type);
                }
                long p = s.positionOf(seq);
                if (p < 0) {
                    throw DynamoDbErrors.trimmedDataAccess("The sequence number " + seq + " is beyond the trim "
                            + "horizon or does not exist in this shard");
                }
                yield type.startsWith("AT") ? p : p + 1;
            }
            default -> throw DynamoDbErrors.validation("Invalid ShardIteratorType: " + type);
        };
        return Struct.of("ShardIterator", iterator(s, pos));
    }

    Struct getRecords(RequestContext ctx, Struct in) {
        String raw = in.string("ShardIterator");
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.UTF_8).split("\\|");
        } catch (IllegalArgumentException e) {
            parts = new String[0];
        }
        if (parts.length != 3) {
            throw DynamoDbErrors.validation("Invalid ShardIterator");
        }
        StreamLog s = stream(parts[0]);
        long pos;
        long created;
        try {
            pos = Long.parseLong(parts[1]);
            created = Long.parseLong(parts[2]);
        } catch (NumberFormatException e) {
            throw DynamoDbErrors.validation("Invalid ShardIterator");
        }
        if (System.currentTimeMillis() - created > ITERATOR_LIFETIME_MS) {
            throw DynamoDbErrors.expiredIterator("Iterator expired. The iterator was created at time "
                    + Instant.ofEpochMilli(created) + " while right now it's " + Instant.now());
        }
        if (pos < s.trimHorizon()) {
            throw DynamoDbErrors.trimmedDataAccess("The operation attempted to read past the oldest stream record "
                    + "in a shard.");
        }
        int limit = in.integer("Limit", 1000);
        List<StreamRecord> records = s.read(pos, limit);
        List<Object> out = new ArrayList<>();
        for (StreamRecord r : records) {
            out.add(record(ctx, s, r));
        }
        long next = pos + records.size();
        Struct result = Struct.of("Records", out);
        if (s.enabled() || next < s.latest()) {
            result.set("NextShardIterator", iterator(s, next));
        }
        return result;
    }

    private static Struct record(RequestContext ctx, StreamLog s, StreamRecord r) {
        Struct d = Struct.of("ApproximateCreationDateTime", r.time(), "Keys", Wire.toWire(r.keys()),
                "SequenceNumber", r.sequenceNumber(), "SizeBytes", r.sizeBytes(), "StreamViewType", s.viewType);
        if (r.newImage() != null) {
            d.set("NewImage", Wire.toWire(r.newImage()));
        }
        if (r.oldImage() != null) {
            d.set("OldImage", Wire.toWire(r.oldImage()));
        }
        Struct rec = Struct.of("eventID", r.eventId(), "eventName", r.eventName(), "eventVersion", "1.1",
                "eventSource", "aws:dynamodb", "awsRegion", ctx.region(), "dynamodb", d);
        if (r.byTtl()) {
            rec.set("userIdentity", Struct.of("PrincipalId", "dynamodb.amazonaws.com", "Type", "Service"));
        }
        return rec;
    }

    private static String iterator(StreamLog s, long pos) {
        String raw = s.arn + "|" + pos + "|" + System.currentTimeMillis();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private StreamLog stream(String arn) {
        StreamLog s = arn == null ? null : store.stream(arn);
        if (s == null) {
            throw DynamoDbErrors.resourceNotFound("Requested resource not found: Stream: " + arn + " not found");
        }
        return s;
    }
}
