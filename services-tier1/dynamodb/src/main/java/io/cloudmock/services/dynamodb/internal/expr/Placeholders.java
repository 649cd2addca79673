package io.cloudmock.services.dynamodb.internal.expr;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.cloudmock.services.dynamodb.internal.model.AttrValue;

/**
 * ExpressionAttributeNames and ExpressionAttributeValues of one request, shared by its expressions, tracking
 * which were used so that unused ones are reported as DynamoDB does.
 */
public final class Placeholders {

    private final Map<String, String> names;
    private final Map<String, AttrValue> values;
    private final Set<String> usedNames = new LinkedHashSet<>();
    private final Set<String> usedValues = new LinkedHashSet<>();

    public Placeholders(Map<String, String> names, Map<String, AttrValue> values) {
        this.names = names == null ? Map.of() : names;
        this.values = values == null ? Map.of() : values;
        for (String k : this.values.keySet()) {
            if (!k.startsWith(":") || k.length() < 2) {
                throw new ExpressionException("ExpressionAttributeValues contains invalid key: Syntax error; key: \""
                        + k + "\"");
            }
        }
        for (String k : this.names.keySet()) {
            if (!k.startsWith("#") || k.length() < 2) {
                throw new ExpressionException("ExpressionAttributeNames contains invalid key: Syntax error; key: \""
                        + k + "\"");
            }
        }
    }

    public static Placeholders none() {
        return new Placeholders(Map.of(), Map.of());
    }

    String name(String ref, String exprName) {
        String v = names.get(ref);
        if (v == null) {
            throw new ExpressionException("Invalid " + exprName + ": An expression attribute name used in the "
                    + "document path is not defined; attribute name: " + ref);
        }
        usedNames.add(ref);
        return v;
    }

    AttrValue value(String ref, String exprName) {
        AttrValue v = values.get(ref);
        if (v == null) {
            throw new ExpressionException("Invalid " + exprName + ": An expression attribute value used in "
                    + "expression is not defined; attribute value: " + ref);
        }
        usedValues.add(ref);
        return v;
    }

    public boolean isEmpty() {
        return names.isEmpty() && values.isEmpty();
    }

    /** Fails when a name or value was given but no expression used it. */
    public void checkAllUsed() {
        Set<String> unusedNames = new TreeSet<>(names.keySet());
        unusedNames.removeAll(usedNames);
        if (!unusedNames.isEmpty()) {
            throw new ExpressionException("Value provided in ExpressionAttributeNames unused in expressions: keys: {"
                    + String.join(", ", unusedNames) + "}");
        }
        Set<String> unusedValues = new TreeSet<>(values.keySet());
        unusedValues.removeAll(usedValues);
        if (!unusedValues.isEmpty()) {
            throw new ExpressionException("Value provided in ExpressionAttributeValues unused in expressions: keys: {"
                    + String.join(", ", unusedValues) + "}");
        }
    }
}
