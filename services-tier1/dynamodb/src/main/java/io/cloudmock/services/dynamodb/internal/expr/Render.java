package io.cloudmock.services.dynamodb.internal.expr;

import java.util.Base64;

import io.cloudmock.services.dynamodb.internal.model.AttrValue;
import io.cloudmock.services.dynamodb.internal.model.Numbers;

/** Values as DynamoDB quotes them in error messages ({@code N:10}). */
final class Render {

    private Render() {
    }

    static String value(AttrValue v) {
        return v.type() + ":" + switch (v.type()) {
            case S -> v.s();
            case N -> Numbers.format(v.n());
            case B -> Base64.getEncoder().encodeToString(v.b());
            default -> String.valueOf(v);
        };
    }

    /** The type names used in update-expression operand errors ({@code STRING}). */
    static String typeName(AttrValue.Type t) {
        return switch (t) {
            case S -> "STRING";
            case N -> "NUMBER";
            case B -> "BINARY";
            case SS -> "STRING SET";
            case NS -> "NUMBER SET";
            case BS -> "BINARY SET";
            case M -> "MAP";
            case L -> "LIST";
            case BOOL -> "BOOLEAN";
            case NULL -> "NULL";
        };
    }
}
