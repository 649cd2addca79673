package io.cloudmock.services.dynamodb.internal.expr;

/** One token of an expression with its position in the source text. */
record Token(Kind kind, String text, int start, int end) {

    enum Kind { NAME, NAME_REF, VALUE_REF, NUMBER, SYMBOL, EOF }

    boolean is(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    /** A bare word equal to a keyword (case-insensitive). */
    boolean isKeyword(String keyword) {
        return kind == Kind.NAME && text.equalsIgnoreCase(keyword);
    }

    String display() {
        return kind == Kind.EOF ? "<EOF>" : text;
    }
}
