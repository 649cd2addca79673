package io.cloudmock.services.dynamodb.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;
import io.cloudmock.services.dynamodb.internal.expr.Expr;
import io.cloudmock.services.dynamodb.internal.expr.ExpressionException;
import io.cloudmock.services.dynamodb.internal.expr.Placeholders;
import io.cloudmock.services.dynamodb.internal.expr.Projector;
import io.cloudmock.services.dynamodb.internal.model.AttrValue;
import io.cloudmock.services.dynamodb.internal.model.Wire;
import io.cloudmock.services.dynamodb.internal.store.DynamoDbStore;
import io.cloudmock.services.dynamodb.internal.store.IKey;
import io.cloudmock.services.dynamodb.internal.store.Table;

/**
 * TransactWriteItems and TransactGetItems: all involved tables are locked in a fixed order, every condition is
 * checked against the current items, and only then are all writes applied (or none, with cancellation reasons).
 */
final class TransactionOperations {

    private static final long TOKEN_TTL_MS = 10 * 60 * 1000;

    private final DynamoDbStore store;
    private final Map<String, Idempotent> tokens = new ConcurrentHashMap<>();

    private record Idempotent(String fingerprint, long at) {
    }

    TransactionOperations(DynamoDbStore store) {
        this.store = store;
    }

    Struct transactWriteItems(RequestContext ctx, Struct in) {
        List<Struct> items = in.structs("TransactItems");
        checkSize(items.size());
        String token = in.string("ClientRequestToken");
        String tokenKey = token == null ? null : Requests.scope(ctx) + "/" + token;
        String fingerprint = token == null ? null : fingerprint(in);
        if (token != null) {
            Idempotent seen = tokens.get(tokenKey);
            if (seen != null && System.currentTimeMillis() - seen.at() < TOKEN_TTL_MS) {
                if (!seen.fingerprint().equals(fingerprint)) {
                    throw DynamoDbErrors.idempotentParameterMismatch();
                }
                return new Struct();
            }
        }
        List<WriteRequest> writes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Struct item : items) {
            WriteRequest w = parse(ctx, item);
            if (!seen.add(w.table().meta.name + "\u0000" + w.key())) {
                throw DynamoDbErrors.validation("Transaction request cannot include multiple operations on one item");
            }
            writes.add(w);
        }
        List<Table> tables = lockAll(writes.stream().map(WriteRequest::table).toList());
        try {
            List<Map<String, AttrValue>> olds = new ArrayList<>();
            List<Map<String, AttrValue>> nexts = new ArrayList<>();
            List<Object> reasons = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            boolean failed = false;
            for (WriteRequest w : writes) {
                Map<String, AttrValue> old = w.table().get(w.key());
                olds.add(old);
                Struct reason;
                if (!w.holds(old)) {
                    reason = Struct.of("Code", "ConditionalCheckFailed", "Message", "The conditional request failed");
                    if (w.oldOnFailure() && old != null) {
                        reason.set("Item", Wire.toWire(old));
                    }
                    nexts.add(null);
                    failed = true;
                } else {
                    try {
                        Map<String, AttrValue> next = w.next(old);
                        if (w.kind() != WriteRequest.Kind.CHECK) {
                            w.table().checkCollection(w.key(), old, next);
                        }
                        nexts.add(next);
                        reason = Struct.of("Code", "None");
                    } catch (AwsException | ExpressionException e) {
                        nexts.add(null);
                        boolean tooBig = e instanceof AwsException a
                                && a.code().equals("ItemCollectionSizeLimitExceededException");
                        reason = Struct.of("Code", tooBig ? "ItemCollectionSizeLimitExceeded" : "ValidationError",
                                "Message", e.getMessage());
                        failed = true;
                    }
                }
                reasons.add(reason);
                codes.add(reason.string("Code"));
            }
            if (failed) {
                throw DynamoDbErrors.transactionCanceled(codes, reasons);
            }
            for (int i = 0; i < writes.size(); i++) {
                WriteRequest w = writes.get(i);
                if (w.kind() != WriteRequest.Kind.CHECK) {
                    w.table().apply(w.key(), olds.get(i), nexts.get(i), false);
                }
            }
        } finally {
            unlockAll(tables);
        }
        if (token != null) {
            tokens.put(tokenKey, new Idempotent(fingerprint, System.currentTimeMillis()));
            tokens.values().removeIf(t -> System.currentTimeMillis() - t.at() > TOKEN_TTL_MS);
        }
        return new Struct();
    }

    private WriteRequest parse(RequestContext ctx, Struct item) {
        int kinds = 0;
        WriteRequest w = null;
        for (String kind : new String[] {"ConditionCheck", "Put", "Delete", "Update"}) {
            Struct s = item.struct(kind);
            if (s == null) {
                continue;
            }
            kinds++;
            Table t = Requests.table(store, ctx, s.string("TableName"));
            w = switch (kind) {
                case "ConditionCheck" -> WriteRequest.check(t, s);
                case "Put" -> WriteRequest.put(t, s);
                case "Delete" -> WriteRequest.delete(t, s);
                default -> WriteRequest.update(t, s);
            };
        }
        if (kinds != 1) {
            throw DynamoDbErrors.validation("TransactItems can only contain one of Check, Put, Update or Delete");
        }
        return w;
    }

    Struct transactGetItems(RequestContext ctx, Struct in) {
        List<Struct> items = in.structs("TransactItems");
        checkSize(items.size());
        List<Table> tables = new ArrayList<>();
        List<IKey> keys = new ArrayList<>();
        List<List<Expr.Path>> projections = new ArrayList<>();
        for (Struct item : items) {
            Struct get = item.struct("Get");
            Table t = Requests.table(store, ctx, get.string("TableName"));
            Requests.noPlaceholdersWithoutExpressions(get, "ProjectionExpression");
            Placeholders ph = Requests.placeholders(get);
            projections.add(ItemOperations.projection(get, ph));
            ph.checkAllUsed();
            keys.add(Requests.key(t, Wire.item(get.map("Key"))));
            tables.add(t);
        }
        List<Table> locked = lockAll(tables);
        List<Object> responses = new ArrayList<>();
        try {
            for (int i = 0; i < tables.size(); i++) {
                Map<String, AttrValue> item = tables.get(i).get(keys.get(i));
                List<Expr.Path> p = projections.get(i);
                responses.add(item == null ? new Struct()
                        : Struct.of("Item", Wire.toWire(p == null ? item : Projector.project(item, p))));
            }
        } finally {
            unlockAll(locked);
        }
        return Struct.of("Responses", responses);
    }

    private static void checkSize(int n) {
        if (n < 1 || n > 100) {
            throw DynamoDbErrors.validation("1 validation error detected: Value at 'transactItems' failed to satisfy "
                    + "constraint: Member must have length " + (n < 1 ? "greater than or equal to 1"
                    : "less than or equal to 100"));
        }
    }

    static List<Table> lockAll(List<Table> tables) {
        List<Table> distinct = new ArrayList<>(new LinkedHashSet<>(tables));
        distinct.sort(Comparator.comparing((Table t) -> t.scope).thenComparing(t -> t.meta.name)
                .thenComparing(t -> t.meta.tableId));
        for (Table t : distinct) {
            t.lock();
        }
        return distinct;
    }

    static void unlockAll(List<Table> tables) {
        for (int i = tables.size() - 1; i >= 0; i--) {
            tables.get(i).unlock();
        }
    }

    /** A stable rendering of the request without its token, to recognise a repeated identical request. */
    static String fingerprint(Struct in) {
        StringBuilder b = new StringBuilder();
        render(b, in.get("TransactItems"));
        return b.toString();
    }

    private static void render(StringBuilder b, Object v) {
        if (v instanceof Map<?, ?> m) {
            b.append('{');
            m.forEach((k, x) -> {
                b.append(k).append('=');
                render(b, x);
                b.append(',');
            });
            b.append('}');
        } else if (v instanceof List<?> l) {
            b.append('[');
            l.forEach(x -> {
                render(b, x);
                b.append(',');
            });
            b.append(']');
        } else if (v instanceof byte[] bytes) {
            b.append(Base64.getEncoder().encodeToString(bytes));
        } else {
            b.append(v);
        }
    }
}
