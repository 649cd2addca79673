package io.cloudmock.stubcatalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;

/**
 * Create, Describe/Get, Update, Delete and actions on one resource: Create stores the input members under a
 * generated id and ARN, the others find the resource by its key members (name, id or ARN) and answer the
 * output shape filled from it.
 */
final class ResourceOperations {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");
    private static final String ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";

    private ResourceOperations() {
    }

    static Struct create(StubCall call) {
        ResourceType type = call.resource();
        Struct in = call.input();
        List<String> given = new ArrayList<>();
        for (String key : type.keyMembers()) {
            if (Names.find(in, key, 2) instanceof String s && !s.isEmpty()) {
                given.add(s);
            }
        }
        String name = type.nameMember() != null && Names.find(in, type.nameMember(), 2) instanceof String s
                ? s : given.isEmpty() ? null : given.get(given.size() - 1);
        return call.scope().locked(() -> {
            String nameMember = type.nameMember();
            boolean unique = !given.isEmpty() || (nameMember != null && (type.keyMembers().contains(nameMember)
                    || nameMember.equalsIgnoreCase("Name") || nameMember.equalsIgnoreCase(type.noun() + "Name")));
            if (unique) {
                StubResource existing = call.scope().find(type.noun(), r -> (name == null || r.isNamedBy(name))
                        && given.stream().allMatch(r::isNamedBy));
                if (existing != null) {
                    if (overwrites(call, in)) {
                        merge(existing, in);
                        return call.output(existing.values(), existing);
                    }
                    throw StubErrors.alreadyExists(call.model(), call.operation(), type.noun(), name);
                }
            }
            String id = newId(type);
            String resourceName = name != null ? name : id;
            String arn = arn(call.context(), call.catalog(), type, in, id, resourceName);
            if ("arn".equals(type.idFormat())) {
                id = arn;
            }
            StubResource res = new StubResource(type.noun(), id, resourceName, arn, call.now(), copy(in, type.noun()));
            res.identities().addAll(given);
            remember(res, type);
            res.tags().putAll(Tags.read(in));
            call.scope().add(res);
            return call.output(res.values(), res);
        });
    }

    /** Stores the generated identity under the members that name it, so outputs and lookups agree. */
    private static void remember(StubResource res, ResourceType type) {
        if (type.idMember() != null) {
            res.values().putIfAbsent(type.idMember(), res.id());
        }
        if (type.nameMember() != null) {
            res.values().putIfAbsent(type.nameMember(), res.name());
        }
        for (String key : type.keyMembers()) {
            if (Names.find(res.values(), key, 2) == null) {
                res.values().put(key, key.endsWith("Arn") || key.endsWith("ARN") ? res.arn()
                        : key.endsWith("Id") || key.endsWith("Identifier") ? res.id() : res.name());
            }
        }
    }

    /** A {@code Put<Noun>} create replaces an existing resource unless it says or the model implies otherwise. */
    private static boolean overwrites(StubCall call, Struct in) {
        if (!call.operation().startsWith("Put")) {
            return false;
        }
        Object overwrite = Names.getIgnoreCase(in, "Overwrite");
        return Boolean.TRUE.equals(overwrite) || (overwrite == null && !declaresExists(call));
    }

    private static boolean declaresExists(StubCall call) {
        var op = call.model().operation(call.operation());
        return op != null && op.errors().stream().anyMatch(e -> e.contains("AlreadyExists") || e.contains("Exists"));
    }

    static Struct read(StubCall call) {
        return call.scope().locked(() -> {
            StubResource res = find(call);
            return call.output(res.values(), res);
        });
    }

    static Struct update(StubCall call) {
        return call.scope().locked(() -> {
            StubResource res = find(call);
            merge(res, call.input());
            return call.output(res.values(), res);
        });
    }

    static Struct delete(StubCall call) {
        return call.scope().locked(() -> {
            StubResource res = find(call);
            call.scope().remove(res);
            return call.output(res.values(), res);
        });
    }

    static Struct action(StubCall call) {
        return read(call);
    }

    /** The resource the call's key members name; the service's not-found error when there is none. */
    static StubResource find(StubCall call) {
        ResourceType type = call.resource();
        List<String> given = new ArrayList<>();
        for (String key : type.keyMembers()) {
            Object v = Names.find(call.input(), key, 1);
            if (v instanceof List<?> l && l.size() == 1) {
                v = l.get(0);
            }
            if (v instanceof String s && !s.isEmpty()) {
                given.add(s);
            }
        }
        if (given.isEmpty() && type.nameMember() != null
                && Names.find(call.input(), type.nameMember(), 1) instanceof String s) {
            given.add(s);
        }
        StubResource res;
        if (given.isEmpty()) {
            List<StubResource> all = call.scope().all(type.noun());
            res = all.size() == 1 ? all.get(0) : null;
        } else {
            res = call.scope().find(type.noun(), r -> given.stream().allMatch(r::isNamedBy));
        }
        if (res == null) {
            throw StubErrors.notFound(call.model(), call.operation(), type,
                    given.isEmpty() ? "(unnamed)" : String.join("/", given));
        }
        return res;
    }

    private static void merge(StubResource res, Struct in) {
        synchronized (res) {
            copy(in, res.noun()).forEach((k, v) -> {
                if (v != null) {
                    res.values().put(k, v);
                }
            });
            res.tags().putAll(Tags.read(in));
        }
    }

    /**
     * The members to store: the input, plus the members of a nested {@code <Noun>Input} / {@code <Noun>} /
     * {@code *Configuration} structure hoisted to the top (Glue's {@code DatabaseInput}), so outputs find them.
     */
    @SuppressWarnings("unchecked")
    static Struct copy(Map<String, ?> in, String noun) {
        Struct out = new Struct(in);
        for (Map.Entry<String, ?> e : in.entrySet()) {
            String k = e.getKey();
            if (e.getValue() instanceof Map<?, ?> nested && (k.equalsIgnoreCase(noun + "Input")
                    || k.equalsIgnoreCase(noun) || k.equalsIgnoreCase(noun + "Configuration")
                    || k.equalsIgnoreCase(noun + "Config") || k.endsWith("Input"))) {
                ((Map<String, Object>) nested).forEach(out::putIfAbsent);
            }
        }
        return out;
    }

    static String newId(ResourceType type) {
        if ("uuid".equals(type.idFormat())) {
            return UUID.randomUUID().toString();
        }
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        StringBuilder sb = new StringBuilder(type.idPrefix() == null ? "" : type.idPrefix());
        boolean hex = "hex".equals(type.idFormat()) || !sb.isEmpty();
        int length = hex ? 17 : 26;
        for (int i = 0; i < length; i++) {
            sb.append(hex ? "0123456789abcdef".charAt(rnd.nextInt(16)) : ALNUM.charAt(rnd.nextInt(ALNUM.length())));
        }
        return sb.toString();
    }

    private static String randomAlnum(int length) {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(ALNUM.charAt(rnd.nextInt(ALNUM.length())));
        }
        return sb.toString();
    }

    /** The resource's ARN from the template ({@code ${Partition}}, {@code ${Region}}, ... and member values). */
    static String arn(RequestContext ctx, ServiceCatalog catalog, ResourceType type, Map<String, ?> in, String id,
                      String name) {
        String template = type.arnTemplate();
        if (template == null) {
            String service = catalog.model() == null ? catalog.service() : catalog.model().summary().signingName();
            template = "arn:${Partition}:" + service + ":${Region}:${Account}:" + Names.kebab(type.noun()) + "/"
                    + "${__name}";
        }
        Matcher m = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String var = m.group(1);
            String value = switch (var) {
                case "Partition" -> ctx.partition();
                case "Region" -> ctx.region();
                case "Account", "AccountId" -> ctx.accountId();
                case "__name" -> name;
                case "__uuid" -> UUID.randomUUID().toString();
                case "__rand6" -> randomAlnum(6);
                default -> Names.find(in, var, 2) instanceof String s && !s.isEmpty() ? s
                        : var.contains("Name") ? name : id;
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
