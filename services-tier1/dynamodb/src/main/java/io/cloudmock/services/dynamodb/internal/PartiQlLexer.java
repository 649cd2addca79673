package io.cloudmock.services.dynamodb.internal;

import java.util.ArrayList;
import java.util.List;

import io.cloudmock.services.dynamodb.internal.model.AttrValue;

/** Tokens of a PartiQL statement: quoted strings and identifiers kept with their quotes. */
final class PartiQlLexer {

    private PartiQlLexer() {
    }

    static List<String> tokenize(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == ';') {
                i++;
            } else if (c == '\'' || c == '"') {
                int j = i + 1;
                while (j < s.length()) {
                    if (s.charAt(j) == c) {
                        if (c == '\'' && j + 1 < s.length() && s.charAt(j + 1) == '\'') {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                if (j >= s.length()) {
                    throw PartiQlParser.malformed("unterminated quoted text");
                }
                out.add(s.substring(i, j + 1));
                i = j + 1;
            } else if (Character.isLetterOrDigit(c) || c == '_' || (c == '-' && i + 1 < s.length()
                    && Character.isDigit(s.charAt(i + 1)) && previousIsOperator(out))) {
                int j = i + 1;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_'
                        || s.charAt(j) == '.' && Character.isDigit(c) || ((s.charAt(j) == '-' || s.charAt(j) == '+')
                        && Character.isDigit(c) && (s.charAt(j - 1) == 'e' || s.charAt(j - 1) == 'E')))) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            } else {
                String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
                if (two.equals("<=") || two.equals(">=") || two.equals("<>") || two.equals("!=")
                        || two.equals("<<") || two.equals(">>")) {
                    out.add(two);
                    i += 2;
                } else {
                    out.add(String.valueOf(c));
                    i++;
                }
            }
        }
        return out;
    }

    private static boolean previousIsOperator(List<String> out) {
        if (out.isEmpty()) {
            return true;
        }
        String p = out.get(out.size() - 1);
        return !(Character.isLetterOrDigit(p.charAt(0)) || p.startsWith("'") || p.startsWith("\"")
                || p.equals(")") || p.equals("]"));
    }

    /** A set literal {@code <<...>>}: SS, NS or BS by its elements. */
    static AttrValue set(List<AttrValue> elements) {
        if (elements.isEmpty()) {
            throw PartiQlParser.malformed("empty set");
        }
        AttrValue.Type t = elements.get(0).type();
        List<Object> out = new ArrayList<>();
        for (AttrValue v : elements) {
            if (v.type() != t) {
                throw PartiQlParser.malformed("mixed set types");
            }
            Object e = t == AttrValue.Type.S ? v.s() : t == AttrValue.Type.N ? v.n() : v.b();
            boolean dup = false;
            for (Object x : out) {
                dup |= x.equals(e);
            }
            if (!dup) {
                out.add(e);
            }
        }
        return AttrValue.set(t == AttrValue.Type.S ? AttrValue.Type.SS : t == AttrValue.Type.N ? AttrValue.Type.NS
                : AttrValue.Type.BS, out);
    }
}
