package io.cloudmock.gateway.internal.protocol.smithy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.models.internal.C2jModelParser;
import software.amazon.smithy.model.Model;
import software.amazon.smithy.model.knowledge.TopDownIndex;
import software.amazon.smithy.model.node.Node;
import software.amazon.smithy.model.shapes.ListShape;
import software.amazon.smithy.model.shapes.MapShape;
import software.amazon.smithy.model.shapes.MemberShape;
import software.amazon.smithy.model.shapes.OperationShape;
import software.amazon.smithy.model.shapes.ServiceShape;
import software.amazon.smithy.model.shapes.Shape;
import software.amazon.smithy.model.shapes.ShapeId;
import software.amazon.smithy.model.traits.Trait;
import software.amazon.smithy.model.neighbor.Walker;

/**
 * Converts a Smithy service (with its protocol trait) to a botocore C2J document, the way AWS generates the
 * botocore models from Smithy, and parses it with the project's {@link C2jModelParser}.
 */
final class SmithyToC2j {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, String> PROTOCOLS = Map.of(
            "aws.protocols#awsJson1_0", "json", "aws.protocols#awsJson1_1", "json", "aws.protocols#awsQuery", "query",
            "aws.protocols#ec2Query", "ec2", "aws.protocols#restJson1", "rest-json", "aws.protocols#restXml", "rest-xml");

    private final Model model;
    private final ServiceShape service;
    private final String protocolTrait;
    private final String protocol;
    private final Map<String, ObjectNode> synthetics = new java.util.LinkedHashMap<>();

    SmithyToC2j(Model model, ServiceShape service, String protocolTrait) {
        this.model = model;
        this.service = service;
        this.protocolTrait = protocolTrait;
        this.protocol = PROTOCOLS.get(protocolTrait);
    }

    /** The protocol trait of a service among the six, or null. */
    static String protocolTrait(ServiceShape service) {
        for (String p : PROTOCOLS.keySet()) {
            if (service.findTrait(p).isPresent()) {
                return p;
            }
        }
        return null;
    }

    ServiceModel convert() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode meta = root.putObject("metadata");
        meta.put("apiVersion", service.getVersion());
        meta.put("protocol", protocol);
        meta.putArray("protocols").add(protocol);
        meta.put("serviceId", service.getId().getName());
        meta.put("endpointPrefix", service.getId().getName().toLowerCase());
        meta.put("targetPrefix", service.getId().getName());
        if (protocolTrait.endsWith("awsJson1_0")) {
            meta.put("jsonVersion", "1.0");
        } else if (protocolTrait.endsWith("awsJson1_1")) {
            meta.put("jsonVersion", "1.1");
        }
        trait(service, "smithy.api#xmlNamespace").ifPresent(t -> meta.put("xmlNamespace",
                t.toNode().expectObjectNode().expectStringMember("uri").getValue()));
        if (service.findTrait("aws.protocols#awsQueryCompatible").isPresent()) {
            meta.putObject("awsQueryCompatible");
        }
        ObjectNode ops = root.putObject("operations");
        for (OperationShape op : TopDownIndex.of(model).getContainedOperations(service)) {
            ops.set(name(op.getId()), operation(op));
        }
        ObjectNode shapes = root.putObject("shapes");
        for (Shape s : new Walker(model).walkShapes(service)) {
            if (s.isMemberShape() || s.isOperationShape() || s.isServiceShape() || s.isResourceShape()) {
                continue;
            }
            shapes.set(name(s.getId()), shape(s));
        }
        synthetics.forEach(shapes::set);
        try {
            return C2jModelParser.parse(service.getId().getName(), new ByteArrayInputStream(JSON.writeValueAsBytes(root)),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name(ShapeId id) {
        return service.getContextualName(id);
    }

    private ObjectNode operation(OperationShape op) {
        ObjectNode o = JSON.createObjectNode();
        o.put("name", name(op.getId()));
        ObjectNode http = o.putObject("http");
        Optional<Trait> h = trait(op, "smithy.api#http");
        if (h.isPresent()) {
            var n = h.get().toNode().expectObjectNode();
            http.put("method", n.expectStringMember("method").getValue());
            http.put("requestUri", n.expectStringMember("uri").getValue());
            http.put("responseCode", n.getNumberMember("code").map(x -> x.getValue().intValue()).orElse(200));
        } else {
            http.put("method", "POST");
            http.put("requestUri", "/");
        }
        if (!op.getInputShape().equals(ShapeId.from("smithy.api#Unit"))) {
            o.putObject("input").put("shape", name(op.getInputShape()));
        }
        if (!op.getOutputShape().equals(ShapeId.from("smithy.api#Unit"))) {
            o.putObject("output").put("shape", name(op.getOutputShape()));
        }
        ArrayNode errors = o.putArray("errors");
        Set<ShapeId> all = new LinkedHashSet<>(op.getErrors());
        all.addAll(service.getErrors());
        all.forEach(e -> errors.addObject().put("shape", name(e)));
        trait(op, "smithy.api#endpoint").ifPresent(t -> o.putObject("endpoint").put("hostPrefix",
                t.toNode().expectObjectNode().expectStringMember("hostPrefix").getValue()));
        return o;
    }

    private ObjectNode shape(Shape s) {
        ObjectNode o = JSON.createObjectNode();
        switch (s.getType()) {
            case STRUCTURE, UNION -> {
                o.put("type", "structure");
                if (s.isUnionShape()) {
                    o.put("union", true);
                }
                ObjectNode members = o.putObject("members");
                ArrayNode required = JSON.createArrayNode();
                for (MemberShape m : s.getAllMembers().values()) {
                    members.set(m.getMemberName(), member(m, true));
                    if (m.findTrait("smithy.api#required").isPresent()) {
                        required.add(m.getMemberName());
                    }
                    if (m.findTrait("smithy.api#httpPayload").isPresent()) {
                        o.put("payload", m.getMemberName());
                    }
                }
                if (!required.isEmpty()) {
                    o.set("required", required);
                }
                trait(s, "smithy.api#error").ifPresent(t -> {
                    o.put("exception", true);
                    ObjectNode err = o.putObject("error");
                    boolean client = "client".equals(t.toNode().expectStringNode().getValue());
                    err.put("senderFault", client);
                    err.put("httpStatusCode", trait(s, "smithy.api#httpError")
                            .map(x -> x.toNode().expectNumberNode().getValue().intValue()).orElse(client ? 400 : 500));
                    trait(s, "aws.protocols#awsQueryError").ifPresent(q -> {
                        var n = q.toNode().expectObjectNode();
                        err.put("code", n.expectStringMember("code").getValue());
                        if (protocol.equals("query") || protocol.equals("ec2")) {
                            err.put("httpStatusCode", n.expectNumberMember("httpResponseCode").getValue().intValue());
                        }
                    });
                });
            }
            case LIST, SET -> {
                o.put("type", "list");
                o.set("member", member(((ListShape) s).getMember(), false));
            }
            case MAP -> {
                o.put("type", "map");
                o.set("key", member(((MapShape) s).getKey(), false));
                o.set("value", member(((MapShape) s).getValue(), false));
            }
            case DOCUMENT -> {
                o.put("type", "structure");
                o.putObject("members");
                o.put("document", true);
            }
            case ENUM -> {
                o.put("type", "string");
                ArrayNode values = o.putArray("enum");
                s.asEnumShape().get().getEnumValues().values().forEach(values::add);
            }
            case INT_ENUM -> o.put("type", "integer");
            case BIG_INTEGER -> o.put("type", "long");
            case BIG_DECIMAL -> o.put("type", "double");
            default -> o.put("type", s.getType().toString());
        }
        if (s.findTrait("smithy.api#streaming").isPresent()) {
            o.put("streaming", true);
        }
        if (s.findTrait("smithy.api#sparse").isPresent()) {
            o.put("sparse", true);
        }
        trait(s, "smithy.api#xmlName").ifPresent(t -> o.put("locationName", string(t)));
        trait(s, "smithy.api#xmlNamespace").ifPresent(t -> o.putObject("xmlNamespace")
                .put("uri", t.toNode().expectObjectNode().expectStringMember("uri").getValue()));
        trait(s, "smithy.api#timestampFormat").ifPresent(t -> o.put("timestampFormat", timestampFormat(string(t))));
        return o;
    }

    private ObjectNode member(MemberShape m, boolean inStructure) {
        ObjectNode o = JSON.createObjectNode();
        o.put("shape", name(m.getTarget()));
        Shape target = model.expectShape(m.getTarget());
        if (inStructure && m.findTrait("smithy.api#xmlFlattened").isPresent() && target instanceof ListShape list
                && list.getMember().findTrait("smithy.api#xmlName").isPresent()) {
            // Smithy ignores a list member's xmlName when the list is flattened; botocore uses it. The C2J
            // generator gives such members their own list shape without that name, and so do we.
            String synthetic = name(target.getId()) + "Flattened";
            ObjectNode copy = shape(target);
            ((ObjectNode) copy.get("member")).remove("locationName");
            synthetics.put(synthetic, copy);
            o.put("shape", synthetic);
        }
        boolean rest = protocol.startsWith("rest-");
        if (inStructure && rest) {
            if (m.findTrait("smithy.api#httpLabel").isPresent()) {
                o.put("location", "uri").put("locationName", m.getMemberName());
            } else if (trait(m, "smithy.api#httpQuery").isPresent()) {
                o.put("location", "querystring").put("locationName", string(trait(m, "smithy.api#httpQuery").get()));
            } else if (m.findTrait("smithy.api#httpQueryParams").isPresent()) {
                o.put("location", "querystring");
            } else if (trait(m, "smithy.api#httpHeader").isPresent()) {
                o.put("location", "header").put("locationName", string(trait(m, "smithy.api#httpHeader").get()));
                if (target.findTrait("smithy.api#mediaType").isPresent() && target.isStringShape()) {
                    o.put("jsonvalue", true);
                }
            } else if (trait(m, "smithy.api#httpPrefixHeaders").isPresent()) {
                o.put("location", "headers").put("locationName", string(trait(m, "smithy.api#httpPrefixHeaders").get()));
            } else if (m.findTrait("smithy.api#httpResponseCode").isPresent()) {
                o.put("location", "statusCode");
            }
        }
        if (!o.has("locationName")) {
            Optional<Trait> wireName = protocol.equals("rest-json") ? trait(m, "smithy.api#jsonName")
                    : protocol.equals("json") ? Optional.empty() : trait(m, "smithy.api#xmlName");
            wireName.ifPresent(t -> o.put("locationName", string(t)));
        }
        trait(m, "aws.protocols#ec2QueryName").ifPresent(t -> o.put("queryName", string(t)));
        if (m.findTrait("smithy.api#xmlAttribute").isPresent()) {
            o.put("xmlAttribute", true);
        }
        if (m.findTrait("smithy.api#xmlFlattened").isPresent()) {
            o.put("flattened", true);
        }
        trait(m, "smithy.api#xmlNamespace").ifPresent(t -> {
            var n = t.toNode().expectObjectNode();
            ObjectNode ns = o.putObject("xmlNamespace");
            ns.put("uri", n.expectStringMember("uri").getValue());
            n.getStringMember("prefix").ifPresent(p -> ns.put("prefix", p.getValue()));
        });
        trait(m, "smithy.api#timestampFormat").ifPresent(t -> o.put("timestampFormat", timestampFormat(string(t))));
        if (m.findTrait("smithy.api#idempotencyToken").isPresent()) {
            o.put("idempotencyToken", true);
        }
        if (m.findTrait("smithy.api#hostLabel").isPresent()) {
            o.put("hostLabel", true);
        }
        if (!o.has("xmlNamespace") && m.findTrait("smithy.api#httpPayload").isPresent()) {
            // botocore carries a payload's namespace on the member (S3's CreateBucketConfiguration)
            trait(target, "smithy.api#xmlNamespace").ifPresent(t -> {
                var n = t.toNode().expectObjectNode();
                ObjectNode ns = o.putObject("xmlNamespace");
                ns.put("uri", n.expectStringMember("uri").getValue());
                n.getStringMember("prefix").ifPresent(p -> ns.put("prefix", p.getValue()));
            });
        }
        if (target.findTrait("smithy.api#streaming").isPresent() && target.isBlobShape()) {
            o.put("streaming", true);
        }
        return o;
    }

    private static Optional<Trait> trait(Shape s, String id) {
        return s.findTrait(ShapeId.from(id));
    }

    private static String string(Trait t) {
        Node n = t.toNode();
        return n.expectStringNode().getValue();
    }

    private static String timestampFormat(String smithy) {
        return switch (smithy) {
            case "date-time" -> "iso8601";
            case "http-date" -> "rfc822";
            default -> "unixTimestamp";
        };
    }
}
