package io.cloudmock.services.dynamodb.internal.expr;

import java.util.ArrayList;
import java.util.List;

import io.cloudmock.services.dynamodb.internal.expr.Expr.Arith;
import io.cloudmock.services.dynamodb.internal.expr.Expr.IfNotExists;
import io.cloudmock.services.dynamodb.internal.expr.Expr.ListAppend;
import io.cloudmock.services.dynamodb.internal.expr.Expr.Operand;
import io.cloudmock.services.dynamodb.internal.expr.Expr.Path;
import io.cloudmock.services.dynamodb.internal.expr.Expr.SetAction;
import io.cloudmock.services.dynamodb.internal.expr.Expr.Update;
import io.cloudmock.services.dynamodb.internal.expr.Expr.ValueOp;
import io.cloudmock.services.dynamodb.internal.model.AttrValue;

/** Parses update expressions: SET, REMOVE, ADD and DELETE clauses, each at most once. */
public final class UpdateParser extends ExpressionParser {

    private UpdateParser(String src, Placeholders placeholders) {
        super(src, "UpdateExpression", placeholders);
    }

    public static Update update(String src, Placeholders placeholders) {
        return new UpdateParser(src, placeholders).parse();
    }

    private Update parse() {
        List<SetAction> sets = null;
        List<Path> removes = null;
        List<SetAction> adds = null;
        List<SetAction> deletes = null;
        do {
            Token t = peek();
            String clause = t.kind() == Token.Kind.NAME ? t.text().toUpperCase(java.util.Locale.ROOT) : "";
            switch (clause) {
                case "SET" -> {
                    once(sets, clause);
                    pos++;
                    sets = new ArrayList<>();
                    do {
                        Path p = path();
                        expect("=");
                        sets.add(new SetAction(p, setValue()));
                    } while (comma());
                }
                case "REMOVE" -> {
                    once(removes, clause);
                    pos++;
                    removes = new ArrayList<>();
                    do {
                        removes.add(path());
                    } while (comma());
                }
                case "ADD", "DELETE" -> {
                    once(clause.equals("ADD") ? adds : deletes, clause);
                    pos++;
                    List<SetAction> list = new ArrayList<>();
                    do {
                        Path p = path();
                        Operand v = operand();
                        if (!(v instanceof ValueOp value)) {
                            throw syntaxError();
                        }
                        checkAddDelete(clause, value.value());
                        list.add(new SetAction(p, v));
                    } while (comma());
                    if (clause.equals("ADD")) {
                        adds = list;
                    } else {
                        deletes = list;
                    }
                }
                default -> throw syntaxError();
            }
        } while (peek().kind() != Token.Kind.EOF);
        Update u = new Update(orEmpty(sets), orEmpty(removes), orEmpty(adds), orEmpty(deletes));
        checkOverlaps(u);
        return u;
    }

    private void checkAddDelete(String clause, AttrValue v) {
        boolean ok = clause.equals("ADD") ? v.type() == AttrValue.Type.N || v.isSet() : v.isSet();
        if (!ok) {
            throw new ExpressionException("Invalid UpdateExpression: Incorrect operand type for operator or function; "
                    + "operator: " + clause + ", operand type: " + Render.typeName(v.type()));
        }
    }

    private boolean comma() {
        if (peek().is(",")) {
            pos++;
            return true;
        }
        return false;
    }

    private void once(Object existing, String clause) {
        if (existing != null) {
            throw new ExpressionException("Invalid UpdateExpression: The \"" + clause + "\" section can only be used "
                    + "once in an update expression;");
        }
    }

    private static <T> List<T> orEmpty(List<T> l) {
        return l == null ? List.of() : l;
    }

    /** operand [+|- operand]. */
    private Operand setValue() {
        Operand left = operand();
        Token t = peek();
        if (t.is("+") || t.is("-")) {
            pos++;
            return new Arith(left, t.text().charAt(0), operand());
        }
        return left;
    }

    @Override
    protected Operand function(String fn, List<Operand> args) {
        switch (fn) {
            case "if_not_exists" -> {
                arity(fn, args, 2);
                return new IfNotExists(requirePath(fn, args.get(0)), args.get(1));
            }
            case "list_append" -> {
                arity(fn, args, 2);
                for (Operand o : args) {
                    if (o instanceof ValueOp v && v.value().type() != AttrValue.Type.L) {
                        throw new ExpressionException("Invalid UpdateExpression: Incorrect operand type for operator "
                                + "or function; operator or function: list_append, operand type: "
                                + Render.typeName(v.value().type()));
                    }
                }
                return new ListAppend(args.get(0), args.get(1));
            }
            default -> {
                if (fn.equals("size") || CONDITION_FUNCTIONS.contains(fn)) {
                    throw new ExpressionException("Invalid UpdateExpression: The function is not allowed in an update "
                            + "expression; function: " + fn);
                }
                return super.function(fn, args);
            }
        }
    }

    private void checkOverlaps(Update u) {
        List<Path> all = new ArrayList<>();
        u.sets().forEach(a -> all.add(a.path()));
        all.addAll(u.removes());
        u.adds().forEach(a -> all.add(a.path()));
        u.deletes().forEach(a -> all.add(a.path()));
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                checkOverlap(exprName, all.get(i), all.get(j));
            }
        }
    }

    static void checkOverlap(String exprName, Path a, Path b) {
        if (a.covers(b) || b.covers(a)) {
            throw new ExpressionException("Invalid " + exprName + ": Two document paths overlap with each other; must "
                    + "remove or rewrite one of these paths; path one: " + a.display() + ", path two: "
                    + b.display());
        }
        int n = Math.min(a.elements().size(), b.elements().size());
        for (int i = 0; i < n; i++) {
            Object x = a.elements().get(i);
            Object y = b.elements().get(i);
            if (!x.equals(y)) {
                if (x.getClass() != y.getClass()) {
                    throw new ExpressionException("Invalid " + exprName + ": Two document paths conflict with each "
                            + "other; must remove or rewrite one of these paths; path one: " + a.display()
                            + ", path two: " + b.display());
                }
                return;
            }
        }
    }
}
