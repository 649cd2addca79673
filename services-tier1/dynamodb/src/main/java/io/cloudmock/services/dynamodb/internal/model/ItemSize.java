package io.cloudmock.services.dynamodb.internal.model;

import java.math.BigDecimal;
import java.util.Map;

/** DynamoDB's item size accounting (names plus values), used for limits, capacity and table sizes. */
public final class ItemSize {

    public static final int MAX_ITEM = 400 * 1024;

    private ItemSize() {
    }

    /** Whether an item is within the 400 KB limit, computing exact sizes only when a cheap bound says it may not be. */
    public static boolean withinLimit(Map<String, AttrValue> item) {
        return bound(item) <= MAX_ITEM || of(item) <= MAX_ITEM;
    }

    private static long bound(Map<String, AttrValue> item) {
        long n = 0;
        for (Map.Entry<String, AttrValue> e : item.entrySet()) {
            n += 3L * e.getKey().length() + bound(e.getValue());
        }
        return n;
    }

    private static long bound(AttrValue v) {
        return switch (v.type()) {
            case S -> 3L * v.s().length();
            case M -> 3 + v.m().entrySet().stream().mapToLong(e -> 1 + 3L * e.getKey().length() + bound(e.getValue()))
                    .sum();
            case L -> 3 + v.l().stream().mapToLong(x -> 1 + bound(x)).sum();
            case SS -> v.elements().stream().mapToLong(o -> 3L * ((String) o).length()).sum();
            default -> of(v);
        };
    }

    public static long of(Map<String, AttrValue> item) {
        long n = 0;
        for (Map.Entry<String, AttrValue> e : item.entrySet()) {
            n += utf8(e.getKey()) + of(e.getValue());
        }
        return n;
    }

    public static long of(AttrValue v) {
        return switch (v.type()) {
            case S -> utf8(v.s());
            case N -> number(v.n());
            case B -> v.b().length;
            case BOOL, NULL -> 1;
            case SS -> v.elements().stream().mapToLong(o -> utf8((String) o)).sum();
            case NS -> v.elements().stream().mapToLong(o -> number((BigDecimal) o)).sum();
            case BS -> v.elements().stream().mapToLong(o -> ((byte[]) o).length).sum();
            case M -> 3 + v.m().entrySet().stream().mapToLong(e -> 1 + utf8(e.getKey()) + of(e.getValue())).sum();
            case L -> 3 + v.l().stream().mapToLong(x -> 1 + of(x)).sum();
        };
    }

    private static long number(BigDecimal d) {
        return (d.precision() + 1) / 2 + 1;
    }

    private static long utf8(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }
}
