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
                for (Member m : out.members().values()) {
                    String lower = m.name().toLowerCase(Locale.ROOT);
                    Shape t = call.model().target(m);
                    if (lower.contains("tag") && (t.type() == ShapeType.MAP || t.type() == ShapeType.LIST)) {
                        Object rendered = call.filler().tags(t, tags);
                        if (rendered != null) {
                            result.put(m.name(), rendered);
                            break;
                        }
                    }
                }
            }
            return result;
        });
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

    /** The input member naming the resource: {@code ResourceArn}, {@code resourceArn}, {@code ResourceId}... */
    private static String resourceId(StubCall call) {
        Shape in = call.inputShape();
        if (in == null) {
            return null;
        }
        String best = null;
        for (Member m : in.members().values()) {
            String lower = m.name().toLowerCase(Locale.ROOT);
            Object v = call.input().get(m.name());
            if (lower.contains("tag") || !(v instanceof String s)) {
                continue;
            }
            if (lower.contains("arn") || lower.startsWith("resource")) {
                return s;
            }
            if (best == null && in.required().contains(m.name())) {
                best = s;
            }
        }
        return best;
    }
}
