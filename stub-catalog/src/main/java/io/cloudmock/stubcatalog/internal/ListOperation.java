package io.cloudmock.stubcatalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cloudmock.api.Struct;
import io.cloudmock.api.model.Member;
import io.cloudmock.api.model.Paginator;
import io.cloudmock.api.model.Shape;
import io.cloudmock.api.model.ShapeType;

/**
 * {@code List<Nouns>} and plural {@code Describe<Nouns>}: every stored resource of the noun (filtered by the
 * key members the input names), one page at a time as the model's paginator says (token = offset).
 */
final class ListOperation {

    private static final List<String> TOKENS = List.of("NextToken", "nextToken", "Marker", "NextMarker",
            "marker", "nextMarker", "PaginationToken", "NextPageToken", "nextPageToken", "StartingToken");
    private static final List<String> LIMITS = List.of("MaxResults", "maxResults", "MaxItems", "Limit", "limit",
            "MaxRecords", "PageSize", "pageSize", "maxItems");

    private ListOperation() {
    }

    static Struct list(StubCall call) {
        return call.scope().locked(() -> page(call));
    }

    private static Struct page(StubCall call) {
        Shape out = call.outputShape();
        if (out == null) {
            return new Struct();
        }
        ResourceType type = call.resource();
        Paginator pager = call.model().paginators().get(call.operation());
        String listMember = listMember(call, out, pager);
        List<StubResource> matches = filter(call, type);
        int start = 0;
        String inToken = pager != null && !pager.inputTokens().isEmpty() && !pager.inputTokens().get(0).contains(".")
                ? pager.inputTokens().get(0) : firstPresent(call.inputShape(), TOKENS);
        if (inToken != null && Names.getIgnoreCase(call.input(), inToken) != null) {
            try {
                start = Math.max(0, Integer.parseInt(String.valueOf(Names.getIgnoreCase(call.input(), inToken))));
            } catch (NumberFormatException e) {
                throw io.cloudmock.api.CommonErrors.validation("Invalid pagination token");
            }
        }
        String limitKey = pager != null && pager.limitKey() != null ? pager.limitKey()
                : firstPresent(call.inputShape(), LIMITS);
        int limit = Integer.MAX_VALUE;
        if (limitKey != null && Names.getIgnoreCase(call.input(), limitKey) instanceof Number n && n.intValue() > 0) {
            limit = n.intValue();
        }
        int end = (int) Math.min(matches.size(), (long) start + limit);
        List<StubResource> page = start >= matches.size() ? List.of() : matches.subList(start, end);
        Struct result = call.filler().output(out, Map.of(), null);
        if (listMember != null) {
            Member m = out.member(listMember);
            Shape item = call.model().target(call.model().target(m).member());
            List<Object> items = new ArrayList<>();
            for (StubResource r : page) {
                items.add(item.type() == ShapeType.STRUCTURE ? call.filler().struct(item, r.values(), r, 1)
                        : item.type() == ShapeType.STRING ? (listMember.toLowerCase(Locale.ROOT).contains("arn")
                        ? r.arn() : listMember.toLowerCase(Locale.ROOT).contains("id") ? r.id() : r.name())
                        : call.gen().generate(listMember, item, r, 1));
            }
            result.put(listMember, items);
        }
        String outToken = pager != null && !pager.outputTokens().isEmpty() && !pager.outputTokens().get(0).contains(".")
                ? pager.outputTokens().get(0) : firstPresent(out, TOKENS);
        if (end < matches.size() && outToken != null && out.member(outToken) != null) {
            result.put(outToken, String.valueOf(end));
        } else if (outToken != null && !out.required().contains(outToken)) {
            result.remove(outToken);
        }
        if (pager != null && pager.moreResults() != null && out.member(pager.moreResults()) != null) {
            result.put(pager.moreResults(), end < matches.size());
        }
        return result;
    }

    /**
     * The stored resources, narrowed by input members that name key members: parent keys (Glue's
     * {@code DatabaseName}) and the resource's own key (RDS's {@code DBInstanceIdentifier}) must match; lists of
     * names, ids or ARNs ({@code repositoryNames}) keep the resources they name. A plural Describe naming a
     * resource that does not exist gets the not-found error when the operation declares one.
     */
    private static List<StubResource> filter(StubCall call, ResourceType type) {
        List<String> required = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (Map.Entry<String, Object> e : call.input().entrySet()) {
            String member = e.getKey();
            if (e.getValue() instanceof String s && isKey(member, type)) {
                required.add(s);
                if (isOwnKey(member, type)) {
                    named.add(s);
                }
            } else if (e.getValue() instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof String
                    && isKeyList(member, type)) {
                l.forEach(v -> named.add(String.valueOf(v)));
            }
        }
        List<StubResource> out = new ArrayList<>();
        for (StubResource r : call.scope().all(type.noun())) {
            if (required.stream().allMatch(r::isNamedBy) && (named.isEmpty() || named.stream().anyMatch(r::isNamedBy))) {
                out.add(r);
            }
        }
        if (call.operation().startsWith("Describe") && (declaresNotFound(call) || type.notFound() != null)) {
            for (String n : named) {
                if (out.stream().noneMatch(r -> r.isNamedBy(n))) {
                    throw StubErrors.notFound(call.model(), call.operation(), type, n);
                }
            }
        }
        return out;
    }

    private static boolean isOwnKey(String member, ResourceType type) {
        return member.toLowerCase(Locale.ROOT).startsWith(type.noun().toLowerCase(Locale.ROOT))
                || member.equalsIgnoreCase(type.nameMember());
    }

    private static boolean declaresNotFound(StubCall call) {
        var op = call.model().operation(call.operation());
        return op != null && op.errors().stream().map(e -> e.toLowerCase(Locale.ROOT))
                .anyMatch(e -> e.contains("notfound") || e.contains("nosuch"));
    }

    private static boolean isKey(String member, ResourceType type) {
        return type.keyMembers().stream().anyMatch(member::equalsIgnoreCase)
                || member.equalsIgnoreCase(type.nameMember());
    }

    private static boolean isKeyList(String member, ResourceType type) {
        String noun = type.noun();
        for (String candidate : List.of(noun, noun + "Name", noun + "Id", noun + "Arn", noun + "Identifier")) {
            if (Names.isPluralOf(member, candidate)) {
                return true;
            }
        }
        return type.keyMembers().stream().anyMatch(k -> Names.isPluralOf(member, k));
    }

    /** The list member holding the items: the paginator's result key, else a list member named for the noun. */
    private static String listMember(StubCall call, Shape out, Paginator pager) {
        if (pager != null) {
            for (String key : pager.resultKeys()) {
                if (!key.contains(".") && out.member(key) != null
                        && call.model().target(out.member(key)).type() == ShapeType.LIST) {
                    return key;
                }
            }
        }
        String noun = call.resource().noun().toLowerCase(Locale.ROOT);
        String first = null;
        for (Member m : out.members().values()) {
            if (call.model().target(m).type() == ShapeType.LIST) {
                if (m.name().toLowerCase(Locale.ROOT).contains(noun)) {
                    return m.name();
                }
                if (first == null) {
                    first = m.name();
                }
            }
        }
        return first;
    }

    static String firstPresent(Shape shape, List<String> names) {
        if (shape == null) {
            return null;
        }
        for (String n : names) {
            if (shape.member(n) != null) {
                return n;
            }
        }
        return null;
    }
}
