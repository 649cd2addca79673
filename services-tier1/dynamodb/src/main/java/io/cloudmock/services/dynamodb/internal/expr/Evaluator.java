package io.cloudmock.services.dynamodb.internal.expr;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;

import io.cloudmock.services.dynamodb.internal.expr.Expr.And;
import io.cloudmock.services.dynamodb.internal.expr.Expr.Arith;
import io.cloudmock.services.dynamodb.internal.expr.Expr.Between;
import io.cloudmock.services.dynamodb.internal.expr.Expr.Compare;
import io.cloudmock.services.dynamodb.internal.expr.Expr.Condition;
import io.cloudmock.services.dynamodb.internal.expr.Expr.Func;
import io.cloudmock.services.dynamodb.internal.expr.Expr.IfNotExists;
import io.cloudmock.services.dynamodb.internal.expr.Expr.In;
import io.cloudmock.services.dynamodb.internal.expr.Expr.ListAppend;
import io.cloudmock.services.dynamodb.internal.expr.Expr.Not;
import io.cloudmock.services.dynamodb.internal.expr.Expr.Operand;
import io.cloudmock.services.dynamodb.internal.expr.Expr.Or;
import io.cloudmock.services.dynamodb.internal.expr.Expr.PathOp;
import io.cloudmock.services.dynamodb.internal.expr.Expr.SizeOp;
import io.cloudmock.services.dynamodb.internal.expr.Expr.ValueOp;
import io.cloudmock.services.dynamodb.internal.model.AttrValue;
import io.cloudmock.services.dynamodb.internal.model.AttrValue.Type;
import io.cloudmock.services.dynamodb.internal.model.Numbers;

/** Evaluates conditions and operands against an item (absent item = empty map). */
public final class Evaluator {

    private Evaluator() {
    }

    public static boolean test(Condition c, Map<String, AttrValue> item) {
        if (c instanceof And a) {
            return test(a.left(), item) && test(a.right(), item);
        }
        if (c instanceof Or o) {
            return test(o.left(), item) || test(o.right(), item);
        }
        if (c instanceof Not n) {
            return !test(n.inner(), item);
        }
        if (c instanceof Compare cmp) {
            return compare(cmp.op(), value(cmp.left(), item), value(cmp.right(), item));
        }
        if (c instanceof Between b) {
            AttrValue v = value(b.value(), item);
            return compare(">=", v, value(b.low(), item)) && compare("<=", v, value(b.high(), item));
        }
        if (c instanceof In in) {
            AttrValue v = value(in.value(), item);
            for (Operand o : in.candidates()) {
                if (v != null && v.equals(value(o, item))) {
                    return true;
                }
            }
            return false;
        }
        return function((Func) c, item);
    }

    private static boolean function(Func f, Map<String, AttrValue> item) {
        AttrValue first = value(f.args().get(0), item);
        switch (f.name()) {
            case "attribute_exists":
                return first != null;
            case "attribute_not_exists":
                return first == null;
            case "attribute_type": {
                AttrValue t = value(f.args().get(1), item);
                return first != null && t != null && t.type() == Type.S && first.type().name().equals(t.s());
            }
            case "begins_with": {
                AttrValue prefix = value(f.args().get(1), item);
                if (first == null || prefix == null || first.type() != prefix.type()) {
                    return false;
                }
                if (first.type() == Type.S) {
                    return first.s().startsWith(prefix.s());
                }
                if (first.type() == Type.B) {
                    byte[] b = first.b();
                    byte[] p = prefix.b();
                    return b.length >= p.length && Arrays.equals(b, 0, p.length, p, 0, p.length);
                }
                return false;
            }
            case "contains": {
                AttrValue needle = value(f.args().get(1), item);
                if (first == null || needle == null) {
                    return false;
                }
                return switch (first.type()) {
                    case S -> needle.type() == Type.S && first.s().contains(needle.s());
                    case B -> needle.type() == Type.B && indexOf(first.b(), needle.b()) >= 0;
                    case SS, NS, BS -> needle.type() == AttrValue.elementType(first.type())
                            && first.setContains(scalar(needle));
                    case L -> first.l().contains(needle);
                    default -> false;
                };
            }
            default:
                throw new IllegalStateException(f.name());
        }
    }

    private static Object scalar(AttrValue v) {
        return switch (v.type()) {
            case S -> v.s();
            case N -> v.n();
            default -> v.b();
        };
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static boolean compare(String op, AttrValue a, AttrValue b) {
        if (op.equals("=")) {
            return a != null && a.equals(b);
        }
        if (op.equals("<>")) {
            return a == null || !a.equals(b);
        }
        if (a == null || b == null || a.type() != b.type()
                || !(a.type() == Type.S || a.type() == Type.N || a.type() == Type.B)) {
            return false;
        }
        int c = a.compareTo(b);
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            case ">=" -> c >= 0;
            default -> throw new IllegalStateException(op);
        };
    }

    /** The value of an operand, or null when it refers to an absent attribute. */
    public static AttrValue value(Operand o, Map<String, AttrValue> item) {
        if (o instanceof ValueOp v) {
            return v.value();
        }
        if (o instanceof PathOp p) {
            return Paths.get(item, p.path());
        }
        if (o instanceof SizeOp s) {
            AttrValue v = Paths.get(item, s.path());
            return v == null ? null : AttrValue.n(BigDecimal.valueOf(size(v)));
        }
        if (o instanceof IfNotExists i) {
            AttrValue v = Paths.get(item, i.path());
            return v != null ? v : value(i.fallback(), item);
        }
        if (o instanceof ListAppend la) {
            AttrValue x = required(la.first(), item);
            AttrValue y = required(la.second(), item);
            if (x.type() != Type.L || y.type() != Type.L) {
                throw new ExpressionException("An operand in the update expression has an incorrect data type");
            }
            java.util.List<AttrValue> l = new java.util.ArrayList<>(x.l());
            l.addAll(y.l());
            return AttrValue.l(l);
        }
        Arith ar = (Arith) o;
        AttrValue x = required(ar.left(), item);
        AttrValue y = required(ar.right(), item);
        if (x.type() != Type.N || y.type() != Type.N) {
            throw new ExpressionException("An operand in the update expression has an incorrect data type");
        }
        return AttrValue.n(Numbers.add(x.n(), ar.op() == '+' ? y.n() : y.n().negate()));
    }

    static AttrValue required(Operand o, Map<String, AttrValue> item) {
        AttrValue v = value(o, item);
        if (v == null) {
            throw new ExpressionException("The provided expression refers to an attribute that does not exist in "
                    + "the item");
        }
        return v;
    }

    private static long size(AttrValue v) {
        return switch (v.type()) {
            case S -> v.s().length();
            case B -> v.b().length;
            case SS, NS, BS -> v.elements().size();
            case L -> v.l().size();
            case M -> v.m().size();
            default -> 1;
        };
    }
}
