package io.cloudmock.services.dynamodb.internal.expr;

import java.util.ArrayList;
import java.util.List;

/** Splits an expression into tokens; reports bad characters like DynamoDB does. */
final class Lexer {

    private Lexer() {
    }

    static List<Token> tokenize(String src, String exprName) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (c == '#' || c == ':') {
                i++;
                while (i < n && isNameChar(src.charAt(i))) {
                    i++;
                }
                if (i == start + 1) {
                    throw ExpressionException.syntax(exprName, src, String.valueOf(c), start, i);
                }
                out.add(new Token(c == '#' ? Token.Kind.NAME_REF : Token.Kind.VALUE_REF, src.substring(start, i),
                        start, i));
            } else if (Character.isDigit(c)) {
                while (i < n && isNameChar(src.charAt(i))) {
                    i++;
                }
                String t = src.substring(start, i);
                out.add(new Token(t.chars().allMatch(Character::isDigit) ? Token.Kind.NUMBER : Token.Kind.NAME, t,
                        start, i));
            } else if (Character.isLetter(c) || c == '_') {
                while (i < n && isNameChar(src.charAt(i))) {
                    i++;
                }
                out.add(new Token(Token.Kind.NAME, src.substring(start, i), start, i));
            } else if (c == '<' || c == '>') {
                i++;
                if (i < n && (src.charAt(i) == '=' || (c == '<' && src.charAt(i) == '>'))) {
                    i++;
                }
                out.add(new Token(Token.Kind.SYMBOL, src.substring(start, i), start, i));
            } else if ("=(),.[]+-".indexOf(c) >= 0) {
                i++;
                out.add(new Token(Token.Kind.SYMBOL, String.valueOf(c), start, i));
            } else {
                throw new ExpressionException("Invalid " + exprName + ": Invalid token: \"" + c + "\"");
            }
        }
        out.add(new Token(Token.Kind.EOF, "", n, n));
        return out;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
