package io.cloudmock.services.dynamodb.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;
import io.cloudmock.services.dynamodb.internal.expr.Evaluator;
import io.cloudmock.services.dynamodb.internal.expr.Expr;
import io.cloudmock.services.dynamodb.internal.model.AttrValue;
import io.cloudmock.services.dynamodb.internal.model.ItemSize;
import io.cloudmock.services.dynamodb.internal.model.Wire;
import io.cloudmock.services.dynamodb.internal.store.DynamoDbStore;
import io.cloudmock.services.dynamodb.internal.store.IKey;
import io.cloudmock.services.dynamodb.internal.store.Table;

/** Query and Scan over tables and secondary indexes, paged by Limit and the 1 MB page size. */
final class QueryOperations {

    static final long PAGE_BYTES = 1024 * 1024;

    private final DynamoDbStore store;

    QueryOperations(DynamoDbStore store) {
        this.store = store;
    }

    Struct query(RequestContext ctx, Struct in) {
        Table t = Requests.table(store, ctx, in.string("TableName"));
        ReadOptions o = new ReadOptions(t, in, "KeyConditionExpression", "FilterExpression", "ProjectionExpression");
        LegacyParameters.notBoth(in, "KeyConditions", "KeyConditionExpression");
        String kce = in.string("KeyConditionExpression");
        Expr.Condition legacy = LegacyParameters.conditions(in, "KeyConditions");
        if (kce == null && legacy == null) {
            throw DynamoDbErrors.validation("Either the KeyConditions or KeyConditionExpression parameter must be "
                    + "specified in the request.");
        }
        KeyConditions kc = kce != null ? KeyConditions.parse(kce, o.placeholders, o.keyDef())
                : KeyConditions.of(legacy, o.keyDef());
        o.placeholders.checkAllUsed();
        boolean forward = in.bool("ScanIndexForward", true);
        IKey start = o.exclusiveStart(in);
        NavigableMap<IKey, ?> range = o.index == null ? t.range(kc.from(), kc.to())
                : t.indexRange(o.index.name(), kc.from(), kc.to());
        if (start != null) {
            range = forward ? range.tailMap(start, false) : range.headMap(start, false);
        }
        if (!forward) {
            range = range.descendingMap();
        }
        Iterator<? extends Map.Entry<IKey, ?>> it = range.entrySet().iterator();
        return page(in, o, it, kc::matches, forward);
    }

    Struct scan(RequestContext ctx, Struct in) {
        Table t = Requests.table(store, ctx, in.string("TableName"));
        ReadOptions o = new ReadOptions(t, in, "FilterExpression", "ProjectionExpression");
        o.placeholders.checkAllUsed();
        Integer segment = in.integer("Segment");
        Integer total = in.integer("TotalSegments");
        if (segment != null && total == null) {
            throw DynamoDbErrors.validation("The TotalSegments parameter is required but was not present in the "
                    + "request when Segment parameter is present");
        }
        if (total != null && segment == null) {
            throw DynamoDbErrors.validation("The Segment parameter is required but was not present in the request "
                    + "when parameter TotalSegments is present");
        }
        if (total != null && (total < 1 || total > 1_000_000)) {
            throw DynamoDbErrors.validation("1 validation error detected: Value '" + total + "' at 'totalSegments' "
                    + "failed to satisfy constraint: Member must have value less than or equal to 1000000");
        }
        if (segment != null && (segment < 0 || segment >= total)) {
            throw DynamoDbErrors.validation("The Segment parameter is zero-based and must be less than parameter "
                    + "TotalSegments: Segment: " + segment + " is not less than TotalSegments: " + total);
        }
        IKey start = o.exclusiveStart(in);
        NavigableMap<IKey, ?> all = o.index == null ? t.all(start) : t.indexAll(o.index.name(), start);
        Iterator<? extends Map.Entry<IKey, ?>> it = all.entrySet().iterator();
        return page(in, o, it, e -> total == null || Math.floorMod(e.hash().hashCode(), total) == segment, false);
    }

    interface EntryFilter {
        boolean accept(IKey key);
    }

    private Struct page(Struct in, ReadOptions o, Iterator<? extends Map.Entry<IKey, ?>> it, EntryFilter accept,
                        boolean stopOnReject) {
        List<Object> items = new ArrayList<>();
        int scanned = 0;
        long bytes = 0;
        Map<String, AttrValue> last = null;
        boolean more = false;
        while (it.hasNext()) {
            if (scanned >= o.limit || bytes >= PAGE_BYTES) {
                more = true;
                break;
            }
            Map.Entry<IKey, ?> e = it.next();
            if (!accept.accept(e.getKey())) {
                if (stopOnReject) {
                    break;
                }
                continue;
            }
            Map<String, AttrValue> item = o.resolve(e.getKey(), e.getValue());
            if (item == null) {
                continue;
            }
            scanned++;
            bytes += e.getValue() instanceof byte[] encoded ? encoded.length : ItemSize.of(item);
            last = item;
            if (o.filter == null || Evaluator.test(o.filter, item)) {
                if (!o.select.equals("COUNT")) {
                    items.add(Wire.toWire(o.shape(item)));
                } else {
                    items.add(Boolean.TRUE);
                }
            }
        }
        if (more) {
            more = hasNextAccepted(it, accept, stopOnReject);
        }
        Struct out = new Struct();
        if (!o.select.equals("COUNT")) {
            out.set("Items", items);
        }
        out.set("Count", items.size());
        out.set("ScannedCount", scanned);
        if (more && last != null) {
            out.set("LastEvaluatedKey", o.lastKey(last));
        }
        out.set("ConsumedCapacity", Requests.consumed(in, o.table, Requests.readUnits(bytes, o.consistent)));
        return out;
    }

    private static boolean hasNextAccepted(Iterator<? extends Map.Entry<IKey, ?>> it, EntryFilter accept,
                                           boolean stopOnReject) {
        while (it.hasNext()) {
            if (accept.accept(it.next().getKey())) {
                return true;
            }
            if (stopOnReject) {
                return false;
            }
        }
        return false;
    }
}
