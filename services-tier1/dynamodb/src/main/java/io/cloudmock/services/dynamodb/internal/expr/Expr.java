package io.cloudmock.services.dynamodb.internal.expr;

import java.util.List;

import io.cloudmock.services.dynamodb.internal.model.AttrValue;

/** The syntax tree of condition, filter, key-condition, projection and update expressions (names resolved). */
public final class Expr {

    private Expr() {
    }

    /** A document path: attribute names (String) and list indexes (Integer). */
    public record Path(List<Object> elements) {
        public String top() {
            return (String) elements.get(0);
        }

        public boolean isTopLevel() {
            return elements.size() == 1;
        }

        /** Whether this path equals or is a prefix of {@code other}. */
        public boolean covers(Path other) {
            return other.elements.size() >= elements.size()
                    && other.elements.subList(0, elements.size()).equals(elements);
        }

        public String display() {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < elements.size(); i++) {
                Object e = elements.get(i);
                b.append(i == 0 ? "" : ", ").append(e instanceof Integer ? "[" + e + "]" : e);
            }
            return b.append(']').toString();
        }
    }

    /** Something that evaluates to a value. */
    public sealed interface Operand permits PathOp, ValueOp, SizeOp, IfNotExists, ListAppend, Arith {
    }

    public record PathOp(Path path) implements Operand {
    }

    public record ValueOp(String ref, AttrValue value) implements Operand {
    }

    public record SizeOp(Path path) implements Operand {
    }

    public record IfNotExists(Path path, Operand fallback) implements Operand {
    }

    public record ListAppend(Operand first, Operand second) implements Operand {
    }

    public record Arith(Operand left, char op, Operand right) implements Operand {
    }

    /** Something that evaluates to true or false. */
    public sealed interface Condition permits Compare, Between, In, And, Or, Not, Func {
    }

    public record Compare(String op, Operand left, Operand right) implements Condition {
    }

    public record Between(Operand value, Operand low, Operand high) implements Condition {
    }

    public record In(Operand value, List<Operand> candidates) implements Condition {
    }

    public record And(Condition left, Condition right) implements Condition {
    }

    public record Or(Condition left, Condition right) implements Condition {
    }

    public record Not(Condition inner) implements Condition {
    }

    /** attribute_exists, attribute_not_exists, attribute_type, begins_with, contains. */
    public record Func(String name, List<Operand> args) implements Condition {
    }

    /** An update expression's four clauses. */
    public record Update(List<SetAction> sets, List<Path> removes, List<SetAction> adds, List<SetAction> deletes) {
    }

    /** {@code path = value} (SET), {@code path value} (ADD, DELETE). */
    public record SetAction(Path path, Operand value) {
    }
}
