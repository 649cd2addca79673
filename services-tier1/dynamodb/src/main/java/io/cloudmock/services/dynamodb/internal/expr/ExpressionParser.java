package io.cloudmock.services.dynamodb.internal.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.cloudmock.services.dynamodb.internal.model.AttrValue;
import io.cloudmock.services.dynamodb.internal.expr.Expr.And;
import io.cloudmock.services.dynamodb.internal.expr.Expr.Between;
import io.cloudmock.services.dynamodb.internal.expr.Expr.Compare;
import io.cloudmock.services.dynamodb.internal.expr.Expr.Condition;
import io.cloudmock.services.dynamodb.internal.expr.Expr.Func;
import io.cloudmock.services.dynamodb.internal.expr.Expr.In;
import io.cloudmock.services.dynamodb.internal.expr.Expr.Not;
import io.cloudmock.services.dynamodb.internal.expr.Expr.Operand;
import io.cloudmock.services.dynamodb.internal.expr.Expr.Or;
import io.cloudmock.services.dynamodb.internal.expr.Expr.Path;
import io.cloudmock.services.dynamodb.internal.expr.Expr.PathOp;
import io.cloudmock.services.dynamodb.internal.expr.Expr.SizeOp;
import io.cloudmock.services.dynamodb.internal.expr.Expr.ValueOp;

/**
 * Recursive-descent parser for condition-like expressions (ConditionExpression, FilterExpression,
 * KeyConditionExpression) and projections; {@link UpdateParser} extends it for update expressions.
 * Precedence as documented: comparisons, IN, BETWEEN, functions, parentheses, then NOT, AND, OR.
 */
public class ExpressionParser {

    static final Set<String> CONDITION_FUNCTIONS = Set.of("attribute_exists", "attribute_not_exists",
            "attribute_type", "begins_with", "contains");
    static final Set<String> UPDATE_FUNCTIONS = Set.of("if_not_exists", "list_append");
    private static final Set<String> COMPARATORS = Set.of("=", "<>", "<", "<=", ">", ">=");

    protected final String src;
    protected final String exprName;
    protected final Placeholders placeholders;
    protected final List<Token> tokens;
    protected int pos;

    protected ExpressionParser(String src, String exprName, Placeholders placeholders) {
        this.src = src;
        this.exprName = exprName;
        this.placeholders = placeholders;
        if (src.isBlank()) {
            throw new ExpressionException("Invalid " + exprName + ": The expression can not be empty;");
        }
        this.tokens = Lexer.tokenize(src, exprName);
    }

    /** Parses a ConditionExpression, FilterExpression or KeyConditionExpression ({@code exprName}). */
    public static Condition condition(String src, String exprName, Placeholders placeholders) {
        ExpressionParser p = new ExpressionParser(src, exprName, placeholders);
        Condition c = p.or();
        p.expectEnd();
        return c;
    }

    /** Parses a ProjectionExpression: comma-separated document paths. */
    public static List<Path> projection(String src, Placeholders placeholders) {
        ExpressionParser p = new ExpressionParser(src, "ProjectionExpression", placeholders);
        List<Path> paths = new ArrayList<>();
        paths.add(p.path());
        while (p.peek().is(",")) {
            p.pos++;
            paths.add(p.path());
        }
        p.expectEnd();
        for (int i = 0; i < paths.size(); i++) {
            for (int j = i + 1; j < paths.size(); j++) {
                UpdateParser.checkOverlap(p.exprName, paths.get(i), paths.get(j));
            }
        }
        return paths;
    }

    private Condition or() {
        Condition left = and();
        while (peek().isKeyword("OR")) {
            pos++;
            left = new Or(left, and());
        }
        return left;
    }

    private Condition and() {
        Condition left = not();
        while (peek().isKeyword("AND")) {
            pos++;
            left = new And(left, not());
        }
        return left;
    }

    private Condition not() {
        if (peek().isKeyword("NOT")) {
            pos++;
            return new Not(not());
        }
        return predicate();
    }

    private Condition predicate() {
        Token t = peek();
        if (t.is("(")) {
            pos++;
            Condition c = or();
            expect(")");
            return c;
        }
        if (t.kind() == Token.Kind.NAME && peekAt(1).is("(")) {
            String fn = t.text();
            if (CONDITION_FUNCTIONS.contains(fn)) {
                pos += 2;
                List<Operand> args = arguments();
                return checkFunction(new Func(fn, args));
            }
        }
        Operand left = operand();
        Token op = peek();
        if (op.kind() == Token.Kind.SYMBOL && COMPARATORS.contains(op.text())) {
            pos++;
            return new Compare(op.text(), left, operand());
        }
        if (op.isKeyword("BETWEEN")) {
            pos++;
            Operand low = operand();
            if (!peek().isKeyword("AND")) {
                throw syntaxError();
            }
            pos++;
            Operand high = operand();
            checkBetween(low, high);
            return new Between(left, low, high);
        }
        if (op.isKeyword("IN")) {
            pos++;
            expect("(");
            List<Operand> list = new ArrayList<>();
            list.add(operand());
            while (peek().is(",")) {
                pos++;
                list.add(operand());
            }
            expect(")");
            return new In(left, list);
        }
        throw syntaxError();
    }

    private List<Operand> arguments() {
        List<Operand> args = new ArrayList<>();
        if (!peek().is(")")) {
            args.add(operand());
            while (peek().is(",")) {
                pos++;
                args.add(operand());
            }
        }
        expect(")");
        return args;
    }

    /** An operand of a condition: a path, a value, or size(path). */
    protected Operand operand() {
        Token t = peek();
        if (t.kind() == Token.Kind.VALUE_REF) {
            pos++;
            return new ValueOp(t.text(), placeholders.value(t.text(), exprName));
        }
        if (t.kind() == Token.Kind.NAME && peekAt(1).is("(")) {
            String fn = t.text();
            pos += 2;
            List<Operand> args = arguments();
            return function(fn, args);
        }
        return new PathOp(path());
    }

    /** A function used as an operand; conditions allow only size. */
    protected Operand function(String fn, List<Operand> args) {
        if (fn.equals("size")) {
            arity(fn, args, 1);
            return new SizeOp(requirePath(fn, args.get(0)));
        }
        if (CONDITION_FUNCTIONS.contains(fn)) {
            throw new ExpressionException("Invalid " + exprName + ": The function is not allowed to be used this way "
                    + "in an expression; function: " + fn);
        }
        if (UPDATE_FUNCTIONS.contains(fn)) {
            throw new ExpressionException("Invalid " + exprName + ": The function is not allowed in a "
                    + (exprName.equals("UpdateExpression") ? "update" : "condition") + " expression; function: " + fn);
        }
        throw new ExpressionException("Invalid " + exprName + ": Invalid function name; function: " + fn);
    }

    private Condition checkFunction(Func f) {
        List<Operand> args = f.args();
        switch (f.name()) {
            case "attribute_exists", "attribute_not_exists" -> {
                arity(f.name(), args, 1);
                requirePath(f.name(), args.get(0));
            }
            case "attribute_type" -> {
                arity(f.name(), args, 2);
                requirePath(f.name(), args.get(0));
                if (args.get(1) instanceof ValueOp v) {
                    if (v.value().type() != AttrValue.Type.S) {
                        throw operandType(f.name(), v);
                    }
                    String type = v.value().s();
                    if (!Set.of("S", "SS", "N", "NS", "B", "BS", "BOOL", "NULL", "L", "M").contains(type)) {
                        throw new ExpressionException("Invalid " + exprName + ": Invalid attribute type name found; "
                                + "type: " + type + ", valid types: { B,NULL,SS,BOOL,L,BS,N,NS,S,M }");
                    }
                }
            }
            case "begins_with" -> {
                arity(f.name(), args, 2);
                for (Operand o : args) {
                    if (o instanceof ValueOp v && v.value().type() != AttrValue.Type.S && v.value().type() != AttrValue.Type.B) {
                        throw operandType(f.name(), v);
                    }
                }
            }
            case "contains" -> arity(f.name(), args, 2);
            default -> throw new IllegalStateException(f.name());
        }
        return f;
    }

    private ExpressionException operandType(String fn, ValueOp v) {
        return new ExpressionException("Invalid " + exprName + ": Incorrect operand type for operator or function; "
                + "operator or function: " + fn + ", operand type: " + v.value().type());
    }

    protected void arity(String fn, List<Operand> args, int n) {
        if (args.size() != n) {
            throw new ExpressionException("Invalid " + exprName + ": Incorrect number of operands for operator or "
                    + "function; operator or function: " + fn + ", number of operands: " + args.size());
        }
    }

    protected Path requirePath(String fn, Operand o) {
        if (o instanceof PathOp p) {
            return p.path();
        }
        throw new ExpressionException("Invalid " + exprName + ": Operator or function requires a document path; "
                + "operator or function: " + fn);
    }

    private void checkBetween(Operand low, Operand high) {
        if (low instanceof ValueOp l && high instanceof ValueOp h) {
            boolean comparable = l.value().type() == h.value().type() && switch (l.value().type()) {
                case S, N, B -> true;
                default -> false;
            };
            if (comparable && l.value().compareTo(h.value()) > 0) {
                throw new ExpressionException("Invalid " + exprName + ": The BETWEEN operator requires upper bound "
                        + "to be greater than or equal to lower bound; lower bound operand: AttributeValue: {"
                        + Render.value(l.value()) + "}, upper bound operand: AttributeValue: {"
                        + Render.value(h.value()) + "}");
            }
        }
    }

    /** A document path: name or #ref, then {@code .name} and {@code [n]} parts. */
    protected Path path() {
        List<Object> parts = new ArrayList<>();
        parts.add(pathName());
        while (true) {
            Token t = peek();
            if (t.is(".")) {
                pos++;
                parts.add(pathName());
            } else if (t.is("[")) {
                pos++;
                Token n = peek();
                if (n.kind() != Token.Kind.NUMBER) {
                    throw syntaxError();
                }
                pos++;
                parts.add(Integer.valueOf(n.text()));
                expect("]");
            } else {
                return new Path(parts);
            }
        }
    }

    private String pathName() {
        Token t = peek();
        if (t.kind() == Token.Kind.NAME_REF) {
            pos++;
            return placeholders.name(t.text(), exprName);
        }
        if (t.kind() == Token.Kind.NAME) {
            if (ReservedWords.contains(t.text())) {
                throw new ExpressionException("Invalid " + exprName + ": Attribute name is a reserved keyword; "
                        + "reserved keyword: " + t.text());
            }
            pos++;
            return t.text();
        }
        throw syntaxError();
    }

    protected Token peek() {
        return tokens.get(pos);
    }

    protected Token peekAt(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    protected void expect(String symbol) {
        if (!peek().is(symbol)) {
            throw syntaxError();
        }
        pos++;
    }

    protected void expectEnd() {
        if (peek().kind() != Token.Kind.EOF) {
            throw syntaxError();
        }
    }

    /** A syntax error at the current token, quoting it with the token before as DynamoDB does. */
    protected ExpressionException syntaxError() {
        Token t = peek();
        int start = pos > 0 ? tokens.get(pos - 1).start() : t.start();
        return ExpressionException.syntax(exprName, src, t.display(), start, t.end());
    }
}
