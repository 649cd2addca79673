package io.cloudmock.stubcatalog.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cloudmock.api.Struct;
import io.cloudmock.api.model.Member;
import io.cloudmock.api.model.Shape;
import io.cloudmock.api.model.ShapeType;

/**
 * {@code TagResource} / {@code UntagResource} / {@code ListTagsForResource} and the older
 * {@code AddTags*} / {@code RemoveTags*} / {@code ListTags*} forms, on any stored resource named by ARN, id or
 * name; ARNs of resources the stub does not hold keep their tags too unless the model declares a not-found error.
 */
final class TagOperations {

    private TagOperations() {
    }

    static Struct tagResource(StubCall call) {
        return call.scope().locked(() -> {
            Map<String, String> tags = target(call);
            tags.putAll(Tags.read(call.input()));
            return call.output(Map.of(), null);
        });
    }

    static Struct untagResource(StubCall call) {
        return call.scope().locked(() -> {
            Map<String, String> tags = target(call);
            List<String> keys = Tags.keys(call.input());
            if (keys.isEmpty()) {
                keys = List.copyOf(Tags.read(call.input()).keySet());
            }
            keys.forEach(tags::remove);
            return call.output(Map.of(), null);
        });
    }

    static Struct listTags(StubCall call) {
        return call.scope().locked(() -> {
            Map<String, String> tags = target(call);
            Shape out = call.outputShape();
            Struct result = call.output(Map.of(), null);
            if (out != null) {
                putTags(call, out, result, tags, 0);
            }
            return result;
        });
    }

    /**
     * Puts the tags into the first tag-like member of {@code shape}, looking one level into structures
     * (Route 53's {@code ResourceTagSet}, WAF's {@code TagInfoForResource}) and lists of them (CloudTrail).
     */
    private static boolean putTags(StubCall call, Shape shape, Map<String, Object> into, Map<String, String> tags,
                                   int depth) {
        for (Member m : shape.members().values()) {
            String lower = m.name().toLowerCase(Locale.ROOT);
            Shape t = call.model().target(m);
            if (lower.contains("tag") && (t.type() == ShapeType.MAP || t.type() == ShapeType.LIST)) {
                Object rendered = call.filler().tags(t, tags);
                if (rendered != null) {
                    into.put(m.name(), rendered);
                    return true;
                }
            }
        }
        if (depth > 0) {
            return false;
        }
        for (Member m : shape.members().values()) {
            Shape t = call.model().target(m);
            Shape item = t.type() == ShapeType.LIST ? call.model().target(t.member()) : t;
            if (m.name().toLowerCase(Locale.ROOT).contains("tag") && item.isStructure()) {
                Struct nested = call.gen().requiredOnly(item, null, 1);
                for (Member inner : item.members().values()) {
                    String lower = inner.name().toLowerCase(Locale.ROOT);
                    if (lower.startsWith("resource") && !lower.contains("type")
                            && call.model().target(inner).type() == ShapeType.STRING && resourceId(call) != null) {
                        nested.put(inner.name(), resourceId(call));
                    }
                }
                if (putTags(call, item, nested, tags, depth + 1)) {
                    into.put(m.name(), t.type() == ShapeType.LIST ? new java.util.ArrayList<Object>(List.of(nested))
                            : nested);
                    return true;
                }
            }
        }
        return false;
    }

    /** The tag map of the resource the call names. */
    private static Map<String, String> target(StubCall call) {
        String id = resourceId(call);
        StubResource res = id == null ? null : call.scope().findAny(id);
        if (res != null) {
            return res.tags();
        }
        if (id == null) {
            throw io.cloudmock.api.CommonErrors.validation("The request names no resource to tag");
        }
        var op = call.model().operation(call.operation());
        boolean declared = op != null && op.errors().stream().map(e -> e.toLowerCase(Locale.ROOT))
                .anyMatch(e -> e.contains("notfound") || e.contains("nosuch"));
        if (declared) {
            throw StubErrors.notFound(call.model(), call.operation(), "Resource", id);
        }
        return call.scope().looseTags(id);
    }

    /**
     * The value naming the resource: an ARN member first ({@code ResourceArn}, {@code resourceArn},
     * {@code ResourceArns[0]}), then {@code ResourceId} / {@code ResourceName} style members, then any required
     * string member.
     */
    private static String resourceId(StubCall call) {
        Shape in = call.inputShape();
        if (in == null) {
            return null;
        }
        String named = null;
        String required = null;
        for (Member m : in.members().values()) {
            String lower = m.name().toLowerCase(Locale.ROOT);
            Object v = call.input().get(m.name());
            if (v instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof String first) {
                v = first;
            }
            if (lower.contains("tag") || lower.contains("type") || !(v instanceof String s)) {
                continue;
            }
            if (lower.contains("arn")) {
                return s;
            }
            if (named == null && (lower.startsWith("resource") || lower.endsWith("id") || lower.endsWith("name"))) {
                named = s;
            }
            if (required == null && in.required().contains(m.name())) {
                required = s;
            }
        }
        return named != null ? named : required;
    }
}
