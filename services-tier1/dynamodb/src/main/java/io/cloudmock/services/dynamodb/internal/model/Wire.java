package io.cloudmock.services.dynamodb.internal.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmock.api.Struct;
import io.cloudmock.services.dynamodb.internal.DynamoDbErrors;
import io.cloudmock.services.dynamodb.internal.model.AttrValue.Type;

/** Converts attribute values between the codec's value tree ({@code {"S": "x"}}) and {@link AttrValue}. */
public final class Wire {

    private Wire() {
    }

    /** An item (or key) map from the wire. */
    public static Map<String, AttrValue> item(Map<String, Object> wire) {
        Map<String, AttrValue> out = new LinkedHashMap<>();
        if (wire != null) {
            for (Map.Entry<String, Object> e : wire.entrySet()) {
                out.put(e.getKey(), value(e.getValue()));
            }
        }
        return out;
    }

    /** One attribute value from the wire, validated. */
    @SuppressWarnings("unchecked")
    public static AttrValue value(Object wire) {
        if (!(wire instanceof Map<?, ?> raw)) {
            throw DynamoDbErrors.validation("Supplied AttributeValue is empty, must contain exactly one of the "
                    + "supported datatypes");
        }
        Map<String, Object> m = (Map<String, Object>) raw;
        int set = 0;
        for (Object v : m.values()) {
            if (v != null) {
                set++;
            }
        }
        if (set == 0) {
            throw DynamoDbErrors.validation("Supplied AttributeValue is empty, must contain exactly one of the "
                    + "supported datatypes");
        }
        if (set > 1) {
            throw DynamoDbErrors.validation("Supplied AttributeValue has more than one datatypes set, must contain "
                    + "exactly one of the supported datatypes");
        }
        for (Map.Entry<String, Object> e : m.entrySet()) {
            Object v = e.getValue();
            if (v == null) {
                continue;
            }
            switch (e.getKey()) {
                case "S": return AttrValue.s((String) v);
                case "N": return AttrValue.n((String) v);
                case "B": return AttrValue.b((byte[]) v);
                case "BOOL": return AttrValue.bool((Boolean) v);
                case "NULL":
                    if (!((Boolean) v)) {
                        throw DynamoDbErrors.invalidParameters("Null attribute value types must have the value of true");
                    }
                    return AttrValue.NULL;
                case "SS": return stringSet(Type.SS, (List<Object>) v);
                case "NS": return stringSet(Type.NS, (List<Object>) v);
                case "BS": return stringSet(Type.BS, (List<Object>) v);
                case "M": {
                    Map<String, AttrValue> out = new LinkedHashMap<>();
                    ((Map<String, Object>) v).forEach((k, x) -> out.put(k, value(x)));
                    return AttrValue.m(out);
                }
                case "L": {
                    List<AttrValue> out = new ArrayList<>();
                    for (Object x : (List<Object>) v) {
                        out.add(value(x));
                    }
                    return AttrValue.l(out);
                }
                default:
                    throw DynamoDbErrors.validation("Supplied AttributeValue has an unsupported datatype: " + e.getKey());
            }
        }
        throw new IllegalStateException();
    }

    private static AttrValue stringSet(Type type, List<Object> raw) {
        if (raw.isEmpty()) {
            throw DynamoDbErrors.invalidParameters(switch (type) {
                case SS -> "An string set  may not be empty";
                case NS -> "An number set  may not be empty";
                default -> "Binary sets should not be empty";
            });
        }
        List<Object> out = new ArrayList<>(raw.size());
        List<String> shown = new ArrayList<>();
        boolean duplicate = false;
        for (Object o : raw) {
            Object e = switch (type) {
                case SS -> (String) o;
                case NS -> Numbers.parse((String) o);
                default -> (byte[]) o;
            };
            shown.add(o instanceof byte[] b ? java.util.Base64.getEncoder().encodeToString(b) : o.toString());
            for (Object x : out) {
                if (AttrValue.scalarEquals(x, e)) {
                    duplicate = true;
                }
            }
            if (!duplicate) {
                out.add(e);
            }
        }
        if (duplicate) {
            throw DynamoDbErrors.invalidParameters("Input collection " + shown + " contains duplicates.");
        }
        return AttrValue.set(type, out);
    }

    /** An item for the output value tree. */
    public static Map<String, Object> toWire(Map<String, AttrValue> item) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, AttrValue> e : item.entrySet()) {
            out.put(e.getKey(), toWire(e.getValue()));
        }
        return out;
    }

    /** One value for the output value tree. */
    public static Struct toWire(AttrValue v) {
        Object x = switch (v.type()) {
            case S -> v.s();
            case N -> Numbers.format(v.n());
            case B -> v.b();
            case BOOL, NULL -> v.bool();
            case M -> toWire(v.m());
            case L -> {
                List<Object> l = new ArrayList<>(v.l().size());
                v.l().forEach(a -> l.add(toWire(a)));
                yield l;
            }
            case SS, BS -> new ArrayList<>(v.elements());
            case NS -> {
                List<Object> l = new ArrayList<>();
                v.elements().forEach(a -> l.add(Numbers.format((BigDecimal) a)));
                yield l;
            }
        };
        Struct s = new Struct();
        s.put(v.type().name(), x);
        return s;
    }
}
