package io.cloudmock.services.dynamodb.internal.model;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One DynamoDB attribute value, immutable. S → String, N → canonical BigDecimal, B → byte[], SS/NS/BS → List of
 * those (no duplicates, insertion order), M → Map of AttrValue, L → List of AttrValue, BOOL/NULL → Boolean.
 */
public final class AttrValue implements Comparable<AttrValue> {

    /** The DynamoDB data types, named as on the wire. */
    public enum Type { S, N, B, SS, NS, BS, M, L, NULL, BOOL }

    public static final AttrValue NULL = new AttrValue(Type.NULL, Boolean.TRUE);
    public static final AttrValue TRUE = new AttrValue(Type.BOOL, Boolean.TRUE);
    public static final AttrValue FALSE = new AttrValue(Type.BOOL, Boolean.FALSE);

    private final Type type;
    private final Object value;

    private AttrValue(Type type, Object value) {
        this.type = type;
        this.value = value;
    }

    public static AttrValue s(String s) {
        return new AttrValue(Type.S, s);
    }

    public static AttrValue n(BigDecimal d) {
        return new AttrValue(Type.N, d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros());
    }

    public static AttrValue n(String text) {
        return n(Numbers.parse(text));
    }

    public static AttrValue b(byte[] b) {
        return new AttrValue(Type.B, b);
    }

    public static AttrValue bool(boolean b) {
        return b ? TRUE : FALSE;
    }

    public static AttrValue m(Map<String, AttrValue> m) {
        return new AttrValue(Type.M, Collections.unmodifiableMap(m));
    }

    public static AttrValue l(List<AttrValue> l) {
        return new AttrValue(Type.L, Collections.unmodifiableList(l));
    }

    /** A set of {@code type} (SS, NS, BS) from elements already validated and de-duplicated. */
    public static AttrValue set(Type type, List<?> elements) {
        return new AttrValue(type, Collections.unmodifiableList(elements));
    }

    public Type type() {
        return type;
    }

    public boolean isSet() {
        return type == Type.SS || type == Type.NS || type == Type.BS;
    }

    public String s() {
        return (String) value;
    }

    public BigDecimal n() {
        return (BigDecimal) value;
    }

    public byte[] b() {
        return (byte[]) value;
    }

    public boolean bool() {
        return (Boolean) value;
    }

    @SuppressWarnings("unchecked")
    public Map<String, AttrValue> m() {
        return (Map<String, AttrValue>) value;
    }

    @SuppressWarnings("unchecked")
    public List<AttrValue> l() {
        return (List<AttrValue>) value;
    }

    /** Elements of a set: String, BigDecimal or byte[]. */
    public List<?> elements() {
        return (List<?>) value;
    }

    /** The element type of a set type ({@code SS} → {@code S}). */
    public static Type elementType(Type setType) {
        return switch (setType) {
            case SS -> Type.S;
            case NS -> Type.N;
            case BS -> Type.B;
            default -> throw new IllegalArgumentException(setType.name());
        };
    }

    /** Whether a set contains a scalar element (String, BigDecimal, byte[]). */
    public boolean setContains(Object element) {
        for (Object o : elements()) {
            if (scalarEquals(o, element)) {
                return true;
            }
        }
        return false;
    }

    static boolean scalarEquals(Object a, Object b) {
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return a.equals(b);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AttrValue other) || other.type != type) {
            return false;
        }
        return switch (type) {
            case N -> n().compareTo(other.n()) == 0;
            case B -> Arrays.equals(b(), other.b());
            case SS, NS, BS -> {
                if (elements().size() != other.elements().size()) {
                    yield false;
                }
                for (Object e : elements()) {
                    if (!other.setContains(e)) {
                        yield false;
                    }
                }
                yield true;
            }
            default -> value.equals(other.value);
        };
    }

    @Override
    public int hashCode() {
        return switch (type) {
            case N -> n().hashCode();
            case B -> Arrays.hashCode(b());
            case SS, NS, BS -> type.hashCode() * 31 + elements().size();
            default -> value.hashCode();
        };
    }

    /** Orders scalar key values of the same type as DynamoDB sorts them (S and B by unsigned bytes). */
    @Override
    public int compareTo(AttrValue o) {
        if (type != o.type) {
            return type.compareTo(o.type);
        }
        return switch (type) {
            case N -> n().compareTo(o.n());
            case S -> compareUtf8(s(), o.s());
            case B -> Arrays.compareUnsigned(b(), o.b());
            default -> 0;
        };
    }

    /** Compares strings by their UTF-8 bytes, as DynamoDB does. */
    public static int compareUtf8(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (x < 0x80 && y < 0x80) {
                    return x - y;
                }
                return Arrays.compareUnsigned(a.substring(i).getBytes(StandardCharsets.UTF_8),
                        b.substring(i).getBytes(StandardCharsets.UTF_8));
            }
        }
        return a.length() - b.length();
    }

    @Override
    public String toString() {
        return type + ":" + (type == Type.B ? Arrays.toString(b()) : String.valueOf(value));
    }
}
