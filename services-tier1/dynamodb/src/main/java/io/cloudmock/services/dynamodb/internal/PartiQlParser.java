package io.cloudmock.services.dynamodb.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.cloudmock.services.dynamodb.internal.model.AttrValue;
import io.cloudmock.services.dynamodb.internal.model.Numbers;

/**
 * Parses the simple PartiQL statements DynamoDB accepts (SELECT/INSERT/UPDATE/DELETE on one table) and translates
 * WHERE, SET and REMOVE clauses into DynamoDB expressions so the one expression engine evaluates them.
 */
final class PartiQlParser {

    private static final Set<String> PASS = Set.of("AND", "OR", "NOT", "BETWEEN", "IN");
    private static final Set<String> FUNCTIONS = Set.of("begins_with", "contains", "attribute_exists",
            "attribute_not_exists", "attribute_type", "size", "if_not_exists", "list_append");

    private final List<String> tokens;
    private final List<AttrValue> parameters;
    private int pos;
    private int nextParameter;
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, AttrValue> values = new LinkedHashMap<>();

    private PartiQlParser(String statement, List<AttrValue> parameters) {
        this.tokens = PartiQlLexer.tokenize(statement);
        this.parameters = parameters;
    }

    static PartiQlStatement parse(String statement, List<AttrValue> parameters) {
        try {
            return new PartiQlParser(statement, parameters).statement();
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            throw malformed("unexpected end of statement");
        }
    }

    private PartiQlStatement statement() {
        String verb = word();
        String table;
        String index = null;
        String projection = null;
        String update = null;
        Map<String, AttrValue> item = null;
        switch (verb) {
            case "SELECT" -> {
                projection = selectList();
                keyword("FROM");
                table = identifier();
                if (peek().equals(".")) {
                    pos++;
                    index = identifier();
                }
            }
            case "INSERT" -> {
                keyword("INTO");
                table = identifier();
                keyword("VALUE");
                AttrValue v = value();
                if (v.type() != AttrValue.Type.M) {
                    throw malformed("INSERT requires a tuple value");
                }
                item = new LinkedHashMap<>(v.m());
            }
            case "UPDATE" -> {
                table = identifier();
                update = updateClauses();
            }
            case "DELETE" -> {
                keyword("FROM");
                table = identifier();
            }
            default -> throw malformed("unsupported statement " + verb);
        }
        String where = null;
        if (peekWord().equals("WHERE")) {
            pos++;
            where = expression(Set.of());
        }
        if (pos < tokens.size()) {
            throw malformed("unexpected token " + tokens.get(pos));
        }
        if (nextParameter != parameters.size()) {
            throw DynamoDbErrors.validation("Number of parameters in request and statement don't match.");
        }
        return new PartiQlStatement(verb, table, index, projection, where, update, item, names, values);
    }

    private String selectList() {
        if (peek().equals("*")) {
            pos++;
            return null;
        }
        StringBuilder b = new StringBuilder();
        do {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(path());
        } while (comma());
        return b.toString();
    }

    private String updateClauses() {
        List<String> sets = new ArrayList<>();
        List<String> removes = new ArrayList<>();
        while (peekWord().equals("SET") || peekWord().equals("REMOVE")) {
            boolean set = word().equals("SET");
            do {
                if (set) {
                    String target = path();
                    expect("=");
                    sets.add(target + " = " + expression(Set.of("SET", "REMOVE", "WHERE", ",")));
                } else {
                    removes.add(path());
                }
            } while (comma());
        }
        StringBuilder u = new StringBuilder();
        if (!sets.isEmpty()) {
            u.append("SET ").append(String.join(", ", sets));
        }
        if (!removes.isEmpty()) {
            u.append(u.length() > 0 ? " " : "").append("REMOVE ").append(String.join(", ", removes));
        }
        if (u.length() == 0) {
            throw malformed("UPDATE requires SET or REMOVE");
        }
        return u.toString();
    }

    /** Translates tokens until a stop word into a DynamoDB expression. */
    private String expression(Set<String> stops) {
        StringBuilder b = new StringBuilder();
        int depth = 0;
        while (pos < tokens.size()) {
            String t = tokens.get(pos);
            String upper = t.toUpperCase(Locale.ROOT);
            if (depth == 0 && (stops.contains(upper) || stops.contains(t))) {
                break;
            }
            if (t.equals("(")) {
                depth++;
            } else if (t.equals(")")) {
                depth--;
            }
            if (PASS.contains(upper)) {
                pos++;
                b.append(' ').append(upper).append(' ');
            } else if (upper.equals("IS")) {
                pos++;
                boolean not = peekWord().equals("NOT");
                if (not) {
                    pos++;
                }
                keyword("MISSING");
                String target = b.substring(b.lastIndexOf(" ") + 1);
                b.setLength(b.lastIndexOf(" ") + 1);
                b.append(not ? "attribute_exists(" : "attribute_not_exists(").append(target).append(')');
            } else if (FUNCTIONS.contains(t.toLowerCase(Locale.ROOT)) && pos + 1 < tokens.size()
                    && tokens.get(pos + 1).equals("(")) {
                pos++;
                b.append(t.toLowerCase(Locale.ROOT));
            } else if (t.equals("!=")) {
                pos++;
                b.append(" <> ");
            } else if (Set.of("=", "<>", "<", "<=", ">", ">=", "+", "-", "(", ")").contains(t)) {
                pos++;
                b.append(' ').append(t).append(' ');
            } else if (t.equals(",")) {
                pos++;
                b.append(", ");
            } else if (t.equals("[") && b.toString().endsWith(" IN ")) {
                pos++;
                b.append('(');
                depth++;
            } else if (t.equals("]") && depth > 0) {
                pos++;
                b.append(')');
                depth--;
            } else if (isValueStart(t)) {
                b.append(placeholder(value()));
            } else {
                b.append(path());
            }
        }
        if (b.length() == 0) {
            throw malformed("expression expected");
        }
        return b.toString().trim().replaceAll(" +", " ");
    }

    private boolean isValueStart(String t) {
        char c = t.charAt(0);
        return c == '\'' || c == '?' || c == '{' || t.equals("<<") || Character.isDigit(c)
                || (c == '-' && t.length() > 1) || t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")
                || t.equalsIgnoreCase("null") || (t.equals("[") && true);
    }

    private String placeholder(AttrValue v) {
        String ref = ":p" + values.size();
        values.put(ref, v);
        return ref;
    }

    private String path() {
        StringBuilder b = new StringBuilder(name(identifier()));
        while (pos < tokens.size()) {
            if (peek().equals(".")) {
                pos++;
                b.append('.').append(name(identifier()));
            } else if (peek().equals("[")) {
                pos++;
                b.append('[').append(word()).append(']');
                expect("]");
            } else {
                break;
            }
        }
        return b.toString();
    }

    private String name(String attribute) {
        for (Map.Entry<String, String> e : names.entrySet()) {
            if (e.getValue().equals(attribute)) {
                return e.getKey();
            }
        }
        String ref = "#p" + names.size();
        names.put(ref, attribute);
        return ref;
    }

    private AttrValue value() {
        String t = tokens.get(pos++);
        if (t.equals("?")) {
            if (nextParameter >= parameters.size()) {
                throw DynamoDbErrors.validation("Number of parameters in request and statement don't match.");
            }
            return parameters.get(nextParameter++);
        }
        if (t.startsWith("'")) {
            return AttrValue.s(t.substring(1, t.length() - 1).replace("''", "'"));
        }
        if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
            return AttrValue.bool(t.equalsIgnoreCase("true"));
        }
        if (t.equalsIgnoreCase("null")) {
            return AttrValue.NULL;
        }
        if (t.equals("{")) {
            Map<String, AttrValue> m = new LinkedHashMap<>();
            while (!peek().equals("}")) {
                String k = tokens.get(pos++);
                if (!k.startsWith("'") && !k.startsWith("\"")) {
                    throw malformed("tuple key expected");
                }
                expect(":");
                m.put(k.substring(1, k.length() - 1), value());
                if (!peek().equals("}")) {
                    expect(",");
                }
            }
            pos++;
            return AttrValue.m(m);
        }
        if (t.equals("[")) {
            List<AttrValue> l = new ArrayList<>();
            while (!peek().equals("]")) {
                l.add(value());
                if (!peek().equals("]")) {
                    expect(",");
                }
            }
            pos++;
            return AttrValue.l(l);
        }
        if (t.equals("<<")) {
            List<AttrValue> l = new ArrayList<>();
            while (!peek().equals(">>")) {
                l.add(value());
                if (!peek().equals(">>")) {
                    expect(",");
                }
            }
            pos++;
            return PartiQlLexer.set(l);
        }
        try {
            return AttrValue.n(Numbers.check(new BigDecimal(t)));
        } catch (NumberFormatException e) {
            throw malformed("unexpected token " + t);
        }
    }

    private String identifier() {
        String t = tokens.get(pos++);
        if (t.startsWith("\"")) {
            return t.substring(1, t.length() - 1);
        }
        if (!Character.isLetter(t.charAt(0)) && t.charAt(0) != '_') {
            throw malformed("identifier expected but found " + t);
        }
        return t;
    }

    private boolean comma() {
        if (pos < tokens.size() && peek().equals(",")) {
            pos++;
            return true;
        }
        return false;
    }

    private String peek() {
        if (pos >= tokens.size()) {
            throw malformed("unexpected end of statement");
        }
        return tokens.get(pos);
    }

    private String peekWord() {
        return pos < tokens.size() ? tokens.get(pos).toUpperCase(Locale.ROOT) : "";
    }

    private String word() {
        return peek().equals("") ? "" : tokens.get(pos++).toUpperCase(Locale.ROOT);
    }

    private void keyword(String k) {
        if (!word().equals(k)) {
            throw malformed("expected " + k);
        }
    }

    private void expect(String symbol) {
        if (!peek().equals(symbol)) {
            throw malformed("expected " + symbol + " but found " + peek());
        }
        pos++;
    }

    static io.cloudmock.api.AwsException malformed(String detail) {
        return DynamoDbErrors.validation("Statement wasn't well formed, can't be processed: " + detail);
    }
}
