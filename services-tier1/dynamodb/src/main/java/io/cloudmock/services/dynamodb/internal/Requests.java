package io.cloudmock.services.dynamodb.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;
import io.cloudmock.services.dynamodb.internal.expr.Placeholders;
import io.cloudmock.services.dynamodb.internal.model.AttrValue;
import io.cloudmock.services.dynamodb.internal.model.ItemSize;
import io.cloudmock.services.dynamodb.internal.model.Wire;
import io.cloudmock.services.dynamodb.internal.store.DynamoDbStore;
import io.cloudmock.services.dynamodb.internal.store.IKey;
import io.cloudmock.services.dynamodb.internal.store.IndexDef;
import io.cloudmock.services.dynamodb.internal.store.KeyDef;
import io.cloudmock.services.dynamodb.internal.store.Table;

/** Request checks shared by the operation groups: tables, keys, items, placeholders, consumed capacity. */
final class Requests {

    private Requests() {
    }

    static String scope(RequestContext ctx) {
        return DynamoDbStore.scope(ctx.accountId(), ctx.region());
    }

    /** The table an item operation names; DynamoDB answers an unknown one with a bare "not found". */
    static Table table(DynamoDbStore store, RequestContext ctx, String name) {
        Table t = store.table(scope(ctx), tableName(name));
        if (t == null) {
            throw DynamoDbErrors.resourceNotFound();
        }
        return t;
    }

    /** Accepts a table name or a table ARN. */
    static String tableName(String nameOrArn) {
        if (nameOrArn != null && nameOrArn.startsWith("arn:") && nameOrArn.contains(":table/")) {
            String rest = nameOrArn.substring(nameOrArn.indexOf(":table/") + 7);
            int slash = rest.indexOf('/');
            return slash < 0 ? rest : rest.substring(0, slash);
        }
        return nameOrArn;
    }

    @SuppressWarnings("unchecked")
    static Placeholders placeholders(Struct in) {
        Map<String, Object> names = in.map("ExpressionAttributeNames");
        Map<String, Object> values = in.map("ExpressionAttributeValues");
        if (in.containsKey("ExpressionAttributeValues") && values.isEmpty()) {
            throw DynamoDbErrors.validation("ExpressionAttributeValues must not be empty");
        }
        if (in.containsKey("ExpressionAttributeNames") && names.isEmpty()) {
            throw DynamoDbErrors.validation("ExpressionAttributeNames must not be empty");
        }
        Map<String, String> n = new LinkedHashMap<>();
        names.forEach((k, v) -> n.put(k, (String) v));
        return new Placeholders(n, Wire.item(values));
    }

    /** Rejects placeholders sent without any expression. */
    static void noPlaceholdersWithoutExpressions(Struct in, String... expressions) {
        for (String e : expressions) {
            if (in.containsKey(e)) {
                return;
            }
        }
        if (in.containsKey("ExpressionAttributeValues")) {
            throw DynamoDbErrors.validation("ExpressionAttributeValues can only be specified when using expressions");
        }
        if (in.containsKey("ExpressionAttributeNames")) {
            throw DynamoDbErrors.validation("ExpressionAttributeNames can only be specified when using expressions");
        }
    }

    /** The table key of a Key parameter, which must name exactly the key attributes with their types. */
    static IKey key(Table t, Map<String, AttrValue> key) {
        KeyDef k = t.meta.key;
        int expected = k.hasRange() ? 2 : 1;
        if (key.size() != expected || !key.containsKey(k.hash()) || (k.hasRange() && !key.containsKey(k.range()))) {
            throw DynamoDbErrors.validation("The provided key element does not match the schema");
        }
        checkKeyValue(k.hash(), k.hashType(), key.get(k.hash()), true);
        if (k.hasRange()) {
            checkKeyValue(k.range(), k.rangeType(), key.get(k.range()), true);
        }
        return t.keyOf(key);
    }

    private static void checkKeyValue(String name, String type, AttrValue v, boolean keyParam) {
        if (!v.type().name().equals(type)) {
            if (keyParam) {
                throw DynamoDbErrors.validation("The provided key element does not match the schema");
            }
            throw DynamoDbErrors.invalidParameters("Type mismatch for key " + name + " expected: " + type
                    + " actual: " + v.type());
        }
        if ((v.type() == AttrValue.Type.S && v.s().isEmpty()) || (v.type() == AttrValue.Type.B && v.b().length == 0)) {
            throw DynamoDbErrors.validation("One or more parameter values are not valid. The AttributeValue for a key "
                    + "attribute cannot contain an empty " + (v.type() == AttrValue.Type.S ? "string" : "binary")
                    + " value. Key: " + name);
        }
    }

    /** Checks a full item for a write: key attributes present and typed, index keys typed, size limit. */
    static IKey item(Table t, Map<String, AttrValue> item) {
        KeyDef k = t.meta.key;
        for (String[] a : new String[][] {{k.hash(), k.hashType()}, {k.range(), k.rangeType()}}) {
            if (a[0] == null) {
                continue;
            }
            AttrValue v = item.get(a[0]);
            if (v == null) {
                throw DynamoDbErrors.invalidParameters("Missing the key " + a[0] + " in the item");
            }
            checkKeyValue(a[0], a[1], v, false);
        }
        for (IndexDef i : t.meta.indexes) {
            for (String[] a : new String[][] {{i.key().hash(), i.key().hashType()},
                    {i.key().range(), i.key().rangeType()}}) {
                AttrValue v = a[0] == null ? null : item.get(a[0]);
                if (v != null && !v.type().name().equals(a[1])) {
                    throw DynamoDbErrors.invalidParameters("Type mismatch for Index Key " + a[0] + " Expected: "
                            + a[1] + " Actual: " + v.type() + " IndexName: " + i.name());
                }
                if (v != null && v.type() == AttrValue.Type.S && v.s().isEmpty()) {
                    throw DynamoDbErrors.validation("One or more parameter values are not valid. A value specified "
                            + "for a secondary index key is not supported. The AttributeValue for a key attribute "
                            + "cannot contain an empty string value. IndexName: " + i.name() + ", IndexKey: " + a[0]);
                }
            }
        }
        if (!ItemSize.withinLimit(item)) {
            throw DynamoDbErrors.validation("Item size has exceeded the maximum allowed size");
        }
        return t.keyOf(item);
    }

    /** ConsumedCapacity for ReturnConsumedCapacity TOTAL or INDEXES, or null for NONE. */
    static Struct consumed(Struct in, Table t, double units) {
        return consumed(in, t, () -> units);
    }

    /** As {@link #consumed(Struct, Table, double)}, computing the units only when they are asked for. */
    static Struct consumed(Struct in, Table t, java.util.function.DoubleSupplier lazyUnits) {
        String mode = in.string("ReturnConsumedCapacity", "NONE");
        if (mode.equals("NONE")) {
            return null;
        }
        double units = lazyUnits.getAsDouble();
        Struct c = Struct.of("TableName", t.meta.name, "CapacityUnits", units);
        if (mode.equals("INDEXES")) {
            c.set("Table", Struct.of("CapacityUnits", units));
        }
        return c;
    }

    static double writeUnits(long bytes) {
        return Math.max(1, Math.ceil(bytes / 1024.0));
    }

    static double readUnits(long bytes, boolean consistent) {
        double u = Math.max(1, Math.ceil(bytes / 4096.0));
        return consistent ? u : u / 2;
    }
}
