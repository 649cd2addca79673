package io.cloudmock.services.dynamodb.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmock.api.Struct;
import io.cloudmock.services.dynamodb.internal.expr.Expr;
import io.cloudmock.services.dynamodb.internal.expr.ExpressionParser;
import io.cloudmock.services.dynamodb.internal.expr.Placeholders;
import io.cloudmock.services.dynamodb.internal.expr.Projector;
import io.cloudmock.services.dynamodb.internal.model.AttrValue;
import io.cloudmock.services.dynamodb.internal.model.Wire;
import io.cloudmock.services.dynamodb.internal.store.IKey;
import io.cloudmock.services.dynamodb.internal.store.IndexDef;
import io.cloudmock.services.dynamodb.internal.store.KeyDef;
import io.cloudmock.services.dynamodb.internal.store.Table;

/** What Query and Scan share: index, Select, projection, filter, Limit and ExclusiveStartKey. */
final class ReadOptions {

    final Table table;
    final IndexDef index;
    final Placeholders placeholders;
    final Expr.Condition filter;
    final List<Expr.Path> projection;
    final String select;
    final int limit;
    final boolean consistent;

    ReadOptions(Table table, Struct in, String... expressions) {
        this.table = table;
        String indexName = in.string("IndexName");
        this.index = indexName == null ? null : table.meta.index(indexName);
        if (indexName != null && index == null) {
            throw DynamoDbErrors.validation("The table does not have the specified index: " + indexName);
        }
        this.consistent = in.bool("ConsistentRead", false);
        if (consistent && index != null && index.global()) {
            throw DynamoDbErrors.validation("Consistent reads are not supported on global secondary indexes");
        }
        Requests.noPlaceholdersWithoutExpressions(in, expressions);
        this.placeholders = Requests.placeholders(in);
        String fe = in.string("FilterExpression");
        String legacyFilter = in.containsKey("QueryFilter") ? "QueryFilter" : "ScanFilter";
        LegacyParameters.notBoth(in, legacyFilter, "FilterExpression");
        this.filter = fe == null ? LegacyParameters.conditions(in, legacyFilter)
                : ExpressionParser.condition(fe, "FilterExpression", placeholders);
        this.projection = ItemOperations.projection(in, placeholders);
        String sel = in.string("Select");
        if (sel == null) {
            sel = projection != null ? "SPECIFIC_ATTRIBUTES" : index == null ? "ALL_ATTRIBUTES"
                    : "ALL_PROJECTED_ATTRIBUTES";
        } else if (sel.equals("SPECIFIC_ATTRIBUTES") && projection == null) {
            throw DynamoDbErrors.validation("1 validation error detected: ProjectionExpression or AttributesToGet "
                    + "must be specified when Select is SPECIFIC_ATTRIBUTES");
        } else if (!sel.equals("SPECIFIC_ATTRIBUTES") && projection != null) {
            throw DynamoDbErrors.validation("Cannot specify the AttributesToGet or ProjectionExpression when "
                    + "choosing to get " + sel);
        }
        if (sel.equals("ALL_PROJECTED_ATTRIBUTES") && index == null) {
            throw DynamoDbErrors.validation("ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an "
                    + "IndexName");
        }
        if (sel.equals("ALL_ATTRIBUTES") && index != null && index.global() && !index.projectionType().equals("ALL")) {
            throw DynamoDbErrors.invalidParameters("Select type ALL_ATTRIBUTES is not supported for global secondary "
                    + "index " + index.name() + " because its projection type is not ALL");
        }
        this.select = sel;
        Integer l = in.integer("Limit");
        if (l != null && l < 1) {
            throw DynamoDbErrors.validation("1 validation error detected: Value '" + l + "' at 'limit' failed to "
                    + "satisfy constraint: Member must have value greater than or equal to 1");
        }
        this.limit = l == null ? Integer.MAX_VALUE : l;
    }

    KeyDef keyDef() {
        return index == null ? table.meta.key : index.key();
    }

    /** The sorted position after ExclusiveStartKey, or null. */
    IKey exclusiveStart(Struct in) {
        Map<String, Object> raw = in.map("ExclusiveStartKey");
        if (raw.isEmpty()) {
            return null;
        }
        Map<String, AttrValue> esk = Wire.item(raw);
        Map<String, AttrValue> tableKey = new LinkedHashMap<>(table.meta.key.keyAttributes(esk));
        IKey base;
        try {
            base = Requests.key(table, tableKey);
        } catch (io.cloudmock.api.AwsException e) {
            throw DynamoDbErrors.validation("The provided starting key is invalid: The provided key element does not "
                    + "match the schema");
        }
        if (index == null) {
            return base;
        }
        IKey k = index.key().keyOf(esk, base);
        if (k == null) {
            throw DynamoDbErrors.validation("The provided starting key is invalid: The provided key element does not "
                    + "match the schema");
        }
        return k;
    }

    /** The base item of an entry, or null when it changed or vanished since the index was read. */
    Map<String, AttrValue> resolve(IKey entryKey, Object entryValue) {
        if (index == null) {
            return io.cloudmock.services.dynamodb.internal.model.ItemCodec.decode((byte[]) entryValue);
        }
        Map<String, AttrValue> item = table.get((IKey) entryValue);
        if (item == null || !entryKey.equals(index.key().keyOf(item, (IKey) entryValue))) {
            return null;
        }
        return item;
    }

    /** The attributes returned for an item: index projection, then ProjectionExpression. */
    Map<String, AttrValue> shape(Map<String, AttrValue> item) {
        Map<String, AttrValue> out = item;
        boolean indexProjection = index != null && !index.projectionType().equals("ALL")
                && !(select.equals("ALL_ATTRIBUTES") && !index.global());
        if (indexProjection) {
            List<String> keep = new ArrayList<>(table.meta.key.keyAttributes(item).keySet());
            keep.addAll(index.key().keyAttributes(item).keySet());
            keep.addAll(index.nonKeyAttributes());
            Map<String, AttrValue> p = new LinkedHashMap<>();
            for (String k : keep) {
                if (item.containsKey(k)) {
                    p.put(k, item.get(k));
                }
            }
            out = p;
        }
        return projection == null ? out : Projector.project(out, projection);
    }

    /** The LastEvaluatedKey of an item: table key plus index key. */
    Map<String, Object> lastKey(Map<String, AttrValue> item) {
        Map<String, AttrValue> k = new LinkedHashMap<>(table.meta.key.keyAttributes(item));
        if (index != null) {
            k.putAll(index.key().keyAttributes(item));
        }
        return Wire.toWire(k);
    }
}
