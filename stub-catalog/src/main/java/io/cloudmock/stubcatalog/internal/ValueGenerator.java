package io.cloudmock.stubcatalog.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;
import io.cloudmock.api.model.Member;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.Shape;

/**
 * Type-correct values for output members nothing was stored for: identity members take the resource's id,
 * name and ARN; states take the model's "healthy" enum value; everything else a deterministic value of the
 * member's type within its length and range constraints, so repeated calls answer the same.
 */
final class ValueGenerator {

    private static final List<String> GOOD_STATES = List.of("ACTIVE", "AVAILABLE", "ENABLED", "READY", "ISSUED",
            "CREATED", "SUCCEEDED", "COMPLETED", "RUNNING", "IN_SERVICE", "INSERVICE", "DEPLOYED", "HEALTHY", "OK",
            "SUCCESS", "STABLE", "ONLINE", "VALID");
    private static final int MAX_DEPTH = 12;

    private final ServiceModel model;
    private final RequestContext context;
    private final Instant now;

    ValueGenerator(ServiceModel model, RequestContext context, Instant now) {
        this.model = model;
        this.context = context;
        this.now = now;
    }

    /** A value for member {@code name} of type {@code shape}, describing {@code res} when it is an identity. */
    Object generate(String name, Shape shape, StubResource res, int depth) {
        if (shape.document()) {
            return new Struct();
        }
        String seed = (res == null ? "stub" : res.id()) + "/" + name;
        return switch (shape.type()) {
            case STRING -> shape.enumValues().isEmpty() ? fit(string(name, res, seed), shape)
                    : preferredEnum(shape.enumValues());
            case INTEGER -> (int) number(shape);
            case LONG -> (long) number(shape);
            case FLOAT -> (float) number(shape);
            case DOUBLE -> number(shape);
            case BOOLEAN -> Boolean.FALSE;
            case TIMESTAMP -> res == null ? now : res.created();
            case BLOB -> new byte[0];
            case LIST -> list(name, shape, res, depth);
            case MAP -> new LinkedHashMap<String, Object>();
            case STRUCTURE -> requiredOnly(shape, res, depth + 1);
            default -> null;
        };
    }

    /** A structure with only its required members (the first member of a required union). */
    Struct requiredOnly(Shape shape, StubResource res, int depth) {
        Struct s = new Struct();
        if (depth > MAX_DEPTH) {
            return s;
        }
        if (shape.union()) {
            for (Member m : shape.members().values()) {
                Object v = generate(m.name(), model.target(m), res, depth);
                if (v != null) {
                    s.put(m.name(), v);
                    break;
                }
            }
            return s;
        }
        for (String r : shape.required()) {
            Member m = shape.member(r);
            if (m != null && !skipped(m)) {
                s.set(r, generate(r, model.target(m), res, depth));
            }
        }
        return s;
    }

    /** Members no output value should be generated for: status codes, streams, event streams. */
    boolean skipped(Member m) {
        Shape t = model.target(m);
        return m.location() == io.cloudmock.api.model.Location.STATUS_CODE || m.streaming() || t.streaming()
                || t.eventStream();
    }

    private List<Object> list(String name, Shape shape, StubResource res, int depth) {
        List<Object> out = new ArrayList<>();
        if (shape.min() != null && shape.min() >= 1 && depth < MAX_DEPTH) {
            Object item = generate(name, model.target(shape.member()), res, depth + 1);
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }

    private String string(String name, StubResource res, String seed) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (res != null) {
            String noun = res.noun().toLowerCase(Locale.ROOT);
            if (lower.equals("resourcearn") || namesNoun(lower, "arn", noun)) {
                return res.arn();
            }
            if (namesNoun(lower, "id", noun) || namesNoun(lower, "identifier", noun)) {
                return res.id();
            }
            if (namesNoun(lower, "name", noun)) {
                return res.name();
            }
        }
        if (lower.equals("path") || lower.endsWith("pathprefix")) {
            return "/";
        }
        if (lower.endsWith("arn")) {
            String kind = Names.kebab(name.substring(0, name.length() - 3));
            return "arn:" + context.partition() + ":" + model.summary().signingName() + ":" + context.region() + ":"
                    + context.accountId() + ":" + (kind.isEmpty() ? "resource" : kind) + "/" + hex(seed, 12);
        }
        if (lower.endsWith("url") || lower.endsWith("uri") || lower.endsWith("endpoint")) {
            return "https://" + model.summary().endpointPrefix() + "." + context.region() + ".amazonaws.com/"
                    + (res == null ? hex(seed, 8) : res.id());
        }
        if (lower.endsWith("account") || lower.endsWith("accountid") || lower.equals("owner")
                || lower.equals("ownerid") || lower.equals("registryid")) {
            return context.accountId();
        }
        if (lower.equals("region") || lower.endsWith("regionname")) {
            return context.region();
        }
        if (lower.endsWith("id") || lower.endsWith("token") || lower.endsWith("version")) {
            return hex(seed, 16);
        }
        if (lower.contains("message") || lower.contains("description") || lower.contains("reason")) {
            return "";
        }
        return res != null && lower.endsWith("name") ? res.name() : "stub-" + hex(seed, 8);
    }

    /** {@code arn}, {@code <noun>arn} or a shorter form of the noun ({@code alarmarn} of {@code MetricAlarm}). */
    private static boolean namesNoun(String lower, String suffix, String noun) {
        if (!lower.endsWith(suffix)) {
            return false;
        }
        String prefix = lower.substring(0, lower.length() - suffix.length());
        return prefix.isEmpty() || (prefix.length() >= 3 && noun.endsWith(prefix));
    }

    static String preferredEnum(List<String> values) {
        for (String good : GOOD_STATES) {
            for (String v : values) {
                if (v.replace("_", "").replace("-", "").equalsIgnoreCase(good.replace("_", ""))) {
                    return v;
                }
            }
        }
        return values.get(0);
    }

    private static double number(Shape shape) {
        double v = shape.min() != null && shape.min() > 0 ? shape.min() : 0;
        return shape.max() != null && v > shape.max() ? shape.max() : v;
    }

    /** Pads or cuts a string to the shape's length constraints. */
    static String fit(String s, Shape shape) {
        String out = s;
        if (shape.min() != null && out.length() < shape.min()) {
            out = out + "0".repeat((int) (shape.min() - out.length()));
        }
        if (shape.max() != null && shape.max() >= 1 && out.length() > shape.max()) {
            out = out.substring(0, shape.max().intValue());
        }
        return out;
    }

    /** A deterministic lowercase hex string of {@code length} characters derived from {@code seed}. */
    static String hex(String seed, int length) {
        String h = UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
        while (h.length() < length) {
            h = h + h;
        }
        return h.substring(0, length);
    }
}
