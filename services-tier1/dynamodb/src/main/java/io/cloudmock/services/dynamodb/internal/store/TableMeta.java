package io.cloudmock.services.dynamodb.internal.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a table is (not its items): schema, indexes, billing, stream and TTL settings, tags. Mutable fields are
 * changed only under the table's write lock and published by replacing lists and maps, never mutating them.
 */
public final class TableMeta {

    public final String name;
    public final String tableId;
    public final String arn;
    public final Instant createdAt;
    public final KeyDef key;
    public volatile Map<String, String> attributeTypes;
    public volatile String billingMode;
    public volatile long readCapacity;
    public volatile long writeCapacity;
    public volatile List<IndexDef> indexes;
    public volatile String streamViewType;
    public volatile String streamLabel;
    public volatile String ttlAttribute;
    public volatile Map<String, String> tags = new LinkedHashMap<>();
    public volatile boolean deletionProtection;
    public volatile String tableClass = "STANDARD";

    public TableMeta(String name, String tableId, String arn, Instant createdAt, KeyDef key) {
        this.name = name;
        this.tableId = tableId;
        this.arn = arn;
        this.createdAt = createdAt;
        this.key = key;
        this.indexes = List.of();
    }

    public IndexDef index(String indexName) {
        for (IndexDef i : indexes) {
            if (i.name().equals(indexName)) {
                return i;
            }
        }
        return null;
    }

    public List<IndexDef> localIndexes() {
        return indexes.stream().filter(i -> !i.global()).toList();
    }

    public boolean streamEnabled() {
        return streamViewType != null;
    }

    public String streamArn() {
        return streamLabel == null ? null : arn + "/stream/" + streamLabel;
    }

    /** Every attribute that is a key of the table or of an index. */
    public List<String> allKeyAttributes() {
        List<String> out = new ArrayList<>();
        out.add(key.hash());
        if (key.hasRange()) {
            out.add(key.range());
        }
        for (IndexDef i : indexes) {
            for (String a : new String[] {i.key().hash(), i.key().range()}) {
                if (a != null && !out.contains(a)) {
                    out.add(a);
                }
            }
        }
        return out;
    }
}
