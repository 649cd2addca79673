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

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9]+)}");
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
            boolean unique = !given.isEmpty()
                    || (type.nameMember() != null && type.keyMembers().contains(type.nameMember()));
            if (unique) {
                StubResource existing = call.scope().find(type.noun(), r -> (name == null || r.isNamedBy(name))
                        && given.stream().allMatch(r::isNamedBy));
                if (existing != null) {
                    if (call.operation().startsWith("Put") && !Boolean.FALSE.equals(Names.getIgnoreCase(in,
                            "Overwrite")) && (Boolean.TRUE.equals(Names.getIgnoreCase(in, "Overwrite"))
                            || !declaresExists(call))) {
                        merge(existing, in);
                        return call.output(existing.values(), existing);
                    }
                    throw StubErrors.alreadyExists(call.model(), call.operation(), type.noun(), name);
                }
            }
            String id = newId(type);
            String resourceName = name != null ? name : id;
            StubResource res = new StubResource(type.noun(), id, resourceName,
                    arn(call.context(), call.catalog(), type, in, id, resourceName), call.now(), copy(in));
            res.identities().addAll(given);
            res.tags().putAll(Tags.read(in));
            call.scope().add(res);
            return call.output(res.values(), res);
        });
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
            if (Names.find(call.input(), key, 1) instanceof String s && !s.isEmpty()) {
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
            throw StubErrors.notFound(call.model(), call.operation(), type.noun(),
                    given.isEmpty() ? "(unnamed)" : String.join("/", given));
        }
        return res;
    }

    private static void merge(StubResource res, Struct in) {
        synchronized (res) {
            in.forEach((k, v) -> {
                if (v != null) {
                    res.values().put(k, v);
                }
            });
            res.tags().putAll(Tags.read(in));
        }
    }

    private static Struct copy(Map<String, ?> in) {
        return new Struct(in);
    }

    static String newId(ResourceType type) {
        if ("uuid".equals(type.idFormat())) {
            return UUID.randomUUID().toString();
        }
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        StringBuilder sb = new StringBuilder(type.idPrefix() == null ? "" : type.idPrefix());
        boolean hex = "hex".equals(type.idFormat()) || !sb.isEmpty();
        int length = hex ? 17 : 12;
        for (int i = 0; i < length; i++) {
            sb.append(hex ? "0123456789abcdef".charAt(rnd.nextInt(16)) : ALNUM.charAt(rnd.nextInt(ALNUM.length())));
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
                default -> Names.find(in, var, 2) instanceof String s && !s.isEmpty() ? s
                        : var.endsWith("Name") ? name : id;
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
