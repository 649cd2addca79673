package io.cloudmock.stubcatalog.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cloudmock.api.BlobStream;
import io.cloudmock.api.Struct;
import io.cloudmock.api.model.Member;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.Shape;
import io.cloudmock.api.model.ShapeType;

/**
 * Builds output structures that are always valid for the model: stored members are copied by name (ignoring
 * case, deeply, coerced to the member's type), a structure member named after the resource is filled from the
 * resource, identity members take the resource's id/name/ARN, tags come from the tag store, and every required
 * member that is still missing gets a generated value of its type.
 */
final class OutputFiller {

    private static final List<String> TAG_MEMBERS = List.of("tags", "taglist", "tagset", "resourcetags");

    private final ServiceModel model;
    private final ValueGenerator gen;

    OutputFiller(ServiceModel model, ValueGenerator gen) {
        this.model = model;
        this.gen = gen;
    }

    /** The output of an operation describing {@code res} (null for none), from {@code values}. */
    Struct output(Shape shape, Map<String, ?> values, StubResource res) {
        return struct(shape, values, res, 0);
    }

    Struct struct(Shape shape, Map<String, ?> values, StubResource res, int depth) {
        Struct out = new Struct();
        for (Member m : shape.members().values()) {
            if (gen.skipped(m)) {
                continue;
            }
            Shape t = model.target(m);
            Object v = member(m, t, values, res, depth);
            if (v == null && shape.required().contains(m.name())) {
                v = gen.generate(m.name(), t, res, depth);
            }
            if (v != null) {
                out.put(m.name(), v);
                if (shape.union()) {
                    break;
                }
            }
        }
        return out;
    }

    private Object member(Member m, Shape t, Map<String, ?> values, StubResource res, int depth) {
        String lower = m.name().toLowerCase(Locale.ROOT);
        if (res != null && depth <= 1 && TAG_MEMBERS.contains(lower)) {
            Object tags = tags(t, res.tags());
            if (tags != null) {
                return tags;
            }
        }
        Object stored = values == null ? null : Names.getIgnoreCase(values, m.name());
        if (stored != null) {
            Object v = coerce(stored, t, res, depth + 1);
            if (v != null) {
                return v;
            }
        }
        if (res == null || depth > 1) {
            return null;
        }
        String noun = res.noun().toLowerCase(Locale.ROOT);
        if (t.isStructure() && !t.union() && !t.document() && depth == 0 && wraps(lower, t, noun)) {
            return struct(t, res.values(), res, depth + 1);
        }
        if (depth == 0 && t.type() == ShapeType.LIST && Names.isPluralOf(m.name(), res.noun())) {
            Shape item = model.target(t.member());
            if (item.isStructure() && !item.union()) {
                return new ArrayList<Object>(List.of(struct(item, res.values(), res, 1)));
            }
        }
        if (identity(lower) && (t.type() == ShapeType.STRING || t.type() == ShapeType.TIMESTAMP)) {
            return gen.generate(m.name(), t, res, depth);
        }
        return null;
    }

    /** Whether a top-level output member holds the resource itself ({@code Repository}, {@code TableDescription}). */
    private static boolean wraps(String member, Shape target, String noun) {
        String shapeName = target.name().toLowerCase(Locale.ROOT);
        return member.equals(noun) || member.startsWith(noun) || shapeName.equals(noun)
                || (shapeName.startsWith(noun) && !shapeName.contains("input") && !shapeName.contains("request"));
    }

    private static boolean identity(String lower) {
        return lower.endsWith("arn") || lower.endsWith("id") || lower.endsWith("name") || lower.endsWith("status")
                || lower.endsWith("state") || lower.endsWith("time") || lower.endsWith("date")
                || lower.endsWith("at") || lower.endsWith("identifier") || lower.endsWith("url")
                || lower.endsWith("uri") || lower.endsWith("timestamp") || lower.endsWith("locktoken");
    }

    /** A tag map rendered as the shape wants it: a map, or a list of key/value structures. */
    Object tags(Shape t, Map<String, String> tags) {
        if (t.type() == ShapeType.MAP) {
            return new LinkedHashMap<String, Object>(tags);
        }
        if (t.type() != ShapeType.LIST) {
            return null;
        }
        Shape item = model.target(t.member());
        if (!item.isStructure()) {
            return null;
        }
        String keyMember = memberLike(item, "key");
        String valueMember = memberLike(item, "value");
        if (keyMember == null) {
            return null;
        }
        List<Object> out = new ArrayList<>();
        tags.forEach((k, v) -> {
            Struct s = gen.requiredOnly(item, null, 1);
            s.put(keyMember, k);
            if (valueMember != null && v != null) {
                s.put(valueMember, v);
            }
            out.add(s);
        });
        return out;
    }

    static String memberLike(Shape shape, String word) {
        for (String m : shape.members().keySet()) {
            if (m.toLowerCase(Locale.ROOT).contains(word)) {
                return m;
            }
        }
        return null;
    }

    /** {@code v} converted to the type of {@code shape}, or null when it cannot be. */
    @SuppressWarnings("unchecked")
    Object coerce(Object v, Shape shape, StubResource res, int depth) {
        if (v == null) {
            return null;
        }
        if (shape.document()) {
            return v;
        }
        try {
            return switch (shape.type()) {
                case STRUCTURE -> v instanceof Map<?, ?> m ? struct(shape, (Map<String, ?>) m, null, Math.max(depth, 2))
                        : null;
                case LIST -> list(v, shape, res, depth);
                case MAP -> map(v, shape, res, depth);
                case STRING -> string(v, shape);
                case INTEGER -> v instanceof Number n ? Integer.valueOf(n.intValue())
                        : v instanceof String s ? Integer.valueOf(s.trim()) : null;
                case LONG -> v instanceof Number n ? Long.valueOf(n.longValue())
                        : v instanceof String s ? Long.valueOf(s.trim()) : null;
                case FLOAT -> v instanceof Number n ? Float.valueOf(n.floatValue())
                        : v instanceof String s ? Float.valueOf(s.trim()) : null;
                case DOUBLE -> v instanceof Number n ? Double.valueOf(n.doubleValue())
                        : v instanceof String s ? Double.valueOf(s.trim()) : null;
                case BOOLEAN -> v instanceof Boolean b ? b
                        : "true".equalsIgnoreCase(String.valueOf(v)) ? Boolean.TRUE
                        : "false".equalsIgnoreCase(String.valueOf(v)) ? Boolean.FALSE : null;
                case TIMESTAMP -> v instanceof Instant i ? i : v instanceof Number n ? Instant.ofEpochMilli(
                        (long) (n.doubleValue() * 1000)) : v instanceof String s ? Instant.parse(s) : null;
                case BLOB -> v instanceof byte[] || v instanceof BlobStream ? v
                        : v instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : null;
                default -> null;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }

    private Object string(Object v, Shape shape) {
        if (v instanceof Map || v instanceof List || v instanceof byte[]) {
            return null;
        }
        String s = v.toString();
        if (!shape.enumValues().isEmpty() && !shape.enumValues().contains(s)) {
            for (String e : shape.enumValues()) {
                if (e.equalsIgnoreCase(s)) {
                    return e;
                }
            }
            return ValueGenerator.preferredEnum(shape.enumValues());
        }
        return s;
    }

    private List<Object> list(Object v, Shape shape, StubResource res, int depth) {
        Shape item = model.target(shape.member());
        List<Object> out = new ArrayList<>();
        for (Object o : v instanceof List<?> l ? l : List.of(v)) {
            Object c = coerce(o, item, res, depth + 1);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private Map<String, Object> map(Object v, Shape shape, StubResource res, int depth) {
        if (!(v instanceof Map<?, ?> m)) {
            return null;
        }
        Shape valueShape = model.target(shape.value());
        Shape keyShape = model.target(shape.key());
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, val) -> {
            Object c = coerce(val, valueShape, res, depth + 1);
            Object key = coerce(String.valueOf(k), keyShape, res, depth + 1);
            if (c != null && key != null) {
                out.put(key.toString(), c);
            }
        });
        return out;
    }
}
