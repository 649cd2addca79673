package io.cloudmock.stubcatalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Name helpers shared by the catalog derivation and the output filler. */
final class Names {

    private Names() {
    }

    /** Plural spellings the AWS models use for a noun ({@code Policy} → {@code Policies}). */
    static List<String> plurals(String noun) {
        List<String> out = new ArrayList<>();
        if (noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            out.add(noun.substring(0, noun.length() - 1) + "ies");
        }
        if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
            out.add(noun + "es");
        }
        out.add(noun + "s");
        if (noun.endsWith("Summary")) {
            out.add(noun.substring(0, noun.length() - 7) + "Summaries");
        }
        return out;
    }

    static boolean isPluralOf(String candidate, String noun) {
        for (String p : plurals(noun)) {
            if (p.equalsIgnoreCase(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** {@code DBInstance} → {@code db-instance}; {@code ScheduleGroup} → {@code schedule-group}. */
    static String kebab(String noun) {
        return noun.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replaceAll("([A-Z])([A-Z][a-z])", "$1-$2")
                .toLowerCase(Locale.ROOT);
    }

    /** The entry of {@code map} whose key equals {@code name} ignoring case, or null. */
    static Object getIgnoreCase(Map<String, ?> map, String name) {
        Object v = map.get(name);
        if (v != null) {
            return v;
        }
        for (Map.Entry<String, ?> e : map.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Searches a value tree (structures up to {@code depth} levels) for a member named {@code name}. */
    @SuppressWarnings("unchecked")
    static Object find(Map<String, ?> map, String name, int depth) {
        Object v = getIgnoreCase(map, name);
        if (v != null || depth <= 0) {
            return v;
        }
        for (Object child : map.values()) {
            if (child instanceof Map<?, ?> m) {
                Object found = find((Map<String, ?>) m, name, depth - 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static boolean endsWithIgnoreCase(String s, String suffix) {
        return s.length() >= suffix.length() && s.regionMatches(true, s.length() - suffix.length(), suffix, 0,
                suffix.length());
    }
}
