package io.cloudmock.stubcatalog.internal;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudmock.api.ActionDef;
import io.cloudmock.api.AwsRequest;
import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.AwsService;
import io.cloudmock.api.Struct;
import io.cloudmock.api.ServiceTier;

/**
 * Services added by hand with only an override file that has a {@code service} section and no AWS model
 * (the seed's {@code myservice} example): their catalog comes entirely from the file, inputs and outputs are
 * untyped JSON documents, and each is registered with its own routing properties (protocol, target prefix,
 * signing name) but answered by the same engine.
 */
final class CustomServices {

    private CustomServices() {
    }

    /** The catalog of a hand-added service. */
    static ServiceCatalog catalog(String service, CatalogOverride override) {
        Map<String, ResourceType> resources = new TreeMap<>();
        Map<String, OpBinding> ops = new TreeMap<>();
        override.resources().fields().forEachRemaining(e -> {
            String noun = e.getKey();
            JsonNode r = e.getValue();
            List<String> keys = CatalogOverride.strings(r.path("keyMembers"));
            String idMember = r.path("idMember").asText(noun + "Id");
            resources.put(noun, new ResourceType(noun, keys.isEmpty() ? List.of(idMember) : keys,
                    r.path("nameMember").isMissingNode() ? null : r.path("nameMember").asText(), idMember,
                    r.path("arnTemplate").isMissingNode() ? null : r.path("arnTemplate").asText(),
                    r.path("idPrefix").asText(""), r.path("idFormat").asText("alnum"),
                    CatalogOverride.strings(r.path("create")),
                    r.path("notFound").isMissingNode() ? null : r.path("notFound").asText()));
            bind(ops, r.path("create"), OpKind.CREATE, noun);
            bind(ops, r.path("read"), OpKind.READ, noun);
            bind(ops, r.path("list"), OpKind.LIST, noun);
            bind(ops, r.path("update"), OpKind.UPDATE, noun);
            bind(ops, r.path("delete"), OpKind.DELETE, noun);
        });
        return new ServiceCatalog(service, null, Map.copyOf(resources), Map.copyOf(ops));
    }

    private static void bind(Map<String, OpBinding> ops, JsonNode names, OpKind kind, String noun) {
        for (String op : CatalogOverride.strings(names)) {
            ops.put(op, new OpBinding(op, kind, noun));
        }
    }

    /** The component properties of a hand-added service's registration. */
    static Dictionary<String, Object> properties(String service, CatalogOverride override) {
        JsonNode s = override.service();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("cloudmock.service.name", new String[] {service});
        props.put("cloudmock.service.tier", ServiceTier.TIER2);
        props.put("cloudmock.service.protocol", s.path("protocol").asText("json"));
        props.put("cloudmock.service.target.prefix", s.path("targetPrefix").asText(""));
        props.put("cloudmock.service.signing.name", s.path("signingName").asText(service));
        props.put(org.osgi.framework.Constants.SERVICE_RANKING, ServiceTier.TIER2_RANKING);
        return props;
    }

    /** The untyped output of a hand-added service: stored members plus id, name and ARN. */
    static Struct untypedOutput(StubCall call, Map<String, ?> values, StubResource res) {
        Struct out = new Struct(values);
        if (res != null) {
            ResourceType type = call.resource();
            out.put(type.idMember() == null ? res.noun() + "Id" : type.idMember(), res.id());
            if (type.nameMember() != null) {
                out.put(type.nameMember(), res.name());
            }
            out.put(res.noun() + "Arn", res.arn());
            out.put("CreatedAt", res.created());
        }
        return out;
    }

    /** A list call of a hand-added service: {@code {"<Nouns>": [...]}}. */
    static Struct list(StubCall call) {
        return call.scope().locked(() -> {
            List<Object> items = new ArrayList<>();
            for (StubResource r : call.scope().all(call.resource().noun())) {
                items.add(untypedOutput(call, r.values(), r));
            }
            return Struct.of(call.resource().noun() + "s", items);
        });
    }

    /** The facade registered for one hand-added service: the engine, with this service's actions. */
    static AwsService facade(AwsService engine, ServiceCatalog catalog) {
        List<ActionDef> actions = catalog.ops().keySet().stream()
                .map(op -> new ActionDef(op, "POST", catalog.service() + ":" + op)).toList();
        return new AwsService() {
            @Override
            public AwsResponse handle(AwsRequest request) {
                return engine.handle(request);
            }

            @Override
            public List<ActionDef> actions() {
                return actions;
            }

            @Override
            public boolean supports(String operation) {
                return catalog.ops().containsKey(operation);
            }
        };
    }
}
