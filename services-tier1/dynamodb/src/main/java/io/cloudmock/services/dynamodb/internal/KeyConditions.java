package io.cloudmock.services.dynamodb.internal;

import java.util.ArrayList;
import java.util.List;

import io.cloudmock.services.dynamodb.internal.expr.Expr;
import io.cloudmock.services.dynamodb.internal.expr.ExpressionParser;
import io.cloudmock.services.dynamodb.internal.expr.Placeholders;
import io.cloudmock.services.dynamodb.internal.model.AttrValue;
import io.cloudmock.services.dynamodb.internal.store.IKey;
import io.cloudmock.services.dynamodb.internal.store.KeyDef;

/**
 * A KeyConditionExpression turned into a sorted range: the partition value and bounds on the sort key
 * ({@code =, <, <=, >, >=, BETWEEN, begins_with}).
 */
record KeyConditions(AttrValue hash, IKey from, IKey to, String prefix) {

    private static final String NOT_SUPPORTED = "Query key condition not supported";

    static KeyConditions parse(String expression, Placeholders ph, KeyDef key) {
        return of(ExpressionParser.condition(expression, "KeyConditionExpression", ph), key);
    }

    /** The range of a key condition already parsed (from an expression or the legacy KeyConditions). */
    static KeyConditions of(Expr.Condition c, KeyDef key) {
        List<Expr.Condition> parts = new ArrayList<>();
        flatten(c, parts);
        if (parts.size() > 2) {
            throw DynamoDbErrors.validation("Conditions can be of length 1 or 2 only");
        }
        AttrValue hash = null;
        Expr.Condition rangeCondition = null;
        for (Expr.Condition p : parts) {
            String attr = attribute(p);
            if (attr.equals(key.hash())) {
                if (!(p instanceof Expr.Compare cmp) || !cmp.op().equals("=")) {
                    throw DynamoDbErrors.validation(NOT_SUPPORTED);
                }
                if (hash != null) {
                    throw DynamoDbErrors.validation(NOT_SUPPORTED);
                }
                hash = value(cmp.right() instanceof Expr.ValueOp ? cmp.right() : cmp.left(), key.hashType());
            } else if (attr.equals(key.range())) {
                if (rangeCondition != null) {
                    throw DynamoDbErrors.validation(NOT_SUPPORTED);
                }
                rangeCondition = p;
            } else {
                throw DynamoDbErrors.validation(hash == null && parts.size() == 1 ? "Query condition missed key "
                        + "schema element: " + key.hash() : "Query condition missed key schema element: "
                        + (key.range() == null ? key.hash() : key.range()));
            }
        }
        if (hash == null) {
            throw DynamoDbErrors.validation("Query condition missed key schema element: " + key.hash());
        }
        IKey from = IKey.partitionBound(hash, -1);
        IKey to = IKey.partitionBound(hash, 1);
        String prefix = null;
        if (rangeCondition instanceof Expr.Compare cmp) {
            boolean flipped = cmp.left() instanceof Expr.ValueOp;
            AttrValue v = value(flipped ? cmp.left() : cmp.right(), key.rangeType());
            String op = flipped ? flip(cmp.op()) : cmp.op();
            switch (op) {
                case "=" -> {
                    from = new IKey(hash, v, null, -1);
                    to = new IKey(hash, v, null, 1);
                }
                case "<" -> to = new IKey(hash, v, null, -1);
                case "<=" -> to = new IKey(hash, v, null, 1);
                case ">" -> from = new IKey(hash, v, null, 1);
                case ">=" -> from = new IKey(hash, v, null, -1);
                default -> throw DynamoDbErrors.validation(NOT_SUPPORTED);
            }
        } else if (rangeCondition instanceof Expr.Between b) {
            from = new IKey(hash, value(b.low(), key.rangeType()), null, -1);
            to = new IKey(hash, value(b.high(), key.rangeType()), null, 1);
        } else if (rangeCondition instanceof Expr.Func f) {
            if (!f.name().equals("begins_with")) {
                throw DynamoDbErrors.validation("Invalid KeyConditionExpression: Invalid function name; function: "
                        + f.name());
            }
            AttrValue v = value(f.args().get(1), key.rangeType());
            if (v.type() != AttrValue.Type.S) {
                throw DynamoDbErrors.validation("Invalid KeyConditionExpression: Incorrect operand type for operator "
                        + "or function; operator or function: begins_with, operand type: " + v.type());
            }
            from = new IKey(hash, v, null, -1);
            prefix = v.s();
        } else if (rangeCondition != null) {
            throw DynamoDbErrors.validation(NOT_SUPPORTED);
        }
        return new KeyConditions(hash, from, to, prefix);
    }

    /** Whether an entry's sort key still matches a begins_with prefix. */
    boolean matches(IKey entry) {
        return prefix == null || (entry.range() != null && entry.range().s().startsWith(prefix));
    }

    private static void flatten(Expr.Condition c, List<Expr.Condition> out) {
        if (c instanceof Expr.And a) {
            flatten(a.left(), out);
            flatten(a.right(), out);
        } else if (c instanceof Expr.Or || c instanceof Expr.Not || c instanceof Expr.In) {
            throw DynamoDbErrors.validation("Invalid operator used in KeyConditionExpression: "
                    + (c instanceof Expr.Or ? "OR" : c instanceof Expr.Not ? "NOT" : "IN"));
        } else {
            out.add(c);
        }
    }

    private static String attribute(Expr.Condition c) {
        Expr.Operand o = null;
        if (c instanceof Expr.Compare cmp) {
            o = cmp.left() instanceof Expr.PathOp ? cmp.left() : cmp.right();
        } else if (c instanceof Expr.Between b) {
            o = b.value();
        } else if (c instanceof Expr.Func f) {
            o = f.args().get(0);
        }
        if (o instanceof Expr.PathOp p && p.path().isTopLevel()) {
            return p.path().top();
        }
        throw DynamoDbErrors.validation(NOT_SUPPORTED);
    }

    private static AttrValue value(Expr.Operand o, String type) {
        if (!(o instanceof Expr.ValueOp v)) {
            throw DynamoDbErrors.validation(NOT_SUPPORTED);
        }
        if (!v.value().type().name().equals(type)) {
            throw DynamoDbErrors.invalidParameters("Condition parameter type does not match schema type");
        }
        return v.value();
    }

    private static String flip(String op) {
        return switch (op) {
            case "<" -> ">";
            case "<=" -> ">=";
            case ">" -> "<";
            case ">=" -> "<=";
            default -> op;
        };
    }
}
