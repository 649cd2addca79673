package io.cloudmock.stubcatalog.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.cloudmock.api.BlobStream;
import io.cloudmock.api.model.Member;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.Shape;

/** Checks a value tree against a model shape: required members present, Java types right, enums valid. */
final class ShapeValidator {

    private final ServiceModel model;

    ShapeValidator(ServiceModel model) {
        this.model = model;
    }

    /** The first problem found, or null when the value is valid for the shape. */
    String check(Object v, Shape shape, String path) {
        if (v == null) {
            return path + ": null";
        }
        if (shape.document()) {
            return null;
        }
        switch (shape.type()) {
            case STRUCTURE: {
                if (!(v instanceof Map<?, ?> m)) {
                    return path + ": expected structure, got " + v.getClass().getSimpleName();
                }
                for (String r : shape.required()) {
                    Member member = shape.member(r);
                    Shape t = model.target(member);
                    boolean exempt = member.streaming() || t.streaming() || t.eventStream()
                            || member.location() == io.cloudmock.api.model.Location.STATUS_CODE;
                    if (!exempt && !m.containsKey(r)) {
                        return path + "." + r + ": required member missing";
                    }
                }
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    Member member = shape.member(String.valueOf(e.getKey()));
                    if (member == null) {
                        return path + "." + e.getKey() + ": not a member of " + shape.name();
                    }
                    String p = check(e.getValue(), model.target(member), path + "." + e.getKey());
                    if (p != null) {
                        return p;
                    }
                }
                if (shape.union() && m.size() > 1) {
                    return path + ": union with " + m.size() + " members";
                }
                return null;
            }
            case LIST: {
                if (!(v instanceof List<?> l)) {
                    return path + ": expected list";
                }
                for (int i = 0; i < l.size(); i++) {
                    String p = check(l.get(i), model.target(shape.member()), path + "[" + i + "]");
                    if (p != null) {
                        return p;
                    }
                }
                return null;
            }
            case MAP: {
                if (!(v instanceof Map<?, ?> m)) {
                    return path + ": expected map";
                }
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    String p = check(e.getValue(), model.target(shape.value()), path + "{" + e.getKey() + "}");
                    if (p != null) {
                        return p;
                    }
                }
                return null;
            }
            case STRING:
                if (!(v instanceof String s)) {
                    return path + ": expected string, got " + v.getClass().getSimpleName();
                }
                return shape.enumValues().isEmpty() || shape.enumValues().contains(s) ? null
                        : path + ": " + s + " is not one of " + shape.enumValues();
            case INTEGER:
                return v instanceof Integer ? null : path + ": expected Integer, got " + v.getClass().getSimpleName();
            case LONG:
                return v instanceof Long ? null : path + ": expected Long, got " + v.getClass().getSimpleName();
            case FLOAT:
                return v instanceof Float ? null : path + ": expected Float, got " + v.getClass().getSimpleName();
            case DOUBLE:
                return v instanceof Double ? null : path + ": expected Double, got " + v.getClass().getSimpleName();
            case BOOLEAN:
                return v instanceof Boolean ? null : path + ": expected Boolean";
            case TIMESTAMP:
                return v instanceof Instant ? null : path + ": expected Instant, got " + v.getClass().getSimpleName();
            case BLOB:
                return v instanceof byte[] || v instanceof BlobStream ? null : path + ": expected blob";
            default:
                return null;
        }
    }
}
