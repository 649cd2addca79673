package io.cloudmock.services.dynamodb.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

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

    /** A parsed statement bound to its table; writes carry their key and the change to apply under lock. */
    record Prepared(PartiQlStatement statement, Table table, Expr.Condition where, Placeholders placeholders,
                    IKey key, UnaryOperator<Map<String, AttrValue>> change) {
    }

    Prepared prepare(RequestContext ctx, Struct in) {
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
            case "SELECT" -> new Prepared(s, t, where, ph, null, null);
            case "INSERT" -> new Prepared(s, t, where, ph, Requests.item(t, s.item()), old -> {
                if (old != null) {
                    throw DynamoDbErrors.duplicateItem();
                }
                return s.item();
            });
            case "UPDATE" -> {
                Expr.Update update = UpdateParser.update(s.update(), ph);
                yield new Prepared(s, t, where, ph, keyFromWhere(t, where), old -> {
                    if (old == null || !Evaluator.test(where, old)) {
                        throw DynamoDbErrors.conditionalCheckFailed(null);
                    }
                    Map<String, AttrValue> next = Updater.apply(update, old);
                    Requests.item(t, next);
                    return next;
                });
            }
            default -> new Prepared(s, t, where, ph, keyFromWhere(t, where), old -> {
                if (old != null && !Evaluator.test(where, old)) {
                    throw DynamoDbErrors.conditionalCheckFailed(null);
                }
                return null;
            });
        };
    }

    Struct executeStatement(RequestContext ctx, Struct in) {
        Prepared p = prepare(ctx, in);
        if (p.change() == null) {
            return select(p.table(), p.statement(), p.where(), p.placeholders());
        }
        p.table().write(p.key(), p.change(), false);
        return Struct.of("Items", List.of());
    }

    /** ExecuteTransaction: only reads (by full key) or only writes, all-or-nothing like TransactWriteItems. */
    Struct executeTransaction(RequestContext ctx, Struct in) {
        List<Struct> statements = in.structs("TransactStatements");
        if (statements.isEmpty() || statements.size() > 100) {
            throw DynamoDbErrors.validation("1 validation error detected: Value at 'transactStatements' failed to "
                    + "satisfy constraint: Member must have length less than or equal to 100");
        }
        List<Prepared> prepared = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Struct st : statements) {
            Prepared p = prepare(ctx, st);
            IKey key = p.change() != null ? p.key() : keyFromWhere(p.table(), p.where());
            if (!seen.add(p.table().meta.name + "\u0000" + key)) {
                throw DynamoDbErrors.validation("Transaction request cannot include multiple operations on one item");
            }
            prepared.add(new Prepared(p.statement(), p.table(), p.where(), p.placeholders(), key, p.change()));
        }
        long reads = prepared.stream().filter(p -> p.change() == null).count();
        if (reads != 0 && reads != prepared.size()) {
            throw DynamoDbErrors.validation("Transaction must contain either only read statements or only write "
                    + "statements");
        }
        List<Table> locked = TransactionOperations.lockAll(prepared.stream().map(Prepared::table).toList());
        try {
            if (reads > 0) {
                List<Object> responses = new ArrayList<>();
                for (Prepared p : prepared) {
                    Map<String, AttrValue> item = p.table().get(p.key());
                    boolean match = item != null && (p.where() == null || Evaluator.test(p.where(), item));
                    responses.add(match ? Struct.of("Item", Wire.toWire(item)) : new Struct());
                }
                return Struct.of("Responses", responses);
            }
            List<Map<String, AttrValue>> olds = new ArrayList<>();
            List<Map<String, AttrValue>> nexts = new ArrayList<>();
            List<Object> reasons = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            boolean failed = false;
            for (Prepared p : prepared) {
                Map<String, AttrValue> old = p.table().get(p.key());
                olds.add(old);
                String code = "None";
                String message = null;
                try {
                    nexts.add(p.change().apply(old));
                } catch (AwsException | ExpressionException e) {
                    nexts.add(null);
                    failed = true;
                    code = e instanceof AwsException a && !a.code().equals("ValidationException")
                            ? a.code().replace("Exception", "") : "ValidationError";
                    message = e.getMessage();
                }
                codes.add(code);
                reasons.add(Struct.of("Code", code, "Message", message));
            }
            if (failed) {
                throw DynamoDbErrors.transactionCanceled(codes, reasons);
            }
            for (int i = 0; i < prepared.size(); i++) {
                prepared.get(i).table().apply(prepared.get(i).key(), olds.get(i), nexts.get(i), false);
            }
            return new Struct();
        } finally {
            TransactionOperations.unlockAll(locked);
        }
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
