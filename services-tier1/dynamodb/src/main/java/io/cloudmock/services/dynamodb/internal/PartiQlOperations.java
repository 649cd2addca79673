package io.cloudmock.services.dynamodb.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;
import io.cloudmock.services.dynamodb.internal.expr.Evaluator;
import io.cloudmock.services.dynamodb.internal.expr.Expr;
import io.cloudmock.services.dynamodb.internal.expr.ExpressionException;
import io.cloudmock.services.dynamodb.internal.expr.ExpressionParser;
import io.cloudmock.services.dynamodb.internal.expr.Placeholders;
import io.cloudmock.services.dynamodb.internal.expr.Projector;
import io.cloudmock.services.dynamodb.internal.expr.UpdateParser;
import io.cloudmock.services.dynamodb.internal.expr.Updater;
import io.cloudmock.services.dynamodb.internal.model.AttrValue;
import io.cloudmock.services.dynamodb.internal.model.ItemCodec;
import io.cloudmock.services.dynamodb.internal.model.Wire;
import io.cloudmock.services.dynamodb.internal.store.DynamoDbStore;
import io.cloudmock.services.dynamodb.internal.store.IKey;
import io.cloudmock.services.dynamodb.internal.store.Table;

/** ExecuteStatement and BatchExecuteStatement for simple PartiQL SELECT, INSERT, UPDATE and DELETE. */
final class PartiQlOperations {

    private final DynamoDbStore store;

    PartiQlOperations(DynamoDbStore store) {
        this.store = store;
    }

    Struct executeStatement(RequestContext ctx, Struct in) {
        List<AttrValue> params = new ArrayList<>();
        for (Object p : in.list("Parameters")) {
            params.add(Wire.value(p));
        }
        PartiQlStatement s = PartiQlParser.parse(in.string("Statement"), params);
        Table t = store.table(Requests.scope(ctx), s.table());
        if (t == null) {
            throw DynamoDbErrors.resourceNotFound("Requested resource not found");
        }
        Placeholders ph = new Placeholders(s.names(), s.values());
        Expr.Condition where = s.where() == null ? null : ExpressionParser.condition(s.where(), "Statement", ph);
        return switch (s.verb()) {
            case "SELECT" -> select(t, s, where, ph);
            case "INSERT" -> {
                IKey key = Requests.item(t, s.item());
                t.write(key, old -> {
                    if (old != null) {
                        throw DynamoDbErrors.duplicateItem();
                    }
                    return s.item();
                }, false);
                yield Struct.of("Items", List.of());
            }
            case "UPDATE" -> {
                Expr.Update update = UpdateParser.update(s.update(), ph);
                IKey key = keyFromWhere(t, where);
                t.write(key, old -> {
                    if (old == null || !Evaluator.test(where, old)) {
                        throw DynamoDbErrors.conditionalCheckFailed(null);
                    }
                    Map<String, AttrValue> next = Updater.apply(update, old);
                    Requests.item(t, next);
                    return next;
                }, false);
                yield Struct.of("Items", List.of());
            }
            default -> {
                IKey key = keyFromWhere(t, where);
                t.write(key, old -> {
                    if (old != null && !Evaluator.test(where, old)) {
                        throw DynamoDbErrors.conditionalCheckFailed(null);
                    }
                    return null;
                }, false);
                yield Struct.of("Items", List.of());
            }
        };
    }

    private Struct select(Table t, PartiQlStatement s, Expr.Condition where, Placeholders ph) {
        List<Expr.Path> projection = s.projection() == null ? null : ExpressionParser.projection(s.projection(), ph);
        if (s.index() != null && t.meta.index(s.index()) == null) {
            throw DynamoDbErrors.validation("The table does not have the specified index: " + s.index());
        }
        List<Object> items = new ArrayList<>();
        Iterable<?> source = s.index() == null ? t.all(null).values() : t.indexAll(s.index(), null).values();
        for (Object entry : source) {
            Map<String, AttrValue> item = entry instanceof byte[] b ? ItemCodec.decode(b) : t.get((IKey) entry);
            if (item != null && (where == null || Evaluator.test(where, item))) {
                items.add(Wire.toWire(projection == null ? item : Projector.project(item, projection)));
            }
        }
        return Struct.of("Items", items);
    }

    /** The primary key a WHERE clause pins with equalities on every key attribute. */
    private static IKey keyFromWhere(Table t, Expr.Condition where) {
        Map<String, AttrValue> key = new LinkedHashMap<>();
        collect(where, key);
        key.keySet().retainAll(List.of(t.meta.key.hash(), t.meta.key.range() == null ? "" : t.meta.key.range()));
        if (where == null || key.size() != (t.meta.key.hasRange() ? 2 : 1)) {
            throw DynamoDbErrors.validation("Where clause does not contain a mandatory equality on all key "
                    + "attributes");
        }
        return Requests.key(t, key);
    }

    private static void collect(Expr.Condition c, Map<String, AttrValue> key) {
        if (c instanceof Expr.And a) {
            collect(a.left(), key);
            collect(a.right(), key);
        } else if (c instanceof Expr.Compare cmp && cmp.op().equals("=") && cmp.left() instanceof Expr.PathOp p
                && p.path().isTopLevel() && cmp.right() instanceof Expr.ValueOp v) {
            key.put(p.path().top(), v.value());
        }
    }

    Struct batchExecuteStatement(RequestContext ctx, Struct in) {
        List<Object> responses = new ArrayList<>();
        for (Struct st : in.structs("Statements")) {
            Struct r = new Struct();
            try {
                Struct out = executeStatement(ctx, st);
                List<Object> items = out.list("Items");
                if (!items.isEmpty()) {
                    r.set("Item", items.get(0));
                }
            } catch (AwsException | ExpressionException e) {
                String code = e instanceof AwsException a && !a.code().equals("ValidationException")
                        ? a.code().replace("Exception", "") : "ValidationError";
                r.set("Error", Struct.of("Code", code, "Message", e.getMessage()));
            }
            responses.add(r);
        }
        return Struct.of("Responses", responses);
    }
}
