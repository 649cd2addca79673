package io.cloudmock.stubcatalog.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads tags from input values in the shapes AWS uses: a map, or a list of key/value structures. */
final class Tags {

    private Tags() {
    }

    /** The tags in {@code input}'s tag member ({@code Tags}, {@code tags}, {@code TagList}...), possibly empty. */
    static Map<String, String> read(Map<String, ?> input) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : input.entrySet()) {
            String lower = e.getKey().toLowerCase(Locale.ROOT);
            if (lower.contains("tag") && !lower.contains("key") && !lower.contains("specification")) {
                parse(e.getValue(), out);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static void parse(Object value, Map<String, String> out) {
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        } else if (value instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> item) {
                    Object k = null;
                    Object v = null;
                    for (Map.Entry<String, ?> e : ((Map<String, ?>) item).entrySet()) {
                        String lower = e.getKey().toLowerCase(Locale.ROOT);
                        if (lower.contains("key")) {
                            k = e.getValue();
                        } else if (lower.contains("value")) {
                            v = e.getValue();
                        }
                    }
                    if (k != null) {
                        out.put(String.valueOf(k), v == null ? "" : String.valueOf(v));
                    }
                }
            }
        }
    }

    /** The tag keys of an untag call ({@code TagKeys}, {@code tagKeys}, {@code Keys}). */
    static List<String> keys(Map<String, ?> input) {
        for (Map.Entry<String, ?> e : input.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).contains("key") && e.getValue() instanceof List<?> l) {
                return l.stream().map(String::valueOf).toList();
            }
        }
        return List.of();
    }
}
