package io.cloudmock.services.sns.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * A subscription filter policy evaluated as SNS does: all keys must match (AND), any condition of a key may
 * match (OR), {@code $or} combines alternative policies. Conditions: exact strings and numbers, {@code prefix},
 * {@code suffix}, {@code equals-ignore-case}, {@code anything-but} (values, prefix, suffix), {@code numeric}
 * ranges, {@code exists}, {@code wildcard}. Scope {@code MessageAttributes} (default) or {@code MessageBody}.
 */
final class FilterPolicy {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode policy;
    private final boolean bodyScope;

    private FilterPolicy(JsonNode policy, boolean bodyScope) {
        this.policy = policy;
        this.bodyScope = bodyScope;
    }

    /** Parses and checks a policy; throws InvalidParameter when it is not a valid filter policy. */
    static FilterPolicy parse(String json, boolean bodyScope) {
        JsonNode n;
        try {
            n = JSON.readTree(json);
        } catch (IOException e) {
            throw SnsErrors.invalidParameter("FilterPolicy: failed to parse JSON.");
        }
        if (n == null || !n.isObject()) {
            throw SnsErrors.invalidParameter("FilterPolicy: Filter policy must be a JSON object");
        }
        check(n, bodyScope, 1);
        return new FilterPolicy(n, bodyScope);
    }

    private static void check(JsonNode policy, boolean body, int depth) {
        for (Iterator<Map.Entry<String, JsonNode>> it = policy.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (e.getKey().equals("$or") && v.isArray()) {
                for (JsonNode alt : v) {
                    if (!alt.isObject()) {
                        throw SnsErrors.invalidParameter("FilterPolicy: $or must contain objects");
                    }
                    check(alt, body, depth);
                }
            } else if (v.isObject() && body) {
                check(v, true, depth + 1);
            } else if (!v.isArray()) {
                throw SnsErrors.invalidParameter("FilterPolicy: \"" + e.getKey() + "\" must be an object or an array");
            } else {
                for (JsonNode c : v) {
                    if (c.isObject() && c.size() == 1) {
                        String op = c.fieldNames().next();
                        if (!List.of("exists", "prefix", "suffix", "anything-but", "numeric", "equals-ignore-case",
                                "wildcard", "cidr").contains(op)) {
                            throw SnsErrors.invalidParameter("FilterPolicy: Unrecognized match type " + op);
                        }
                    } else if (c.isObject() || c.isArray()) {
                        throw SnsErrors.invalidParameter("FilterPolicy: Match value must be String, number, true, "
                                + "false, or null");
                    }
                }
            }
        }
    }

    /** Whether a message passes; {@code attributes} maps names to (DataType, value) pairs. */
    boolean matches(Map<String, String[]> attributes, String message) {
        if (bodyScope) {
            JsonNode body;
            try {
                body = JSON.readTree(message);
            } catch (IOException e) {
                return false;
            }
            return body != null && body.isObject() && matchesBody(policy, body);
        }
        return matchesAttributes(policy, attributes);
    }

    private static boolean matchesAttributes(JsonNode policy, Map<String, String[]> attributes) {
        for (Iterator<Map.Entry<String, JsonNode>> it = policy.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("$or") && e.getValue().isArray() && anyAlternative(e.getValue(), attributes)) {
                continue;
            }
            if (e.getKey().equals("$or")) {
                return false;
            }
            String[] attr = attributes.get(e.getKey());
            List<JsonNode> values = attr == null ? null : attributeValues(attr);
            if (!anyCondition(e.getValue(), values)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyAlternative(JsonNode alternatives, Map<String, String[]> attributes) {
        for (JsonNode alt : alternatives) {
            if (matchesAttributes(alt, attributes)) {
                return true;
            }
        }
        return false;
    }

    private static List<JsonNode> attributeValues(String[] attr) {
        String type = attr[0];
        String value = attr[1];
        List<JsonNode> out = new ArrayList<>();
        if (type.startsWith("Binary") || value == null) {
            return null;
        }
        if (type.startsWith("Number")) {
            try {
                out.add(DecimalNode.valueOf(new java.math.BigDecimal(value.trim())));
            } catch (NumberFormatException e) {
                out.add(TextNode.valueOf(value));
            }
        } else if (type.equals("String.Array")) {
            try {
                JsonNode arr = JSON.readTree(value);
                if (arr != null && arr.isArray()) {
                    arr.forEach(out::add);
                    return out;
                }
            } catch (IOException e) {
                // a plain string then
            }
            out.add(TextNode.valueOf(value));
        } else {
            out.add(TextNode.valueOf(value));
        }
        return out;
    }

    private static boolean matchesBody(JsonNode policy, JsonNode body) {
        for (Iterator<Map.Entry<String, JsonNode>> it = policy.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode rule = e.getValue();
            if (e.getKey().equals("$or") && rule.isArray()) {
                boolean any = false;
                for (JsonNode alt : rule) {
                    any |= matchesBody(alt, body);
                }
                if (!any) {
                    return false;
                }
                continue;
            }
            JsonNode field = body.get(e.getKey());
            if (rule.isObject()) {
                if (field == null || !field.isObject() || !matchesBody(rule, field)) {
                    return false;
                }
                continue;
            }
            List<JsonNode> values = null;
            if (field != null) {
                values = new ArrayList<>();
                if (field.isArray()) {
                    field.forEach(values::add);
                } else {
                    values.add(field);
                }
            }
            if (!anyCondition(rule, values)) {
                return false;
            }
        }
        return true;
    }

    /** {@code values} is null when the key is absent. */
    private static boolean anyCondition(JsonNode conditions, List<JsonNode> values) {
        for (JsonNode c : conditions) {
            if (condition(c, values)) {
                return true;
            }
        }
        return false;
    }

    private static boolean condition(JsonNode c, List<JsonNode> values) {
        if (c.isObject()) {
            String op = c.fieldNames().next();
            JsonNode arg = c.get(op);
            if (op.equals("exists")) {
                return arg.asBoolean() == (values != null);
            }
            if (values == null) {
                return false;
            }
            if (op.equals("anything-but")) {
                for (JsonNode v : values) {
                    if (anythingButExcludes(arg, v)) {
                        return false;
                    }
                }
                return true;
            }
            for (JsonNode v : values) {
                if (operator(op, arg, v)) {
                    return true;
                }
            }
            return false;
        }
        if (values == null) {
            return false;
        }
        for (JsonNode v : values) {
            if (equal(c, v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anythingButExcludes(JsonNode arg, JsonNode v) {
        if (arg.isArray()) {
            for (JsonNode a : arg) {
                if (equal(a, v)) {
                    return true;
                }
            }
            return false;
        }
        if (arg.isObject()) {
            String op = arg.fieldNames().next();
            return operator(op, arg.get(op), v);
        }
        return equal(arg, v);
    }

    private static boolean operator(String op, JsonNode arg, JsonNode v) {
        switch (op) {
            case "prefix":
                return v.isTextual() && v.asText().startsWith(arg.asText());
            case "suffix":
                return v.isTextual() && v.asText().endsWith(arg.asText());
            case "equals-ignore-case":
                return v.isTextual() && v.asText().equalsIgnoreCase(arg.asText());
            case "wildcard":
                return v.isTextual() && v.asText().matches(glob(arg.asText()));
            case "numeric":
                return v.isNumber() && numeric(arg, v.decimalValue().doubleValue());
            default:
                return false;
        }
    }

    private static String glob(String pattern) {
        List<String> parts = new ArrayList<>();
        for (String part : pattern.split("\\*", -1)) {
            parts.add(java.util.regex.Pattern.quote(part));
        }
        return String.join(".*", parts);
    }

    private static boolean numeric(JsonNode ops, double x) {
        for (int i = 0; i + 1 < ops.size(); i += 2) {
            String op = ops.get(i).asText();
            double bound = ops.get(i + 1).asDouble();
            boolean ok = switch (op) {
                case "=" -> x == bound;
                case "<" -> x < bound;
                case "<=" -> x <= bound;
                case ">" -> x > bound;
                case ">=" -> x >= bound;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean equal(JsonNode c, JsonNode v) {
        if (c.isNumber()) {
            return v.isNumber() && c.decimalValue().compareTo(v.decimalValue()) == 0;
        }
        if (c.isTextual()) {
            return v.isTextual() && c.asText().equals(v.asText());
        }
        if (c.isNull()) {
            return v.isNull();
        }
        if (c.isBoolean()) {
            return v.isBoolean() && c.asBoolean() == v.asBoolean();
        }
        return false;
    }
}
