package io.cloudmock.services.dynamodb.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;
import io.cloudmock.services.dynamodb.internal.expr.Expr;
import io.cloudmock.services.dynamodb.internal.expr.Placeholders;
import io.cloudmock.services.dynamodb.internal.expr.Projector;
import io.cloudmock.services.dynamodb.internal.model.AttrValue;
import io.cloudmock.services.dynamodb.internal.model.ItemSize;
import io.cloudmock.services.dynamodb.internal.model.Wire;
import io.cloudmock.services.dynamodb.internal.store.DynamoDbStore;
import io.cloudmock.services.dynamodb.internal.store.IKey;
import io.cloudmock.services.dynamodb.internal.store.Table;

/**
 * BatchGetItem and BatchWriteItem. Everything is validated before anything is written; the emulator processes
 * every request, so UnprocessedKeys/UnprocessedItems are empty unless a response would exceed 16 MB.
 */
final class BatchOperations {

    private static final long MAX_RESPONSE = 16L * 1024 * 1024;

    private final DynamoDbStore store;

    BatchOperations(DynamoDbStore store) {
        this.store = store;
    }

    @SuppressWarnings("unchecked")
    Struct batchGetItem(RequestContext ctx, Struct in) {
        Map<String, Object> requests = in.map("RequestItems");
        int total = 0;
        for (Object r : requests.values()) {
            total += new Struct((Map<String, Object>) r).list("Keys").size();
        }
        if (total > 100) {
            throw DynamoDbErrors.validation("Too many items requested for the BatchGetItem call");
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        Map<String, Object> unprocessed = new LinkedHashMap<>();
        List<Object> consumed = new ArrayList<>();
        long bytes = 0;
        for (Map.Entry<String, Object> e : requests.entrySet()) {
            Struct r = new Struct((Map<String, Object>) e.getValue());
            Table t = Requests.table(store, ctx, e.getKey());
            Requests.noPlaceholdersWithoutExpressions(r, "ProjectionExpression");
            Placeholders ph = Requests.placeholders(r);
            List<Expr.Path> projection = ItemOperations.projection(r, ph);
            ph.checkAllUsed();
            Set<IKey> seen = new HashSet<>();
            List<Object> items = new ArrayList<>();
            List<Object> left = new ArrayList<>();
            double units = 0;
            for (Object k : r.list("Keys")) {
                IKey key = Requests.key(t, Wire.item((Map<String, Object>) k));
                if (!seen.add(key)) {
                    throw DynamoDbErrors.validation("Provided list of item keys contains duplicates");
                }
                if (bytes > MAX_RESPONSE) {
                    left.add(k);
                    continue;
                }
                Map<String, AttrValue> item = t.get(key);
                if (item != null) {
                    long size = ItemSize.of(item);
                    bytes += size;
                    units += Requests.readUnits(size, r.bool("ConsistentRead", false));
                    items.add(Wire.toWire(projection == null ? item : Projector.project(item, projection)));
                }
            }
            responses.put(t.meta.name, items);
            if (!left.isEmpty()) {
                Struct u = new Struct(r);
                u.put("Keys", left);
                unprocessed.put(e.getKey(), u);
            }
            Struct c = Requests.consumed(in, t, units);
            if (c != null) {
                consumed.add(c);
            }
        }
        return Struct.of("Responses", responses, "UnprocessedKeys", unprocessed,
                "ConsumedCapacity", consumed.isEmpty() ? null : consumed);
    }

    @SuppressWarnings("unchecked")
    Struct batchWriteItem(RequestContext ctx, Struct in) {
        Map<String, Object> requests = in.map("RequestItems");
        int total = 0;
        for (Object r : requests.values()) {
            total += ((List<Object>) r).size();
        }
        if (total > 25) {
            throw DynamoDbErrors.validation("1 validation error detected: Value at 'requestItems' failed to satisfy "
                    + "constraint: Map value must satisfy constraint: [Member must have length less than or equal "
                    + "to 25, Member must have length greater than or equal to 1]");
        }
        List<WriteRequest> writes = new ArrayList<>();
        for (Map.Entry<String, Object> e : requests.entrySet()) {
            Table t = Requests.table(store, ctx, e.getKey());
            Set<IKey> seen = new HashSet<>();
            for (Object o : (List<Object>) e.getValue()) {
                Struct w = new Struct((Map<String, Object>) o);
                Struct put = w.struct("PutRequest");
                Struct del = w.struct("DeleteRequest");
                if ((put == null) == (del == null)) {
                    throw DynamoDbErrors.validation("Supplied AttributeValue has more than one datatypes set, must "
                            + "contain exactly one of the supported datatypes");
                }
                WriteRequest wr = put != null ? WriteRequest.put(t, put) : WriteRequest.delete(t, del);
                if (!seen.add(wr.key())) {
                    throw DynamoDbErrors.validation("Provided list of item keys contains duplicates");
                }
                writes.add(wr);
            }
        }
        Map<String, Double> units = new LinkedHashMap<>();
        for (WriteRequest w : writes) {
            Table.Change c = w.table().write(w.key(), w::next, false);
            units.merge(w.table().meta.name, Requests.writeUnits(w.newSize(c)), Double::sum);
        }
        List<Object> consumed = new ArrayList<>();
        for (Map.Entry<String, Double> u : units.entrySet()) {
            Struct c = Requests.consumed(in, Requests.table(store, ctx, u.getKey()), u.getValue());
            if (c != null) {
                consumed.add(c);
            }
        }
        return Struct.of("UnprocessedItems", new LinkedHashMap<String, Object>(),
                "ConsumedCapacity", consumed.isEmpty() ? null : consumed);
    }
}
