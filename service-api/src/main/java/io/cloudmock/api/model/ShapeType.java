package io.cloudmock.api.model;

/** The shape types of the AWS (C2J) service models. */
public enum ShapeType {
    STRUCTURE, LIST, MAP, STRING, INTEGER, LONG, FLOAT, DOUBLE, BOOLEAN, TIMESTAMP, BLOB, DOCUMENT;

    /** Parses a model type name ({@code "structure"}, {@code "long"}, ...); {@code bigdecimal} maps to DOUBLE. */
    public static ShapeType of(String name) {
        return switch (name) {
            case "character" -> STRING;
            case "byte", "short" -> INTEGER;
            case "biginteger" -> LONG;
            case "bigdecimal" -> DOUBLE;
            default -> valueOf(name.toUpperCase(java.util.Locale.ROOT));
        };
    }

    public boolean isNumber() {
        return this == INTEGER || this == LONG || this == FLOAT || this == DOUBLE;
    }
}
