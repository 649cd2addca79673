package io.cloudmock.services.dynamodb.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cloudmock.api.Struct;
import io.cloudmock.services.dynamodb.internal.expr.Expr;
import io.cloudmock.services.dynamodb.internal.expr.ExpressionParser;
import io.cloudmock.services.dynamodb.internal.expr.Placeholders;
import io.cloudmock.services.dynamodb.internal.expr.Updater;
import io.cloudmock.services.dynamodb.internal.model.AttrValue;
import io.cloudmock.services.dynamodb.internal.model.ItemSize;
import io.cloudmock.services.dynamodb.internal.model.Wire;
import io.cloudmock.services.dynamodb.internal.store.IKey;
import io.cloudmock.services.dynamodb.internal.store.Table;

/**
 * One validated write (Put, Delete, Update or ConditionCheck) with its condition: parsed once, then applied to the
 * current item under the table lock by single-item operations, batches and transactions alike.
 */
final class WriteRequest {

    enum Kind { PUT, DELETE, UPDATE, CHECK }

    private final Table table;
    private final Kind kind;
    private final IKey key;
    private final Map<String, AttrValue> keyAttributes;
    private final Map<String, AttrValue> item;
    private final Expr.Update update;
    private final Expr.Condition condition;
    private final boolean oldOnFailure;

    private WriteRequest(Table table, Kind kind, IKey key, Map<String, AttrValue> keyAttributes,
                         Map<String, AttrValue> item, Expr.Update update, Expr.Condition condition,
                         boolean oldOnFailure) {
        this.table = table;
        this.kind = kind;
        this.key = key;
        this.keyAttributes = keyAttributes;
        this.item = item;
        this.update = update;
        this.condition = condition;
        this.oldOnFailure = oldOnFailure;
    }

    static WriteRequest put(Table t, Struct in) {
        Map<String, AttrValue> item = Wire.item(in.map("Item"));
        IKey key = Requests.item(t, item);
        return new WriteRequest(t, Kind.PUT, key, null, item, null, condition(in, Requests.placeholders(in), null),
                oldOnFailure(in));
    }

    static WriteRequest delete(Table t, Struct in) {
        Map<String, AttrValue> k = Wire.item(in.map("Key"));
        IKey key = Requests.key(t, k);
        return new WriteRequest(t, Kind.DELETE, key, k, null, null, condition(in, Requests.placeholders(in), null),
                oldOnFailure(in));
    }

    static WriteRequest check(Table t, Struct in) {
        Map<String, AttrValue> k = Wire.item(in.map("Key"));
        IKey key = Requests.key(t, k);
        if (in.string("ConditionExpression") == null) {
            throw DynamoDbErrors.validation("1 validation error detected: Value null at 'conditionExpression' "
                    + "failed to satisfy constraint: Member must not be null");
        }
        return new WriteRequest(t, Kind.CHECK, key, k, null, null, condition(in, Requests.placeholders(in), null),
                oldOnFailure(in));
    }

    static WriteRequest update(Table t, Struct in) {
        Map<String, AttrValue> k = Wire.item(in.map("Key"));
        IKey key = Requests.key(t, k);
        LegacyParameters.notBoth(in, "AttributeUpdates", "UpdateExpression");
        Placeholders ph = Requests.placeholders(in);
        Expr.Update update = in.containsKey("AttributeUpdates") ? LegacyParameters.attributeUpdates(in)
                : ItemOperations.parseUpdate(in, ph);
        if (update != null) {
            for (Expr.Path p : Updater.paths(update)) {
                if (t.meta.key.isKey(p.top())) {
                    throw DynamoDbErrors.invalidParameters("Cannot update attribute " + p.top()
                            + ". This attribute is part of the key");
                }
            }
        }
        return new WriteRequest(t, Kind.UPDATE, key, k, null, update, condition(in, ph, "UpdateExpression"),
                oldOnFailure(in));
    }

    private static Expr.Condition condition(Struct in, Placeholders ph, String other) {
        LegacyParameters.notBoth(in, "Expected", "ConditionExpression");
        Requests.noPlaceholdersWithoutExpressions(in, "ConditionExpression", "UpdateExpression");
        String ce = in.string("ConditionExpression");
        Expr.Condition c = ce == null ? LegacyParameters.conditions(in, "Expected")
                : ExpressionParser.condition(ce, "ConditionExpression", ph);
        ph.checkAllUsed();
        return c;
    }

    private static boolean oldOnFailure(Struct in) {
        return "ALL_OLD".equals(in.string("ReturnValuesOnConditionCheckFailure"));
    }

    Table table() {
        return table;
    }

    IKey key() {
        return key;
    }

    Expr.Update update() {
        return update;
    }

    Kind kind() {
        return kind;
    }

    boolean oldOnFailure() {
        return oldOnFailure;
    }

    /** Whether the condition holds for the current item. */
    boolean holds(Map<String, AttrValue> old) {
        return ItemOperations.conditionHolds(condition, old);
    }

    /** The new item for the current one, or a ConditionalCheckFailedException. */
    Map<String, AttrValue> apply(Map<String, AttrValue> old) {
        if (!holds(old)) {
            throw DynamoDbErrors.conditionalCheckFailed(oldOnFailure && old != null ? Wire.toWire(old) : null);
        }
        return next(old);
    }

    /** The new item, the condition already checked. */
    Map<String, AttrValue> next(Map<String, AttrValue> old) {
        return switch (kind) {
            case PUT -> item;
            case DELETE -> null;
            case CHECK -> old;
            case UPDATE -> {
                Map<String, AttrValue> base = old == null ? new LinkedHashMap<>(keyAttributes) : old;
                Map<String, AttrValue> updated = update == null ? new LinkedHashMap<>(base)
                        : Updater.apply(update, base);
                Requests.item(table, updated);
                yield updated;
            }
        };
    }

    long newSize(Table.Change c) {
        Map<String, AttrValue> m = c.newItem() != null ? c.newItem() : c.oldItem();
        return m == null ? 0 : ItemSize.of(m);
    }
}
