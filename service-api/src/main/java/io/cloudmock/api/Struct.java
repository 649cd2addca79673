package io.cloudmock.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A structure value in the value tree of operation inputs and outputs, members in order.
 *
 * <p>The value tree maps model shapes to Java values: structure → {@code Struct}; list → {@code List<Object>};
 * map → {@code Map<String, Object>}; string and enum → {@code String}; integer → {@code Integer};
 * long → {@code Long}; float → {@code Float}; double → {@code Double}; boolean → {@code Boolean};
 * timestamp → {@link Instant}; blob → {@code byte[]} (a streaming payload: {@link BlobStream});
 * document → untyped maps, lists, strings, numbers, booleans. Absent members are absent keys.
 */
public final class Struct extends LinkedHashMap<String, Object> {

    private static final long serialVersionUID = 1L;

    public Struct() {
    }

    public Struct(Map<String, ?> members) {
        super(members);
    }

    /** A struct of alternating names and values; null values are skipped. */
    public static Struct of(Object... namesAndValues) {
        Struct s = new Struct();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            s.set((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return s;
    }

    /** Sets a member unless the value is null; returns this for chaining. */
    public Struct set(String name, Object value) {
        if (value != null) {
            put(name, value);
        }
        return this;
    }

    public String string(String name) {
        Object v = get(name);
        return v == null ? null : v.toString();
    }

    public String string(String name, String fallback) {
        String v = string(name);
        return v == null ? fallback : v;
    }

    public Integer integer(String name) {
        Object v = get(name);
        if (v == null) {
            return null;
        }
        return v instanceof Number n ? Integer.valueOf(n.intValue()) : Integer.valueOf(v.toString().trim());
    }

    public int integer(String name, int fallback) {
        Integer v = integer(name);
        return v == null ? fallback : v;
    }

    public Long longValue(String name) {
        Object v = get(name);
        if (v == null) {
            return null;
        }
        return v instanceof Number n ? Long.valueOf(n.longValue()) : Long.valueOf(v.toString().trim());
    }

    public Boolean bool(String name) {
        Object v = get(name);
        if (v == null) {
            return null;
        }
        return v instanceof Boolean b ? b : Boolean.valueOf(v.toString());
    }

    public boolean bool(String name, boolean fallback) {
        Boolean v = bool(name);
        return v == null ? fallback : v;
    }

    public Instant timestamp(String name) {
        return (Instant) get(name);
    }

    public byte[] blob(String name) {
        return (byte[]) get(name);
    }

    /** A nested structure, or null. */
    public Struct struct(String name) {
        Object v = get(name);
        if (v == null || v instanceof Struct) {
            return (Struct) v;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) v;
        return new Struct(m);
    }

    /** A list member, or an empty list when absent. */
    @SuppressWarnings("unchecked")
    public List<Object> list(String name) {
        Object v = get(name);
        return v == null ? List.of() : (List<Object>) v;
    }

    /** A list of structures, or an empty list when absent. */
    public List<Struct> structs(String name) {
        List<Struct> out = new ArrayList<>();
        for (Object o : list(name)) {
            if (o instanceof Struct s) {
                out.add(s);
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) o;
                out.add(new Struct(m));
            }
        }
        return out;
    }

    /** A list of strings, or an empty list when absent. */
    public List<String> strings(String name) {
        List<String> out = new ArrayList<>();
        for (Object o : list(name)) {
            out.add(String.valueOf(o));
        }
        return out;
    }

    /** A map member, or an empty map when absent. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String name) {
        Object v = get(name);
        return v == null ? Map.of() : (Map<String, Object>) v;
    }
}
