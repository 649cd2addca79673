package io.cloudmock.services.dynamodb.internal;

import java.util.List;
import java.util.Map;

import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;
import io.cloudmock.services.dynamodb.internal.expr.Evaluator;
import io.cloudmock.services.dynamodb.internal.expr.Expr;
import io.cloudmock.services.dynamodb.internal.expr.ExpressionParser;
import io.cloudmock.services.dynamodb.internal.expr.Placeholders;
import io.cloudmock.services.dynamodb.internal.expr.Projector;
import io.cloudmock.services.dynamodb.internal.expr.UpdateParser;
import io.cloudmock.services.dynamodb.internal.expr.Updater;
import io.cloudmock.services.dynamodb.internal.model.AttrValue;
import io.cloudmock.services.dynamodb.internal.model.ItemSize;
import io.cloudmock.services.dynamodb.internal.model.Wire;
import io.cloudmock.services.dynamodb.internal.store.DynamoDbStore;
import io.cloudmock.services.dynamodb.internal.store.IKey;
import io.cloudmock.services.dynamodb.internal.store.Table;

/** PutItem, GetItem, UpdateItem, DeleteItem with conditions, return values and consumed capacity. */
final class ItemOperations {

    private final DynamoDbStore store;

    ItemOperations(DynamoDbStore store) {
        this.store = store;
    }

    Struct putItem(RequestContext ctx, Struct in) {
        Table t = Requests.table(store, ctx, in.string("TableName"));
        String rv = returnValues(in, "NONE", "ALL_OLD");
        WriteRequest w = WriteRequest.put(t, in);
        Table.Change c = t.write(w.key(), w::apply, false);
        return writeOutput(in, t, rv, c, null, () -> w.newSize(c));
    }

    Struct deleteItem(RequestContext ctx, Struct in) {
        Table t = Requests.table(store, ctx, in.string("TableName"));
        String rv = returnValues(in, "NONE", "ALL_OLD");
        WriteRequest w = WriteRequest.delete(t, in);
        Table.Change c = t.write(w.key(), w::apply, false);
        return writeOutput(in, t, rv, c, null, () -> c.oldItem() == null ? 0 : ItemSize.of(c.oldItem()));
    }

    Struct updateItem(RequestContext ctx, Struct in) {
        Table t = Requests.table(store, ctx, in.string("TableName"));
        String rv = returnValues(in, "NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW");
        WriteRequest w = WriteRequest.update(t, in);
        Table.Change c = t.write(w.key(), w::apply, false);
        return writeOutput(in, t, rv, c, w.update(), () -> w.newSize(c));
    }

    Struct getItem(RequestContext ctx, Struct in) {
        Table t = Requests.table(store, ctx, in.string("TableName"));
        Requests.noPlaceholdersWithoutExpressions(in, "ProjectionExpression");
        Placeholders ph = Requests.placeholders(in);
        List<Expr.Path> projection = projection(in, ph);
        ph.checkAllUsed();
        IKey key = Requests.key(t, Wire.item(in.map("Key")));
        Map<String, AttrValue> item = t.get(key);
        boolean consistent = in.bool("ConsistentRead", false);
        Struct out = new Struct();
        if (item != null) {
            out.set("Item", Wire.toWire(projection == null ? item : Projector.project(item, projection)));
            out.set("ConsumedCapacity", Requests.consumed(in, t,
                    () -> Requests.readUnits(ItemSize.of(item), consistent)));
        } else {
            out.set("ConsumedCapacity", Requests.consumed(in, t, consistent ? 1 : 0.5));
        }
        return out;
    }

    /** ProjectionExpression, or the legacy AttributesToGet, as paths; null for all attributes. */
    static List<Expr.Path> projection(Struct in, Placeholders ph) {
        String pe = in.string("ProjectionExpression");
        if (pe != null) {
            if (in.containsKey("AttributesToGet")) {
                throw DynamoDbErrors.validation("Can not use both expression and non-expression parameters in the "
                        + "same request: Non-expression parameters: {AttributesToGet} Expression parameters: "
                        + "{ProjectionExpression}");
            }
            return ExpressionParser.projection(pe, ph);
        }
        List<String> legacy = in.strings("AttributesToGet");
        if (!legacy.isEmpty()) {
            return legacy.stream().map(a -> new Expr.Path(List.of(a))).toList();
        }
        return null;
    }

    static String returnValues(Struct in, String... allowed) {
        String rv = in.string("ReturnValues", "NONE");
        for (String a : allowed) {
            if (a.equals(rv)) {
                return rv;
            }
        }
        throw DynamoDbErrors.validation("Return values set to invalid value");
    }

    private Struct writeOutput(Struct in, Table t, String rv, Table.Change c, Expr.Update update,
                               java.util.function.LongSupplier size) {
        Struct out = new Struct();
        Map<String, AttrValue> attrs = switch (rv) {
            case "ALL_OLD" -> c.oldItem();
            case "ALL_NEW" -> c.newItem();
            case "UPDATED_OLD" -> c.oldItem() == null ? null : Projector.project(c.oldItem(), Updater.paths(update));
            case "UPDATED_NEW" -> c.newItem() == null ? null : Projector.project(c.newItem(), Updater.paths(update));
            default -> null;
        };
        if (attrs != null && !attrs.isEmpty()) {
            out.set("Attributes", Wire.toWire(attrs));
        }
        out.set("ConsumedCapacity", Requests.consumed(in, t, () -> Requests.writeUnits(size.getAsLong())));
        return out;
    }

    /** Evaluates a ConditionExpression against the current item (absent item = no attributes). */
    static boolean conditionHolds(Expr.Condition condition, Map<String, AttrValue> old) {
        return condition == null || Evaluator.test(condition, old == null ? Map.of() : old);
    }

    static Expr.Update parseUpdate(Struct in, Placeholders ph) {
        String ue = in.string("UpdateExpression");
        return ue == null ? null : UpdateParser.update(ue, ph);
    }
}
