package io.cloudmock.services.dynamodb.internal;

import java.math.BigDecimal;
import java.util.Map;

import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;
import io.cloudmock.services.dynamodb.internal.model.AttrValue;
import io.cloudmock.services.dynamodb.internal.store.DynamoDbStore;
import io.cloudmock.services.dynamodb.internal.store.Table;

/** UpdateTimeToLive, DescribeTimeToLive, and the sweep that deletes expired items (as the TTL service would). */
final class TimeToLiveOperations {

    private final DynamoDbStore store;

    TimeToLiveOperations(DynamoDbStore store) {
        this.store = store;
    }

    Struct updateTimeToLive(RequestContext ctx, Struct in) {
        Table t = Requests.table(store, ctx, in.string("TableName"));
        Struct spec = in.struct("TimeToLiveSpecification");
        boolean enable = spec.bool("Enabled", false);
        String attr = spec.string("AttributeName");
        t.lock();
        try {
            if (enable && t.meta.ttlAttribute != null) {
                throw DynamoDbErrors.validation("TimeToLive is already enabled");
            }
            if (!enable && t.meta.ttlAttribute == null) {
                throw DynamoDbErrors.validation("TimeToLive is already disabled");
            }
            if (!enable && !attr.equals(t.meta.ttlAttribute)) {
                throw DynamoDbErrors.validation("TimeToLive is active on a different AttributeName: current "
                        + "AttributeName is " + t.meta.ttlAttribute);
            }
            t.meta.ttlAttribute = enable ? attr : null;
        } finally {
            t.unlock();
        }
        store.metaChanged(t);
        return Struct.of("TimeToLiveSpecification", Struct.of("Enabled", enable, "AttributeName", attr));
    }

    Struct describeTimeToLive(RequestContext ctx, Struct in) {
        Table t = store.table(Requests.scope(ctx), Requests.tableName(in.string("TableName")));
        if (t == null) {
            throw DynamoDbErrors.tableNotFound(in.string("TableName"));
        }
        String attr = t.meta.ttlAttribute;
        return Struct.of("TimeToLiveDescription", attr == null ? Struct.of("TimeToLiveStatus", "DISABLED")
                : Struct.of("TimeToLiveStatus", "ENABLED", "AttributeName", attr));
    }

    /** Deletes items whose TTL attribute (epoch seconds, type N) is in the past; returns how many. */
    int sweep() {
        BigDecimal now = BigDecimal.valueOf(System.currentTimeMillis() / 1000);
        int deleted = 0;
        for (Table t : store.all()) {
            String attr = t.meta.ttlAttribute;
            if (attr == null) {
                continue;
            }
            for (Map<String, AttrValue> item : t.snapshot()) {
                AttrValue v = item.get(attr);
                if (v != null && v.type() == AttrValue.Type.N && v.n().compareTo(now) < 0) {
                    Table.Change c = t.write(t.keyOf(item), old -> expired(old, attr, now) ? null : old, true);
                    if (c.oldItem() != null && c.newItem() == null) {
                        deleted++;
                    }
                }
            }
        }
        return deleted;
    }

    private static boolean expired(Map<String, AttrValue> item, String attr, BigDecimal now) {
        AttrValue v = item == null ? null : item.get(attr);
        return v != null && v.type() == AttrValue.Type.N && v.n().compareTo(now) < 0;
    }
}
