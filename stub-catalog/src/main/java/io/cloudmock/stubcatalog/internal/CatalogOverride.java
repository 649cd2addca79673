package io.cloudmock.stubcatalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudmock.api.model.ServiceModel;

/**
 * A per-service override file ({@code overrides/<service>.json}) that fixes what derivation gets wrong or adds
 * a service by hand. Format (every key optional):
 * <pre>
 * {
 *   "service":   {"protocol": "json", "targetPrefix": "Widgets_20260101", "signingName": "widgets"},
 *   "resources": {"Certificate": {"create": ["RequestCertificate"], "read": ["DescribeCertificate"],
 *                                 "list": ["ListCertificates"], "update": [], "delete": ["DeleteCertificate"],
 *                                 "actions": ["RenewCertificate"], "keyMembers": ["CertificateArn"],
 *                                 "nameMember": "DomainName", "idMember": "CertificateId",
 *                                 "arnTemplate": "arn:${Partition}:acm:${Region}:${Account}:certificate/${Id}",
 *                                 "idFormat": "uuid", "notFound": "ValidationError"}},
 *   "operations": {"GetAccountConfiguration": "EMPTY_READ"}
 * }
 * </pre>
 * A {@code service} section declares a service that has no AWS model; its operations are the ones its
 * resources name.
 */
public final class CatalogOverride {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode root;

    CatalogOverride(JsonNode root) {
        this.root = root;
    }

    public static CatalogOverride read(InputStream in) throws IOException {
        return new CatalogOverride(MAPPER.readTree(in));
    }

    /** The {@code service} section of a service added by hand, or a missing node. */
    public JsonNode service() {
        return root.path("service");
    }

    public JsonNode resources() {
        return root.path("resources");
    }

    void apply(ServiceModel model, Map<String, ResourceType> resources, Map<String, OpBinding> bindings,
               CatalogBuilder builder) {
        root.path("resources").fields().forEachRemaining(e -> {
            String noun = e.getKey();
            JsonNode r = e.getValue();
            List<String> create = strings(r.path("create"));
            List<String> read = strings(r.path("read"));
            List<String> delete = strings(r.path("delete"));
            ResourceType derived = resources.get(noun);
            if (derived == null && !create.isEmpty()) {
                derived = builder.resourceType(model, noun, create, read, delete);
            }
            if (derived == null) {
                return;
            }
            ResourceType merged = new ResourceType(noun,
                    r.has("keyMembers") ? strings(r.path("keyMembers")) : derived.keyMembers(),
                    text(r, "nameMember", derived.nameMember()), text(r, "idMember", derived.idMember()),
                    text(r, "arnTemplate", derived.arnTemplate()), text(r, "idPrefix", derived.idPrefix()),
                    text(r, "idFormat", derived.idFormat()), create.isEmpty() ? derived.create() : create,
                    text(r, "notFound", derived.notFound()));
            resources.put(noun, merged);
            bind(bindings, create, OpKind.CREATE, noun);
            bind(bindings, read, OpKind.READ, noun);
            bind(bindings, strings(r.path("list")), OpKind.LIST, noun);
            bind(bindings, strings(r.path("update")), OpKind.UPDATE, noun);
            bind(bindings, delete, OpKind.DELETE, noun);
            bind(bindings, strings(r.path("actions")), OpKind.ACTION, noun);
        });
        root.path("operations").fields().forEachRemaining(e -> {
            String[] kindAndNoun = e.getValue().asText().split(":", 2);
            bindings.put(e.getKey(), new OpBinding(e.getKey(),
                    OpKind.valueOf(kindAndNoun[0].toUpperCase(Locale.ROOT)),
                    kindAndNoun.length > 1 ? kindAndNoun[1] : null));
        });
    }

    private static void bind(Map<String, OpBinding> bindings, List<String> ops, OpKind kind, String noun) {
        for (String op : ops) {
            bindings.put(op, new OpBinding(op, kind, noun));
        }
    }

    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? fallback : v.asText();
    }
}
