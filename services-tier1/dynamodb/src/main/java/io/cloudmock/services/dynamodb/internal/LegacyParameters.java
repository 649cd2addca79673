package io.cloudmock.services.dynamodb.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cloudmock.api.Struct;
import io.cloudmock.services.dynamodb.internal.expr.Expr;
import io.cloudmock.services.dynamodb.internal.model.AttrValue;
import io.cloudmock.services.dynamodb.internal.model.Wire;

/**
 * The pre-expression parameters (Expected, KeyConditions, QueryFilter, ScanFilter, AttributeUpdates) turned into
 * the same syntax trees the expressions produce, so one engine evaluates both.
 */
final class LegacyParameters {

    private LegacyParameters() {
    }

    /** Rejects a request that mixes a legacy parameter with its expression counterpart. */
    static void notBoth(Struct in, String legacy, String expression) {
        if (in.containsKey(legacy) && in.containsKey(expression)) {
            throw DynamoDbErrors.validation("Can not use both expression and non-expression parameters in the same "
                    + "request: Non-expression parameters: {" + legacy + "} Expression parameters: {" + expression
                    + "}");
        }
    }

    /** Expected, KeyConditions, QueryFilter or ScanFilter with ConditionalOperator; null when absent. */
    @SuppressWarnings("unchecked")
    static Expr.Condition conditions(Struct in, String member) {
        Map<String, Object> conditions = in.map(member);
        if (conditions.isEmpty()) {
            return null;
        }
        boolean or = "OR".equals(in.string("ConditionalOperator"));
        Expr.Condition all = null;
        for (Map.Entry<String, Object> e : conditions.entrySet()) {
            Expr.Condition c = condition(e.getKey(), new Struct((Map<String, Object>) e.getValue()));
            all = all == null ? c : or ? new Expr.Or(all, c) : new Expr.And(all, c);
        }
        return all;
    }

    private static Expr.Condition condition(String attribute, Struct spec) {
        Expr.Operand path = new Expr.PathOp(new Expr.Path(List.of(attribute)));
        List<Expr.Operand> values = new ArrayList<>();
        if (spec.containsKey("Value")) {
            values.add(value(spec.get("Value")));
        }
        for (Object v : spec.list("AttributeValueList")) {
            values.add(value(v));
        }
        String op = spec.string("ComparisonOperator");
        if (op == null) {
            if (Boolean.FALSE.equals(spec.bool("Exists"))) {
                if (!values.isEmpty()) {
                    throw DynamoDbErrors.invalidParameters("Value cannot be used when Exists is false for Attribute: "
                            + attribute);
                }
                return new Expr.Func("attribute_not_exists", List.of(path));
            }
            if (values.size() != 1) {
                throw DynamoDbErrors.invalidParameters("Value must be provided when Exists is true for Attribute: "
                        + attribute);
            }
            return new Expr.Compare("=", path, values.get(0));
        }
        int expected = switch (op) {
            case "NOT_NULL", "NULL" -> 0;
            case "BETWEEN" -> 2;
            case "IN" -> -1;
            default -> 1;
        };
        if (expected >= 0 ? values.size() != expected : values.isEmpty()) {
            throw DynamoDbErrors.invalidParameters("Invalid number of argument(s) for the " + op
                    + " ComparisonOperator");
        }
        return switch (op) {
            case "EQ" -> new Expr.Compare("=", path, values.get(0));
            case "NE" -> new Expr.Compare("<>", path, values.get(0));
            case "LT" -> new Expr.Compare("<", path, values.get(0));
            case "LE" -> new Expr.Compare("<=", path, values.get(0));
            case "GT" -> new Expr.Compare(">", path, values.get(0));
            case "GE" -> new Expr.Compare(">=", path, values.get(0));
            case "NOT_NULL" -> new Expr.Func("attribute_exists", List.of(path));
            case "NULL" -> new Expr.Func("attribute_not_exists", List.of(path));
            case "CONTAINS" -> new Expr.Func("contains", List.of(path, values.get(0)));
            case "NOT_CONTAINS" -> new Expr.Not(new Expr.Func("contains", List.of(path, values.get(0))));
            case "BEGINS_WITH" -> new Expr.Func("begins_with", List.of(path, values.get(0)));
            case "IN" -> new Expr.In(path, values);
            case "BETWEEN" -> new Expr.Between(path, values.get(0), values.get(1));
            default -> throw DynamoDbErrors.validation("1 validation error detected: Value '" + op + "' at "
                    + "'comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set");
        };
    }

    private static Expr.Operand value(Object wire) {
        AttrValue v = Wire.value(wire);
        return new Expr.ValueOp(":legacy", v);
    }

    /** AttributeUpdates (PUT, ADD, DELETE per attribute) as an update; null when absent. */
    @SuppressWarnings("unchecked")
    static Expr.Update attributeUpdates(Struct in) {
        Map<String, Object> updates = in.map("AttributeUpdates");
        if (updates.isEmpty()) {
            return null;
        }
        List<Expr.SetAction> sets = new ArrayList<>();
        List<Expr.Path> removes = new ArrayList<>();
        List<Expr.SetAction> adds = new ArrayList<>();
        List<Expr.SetAction> deletes = new ArrayList<>();
        for (Map.Entry<String, Object> e : updates.entrySet()) {
            Struct u = new Struct((Map<String, Object>) e.getValue());
            Expr.Path path = new Expr.Path(List.of(e.getKey()));
            String action = u.string("Action", "PUT");
            Expr.Operand v = u.containsKey("Value") ? value(u.get("Value")) : null;
            switch (action) {
                case "PUT" -> {
                    if (v == null) {
                        throw DynamoDbErrors.invalidParameters("Only DELETE action is allowed when no attribute value "
                                + "is specified");
                    }
                    sets.add(new Expr.SetAction(path, v));
                }
                case "ADD" -> {
                    if (v == null) {
                        throw DynamoDbErrors.invalidParameters("Only DELETE action is allowed when no attribute value "
                                + "is specified");
                    }
                    adds.add(new Expr.SetAction(path, v));
                }
                default -> {
                    if (v == null) {
                        removes.add(path);
                    } else {
                        deletes.add(new Expr.SetAction(path, v));
                    }
                }
            }
        }
        return new Expr.Update(sets, removes, adds, deletes);
    }
}
