package io.cloudmock.gateway.internal.protocol.smithy;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;
import io.cloudmock.api.model.Operation;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.Shape;
import io.cloudmock.gateway.internal.http.HttpRequestData;
import io.cloudmock.gateway.internal.http.HttpResponseData;
import io.cloudmock.gateway.internal.protocol.ProtocolCodec;
import io.cloudmock.gateway.internal.protocol.ec2.Ec2Codec;
import io.cloudmock.gateway.internal.protocol.json.JsonCodec;
import io.cloudmock.gateway.internal.protocol.query.QueryCodec;
import io.cloudmock.gateway.internal.protocol.rest.RestJsonCodec;
import io.cloudmock.gateway.internal.protocol.rest.RestXmlCodec;
import software.amazon.smithy.model.Model;
import software.amazon.smithy.model.knowledge.TopDownIndex;
import software.amazon.smithy.model.loader.ModelAssembler;
import software.amazon.smithy.model.neighbor.Walker;
import software.amazon.smithy.model.shapes.OperationShape;
import software.amazon.smithy.model.shapes.ServiceShape;
import software.amazon.smithy.model.shapes.ShapeId;
import software.amazon.smithy.protocoltests.traits.AppliesTo;
import software.amazon.smithy.protocoltests.traits.HttpMessageTestCase;
import software.amazon.smithy.protocoltests.traits.HttpRequestTestCase;
import software.amazon.smithy.protocoltests.traits.HttpRequestTestsTrait;
import software.amazon.smithy.protocoltests.traits.HttpResponseTestCase;
import software.amazon.smithy.protocoltests.traits.HttpResponseTestsTrait;

/**
 * The official Smithy AWS protocol tests (smithy-aws-protocol-tests), run server side: every
 * {@code httpRequestTests} case is parsed by our codec and compared with its params, every
 * {@code httpResponseTests} case (outputs and errors) is serialized from its params and compared with the
 * expected status, headers and body. Client-only cases are skipped; cases listed in
 * {@code smithy-known-failures.txt} are expected to fail (with a reason) and fail the build once they pass.
 */
class SmithyProtocolTest {

    private static final KnownFailures KNOWN = KnownFailures.load("/smithy-known-failures.txt");
    private static final Map<String, int[]> COUNTS = new TreeMap<>();
    private static final List<String> NEW_FAILURES = new ArrayList<>();
    private static final Pattern REQUEST_ID = Pattern.compile("<Request(?:I[dD])>([^<]*)</Request(?:I[dD])>");

    static Model smithy() {
        return new ModelAssembler().discoverModels(SmithyProtocolTest.class.getClassLoader())
                .putProperty(ModelAssembler.ALLOW_UNKNOWN_TRAITS, true).assemble().getResult().orElseThrow();
    }

    @TestFactory
    List<DynamicNode> smithyProtocolTests() {
        Model smithy = smithy();
        List<DynamicNode> services = new ArrayList<>();
        List<ServiceShape> shapes = new ArrayList<>(smithy.getServiceShapes());
        shapes.sort((a, b) -> a.getId().compareTo(b.getId()));
        for (ServiceShape service : shapes) {
            String trait = SmithyToC2j.protocolTrait(service);
            if (trait == null) {
                continue;
            }
            ServiceModel model = new SmithyToC2j(smithy, service, trait).convert();
            services.add(DynamicContainer.dynamicContainer(service.getId().toString(),
                    cases(smithy, service, ShapeId.from(trait), model)));
        }
        return services;
    }

    private List<DynamicNode> cases(Model smithy, ServiceShape service, ShapeId protocol, ServiceModel model) {
        String p = protocol.getName();
        ProtocolCodec codec = codec(p);
        List<DynamicNode> tests = new ArrayList<>();
        for (OperationShape op : TopDownIndex.of(smithy).getContainedOperations(service)) {
            Operation operation = model.operation(service.getContextualName(op));
            op.getTrait(HttpRequestTestsTrait.class).ifPresent(t -> {
                for (HttpRequestTestCase c : t.getTestCases()) {
                    if (applies(c, protocol)) {
                        tests.add(test(p + "/parse/" + c.getId(), () -> parse(codec, model, operation, c)));
                    }
                }
            });
            op.getTrait(HttpResponseTestsTrait.class).ifPresent(t -> {
                for (HttpResponseTestCase c : t.getTestCases()) {
                    if (applies(c, protocol)) {
                        tests.add(test(p + "/serialize/" + c.getId(), () -> serialize(codec, model, operation, c, p)));
                    }
                }
            });
        }
        for (var shape : new Walker(smithy).walkShapes(service)) {
            if (!shape.isStructureShape() || shape.findTrait("smithy.api#error").isEmpty()) {
                continue;
            }
            String name = service.getContextualName(shape);
            shape.getTrait(HttpResponseTestsTrait.class).ifPresent(t -> {
                for (HttpResponseTestCase c : t.getTestCases()) {
                    if (applies(c, protocol)) {
                        tests.add(test(p + "/serialize/" + c.getId(), () -> serializeError(codec, model, name, c, p)));
                    }
                }
            });
        }
        return tests;
    }

    private static boolean applies(HttpMessageTestCase c, ShapeId protocol) {
        return c.getProtocol().equals(protocol) && c.getAppliesTo().map(a -> a != AppliesTo.CLIENT).orElse(true);
    }

    interface Check {
        String run() throws Exception;
    }

    private static DynamicTest test(String key, Check check) {
        return DynamicTest.dynamicTest(key, () -> {
            String failure;
            try {
                failure = check.run();
            } catch (AwsException e) {
                failure = "AwsException " + e.code() + ": " + e.getMessage();
            } catch (Exception | AssertionError e) {
                failure = e.toString();
            }
            String[] parts = key.split("/", 3);
            int[] c = COUNTS.computeIfAbsent(parts[0] + " " + parts[1], x -> new int[2]);
            synchronized (COUNTS) {
                c[1]++;
                if (failure == null) {
                    c[0]++;
                }
            }
            if (KNOWN.contains(key)) {
                if (failure == null) {
                    fail(key + " passes now: remove it from smithy-known-failures.txt");
                }
                return;
            }
            if (failure != null) {
                NEW_FAILURES.add(key + "  " + failure.replace('\n', ' '));
                fail(failure);
            }
        });
    }

    private static ProtocolCodec codec(String protocol) {
        return switch (protocol) {
            case "awsJson1_0", "awsJson1_1" -> new JsonCodec();
            case "awsQuery" -> new QueryCodec();
            case "ec2Query" -> new Ec2Codec();
            case "restJson1" -> new RestJsonCodec();
            case "restXml" -> new RestXmlCodec();
            default -> throw new IllegalArgumentException(protocol);
        };
    }

    private static String parse(ProtocolCodec codec, ServiceModel model, Operation op, HttpRequestTestCase c) {
        StringBuilder uri = new StringBuilder(c.getUri());
        if (!c.getQueryParams().isEmpty()) {
            uri.append('?').append(String.join("&", c.getQueryParams()));
        }
        Map<String, String> headers = new LinkedHashMap<>(c.getHeaders());
        c.getHost().ifPresent(h -> headers.putIfAbsent("Host", h));
        if (codec instanceof JsonCodec && headers.keySet().stream().noneMatch("X-Amz-Target"::equalsIgnoreCase)) {
            // client test fixtures list only some headers; a real awsJson request always names its target
            headers.put("X-Amz-Target", model.summary().targetPrefix() + "." + op.name());
        }
        byte[] body = c.getBody().orElse("").getBytes(StandardCharsets.UTF_8);
        HttpRequestData request = HttpRequestData.of(c.getMethod(), uri.toString(), headers, body);
        String name = codec.requestedOperation(request, model);
        if (!op.name().equals(name)) {
            return "resolved operation " + name + " instead of " + op.name();
        }
        Struct parsed = codec.parse(request, model, op);
        Struct expected = op.input() == null ? new Struct()
                : SmithyValues.struct(c.getParams(), model.target(op.input()), model);
        Object e = SmithyValues.normalize(expected);
        Object a = SmithyValues.normalize(parsed);
        return Objects.equals(e, a) ? null : "parsed " + a + "\n expected " + e;
    }

    private static String serialize(ProtocolCodec codec, ServiceModel model, Operation op, HttpResponseTestCase c,
                                    String protocol) throws Exception {
        Struct output = op.output() == null ? new Struct()
                : SmithyValues.struct(c.getParams(), model.target(op.output()), model);
        RequestContext ctx = new RequestContext("123456789012", "us-east-1", "test", "arn:aws:iam::123456789012:root",
                requestId(c), "", model.name(), "example.com");
        return compare(c, codec.serialize(model, op, AwsResponse.of(output), ctx), protocol);
    }

    private static String serializeError(ProtocolCodec codec, ServiceModel model, String errorName,
                                         HttpResponseTestCase c, String protocol) throws Exception {
        Shape shape = model.shape(errorName);
        Struct fields = SmithyValues.struct(c.getParams(), shape, model);
        String message = null;
        for (String k : List.copyOf(fields.keySet())) {
            if (k.equalsIgnoreCase("message")) {
                message = String.valueOf(fields.remove(k));
            }
        }
        Shape.ErrorInfo info = shape.error();
        AwsException e = new AwsException(errorName, message, info.httpStatusCode(),
                info.senderFault() ? AwsException.Fault.SENDER : AwsException.Fault.RECEIVER);
        fields.forEach(e::with);
        return compare(c, codec.serializeError(model, null, e, requestId(c)), protocol);
    }

    /** The request id is the server's own value, not the codec's: take the one the expected body shows. */
    private static String requestId(HttpResponseTestCase c) {
        for (Map.Entry<String, String> h : c.getHeaders().entrySet()) {
            if (h.getKey().equalsIgnoreCase("x-amzn-requestid") || h.getKey().equalsIgnoreCase("x-amz-request-id")) {
                return h.getValue();
            }
        }
        Matcher m = REQUEST_ID.matcher(c.getBody().orElse(""));
        if (m.find()) {
            return m.group(1);
        }
        Matcher lower = Pattern.compile("<requestId>([^<]*)</requestId>").matcher(c.getBody().orElse(""));
        return lower.find() ? lower.group(1) : "requestid";
    }

    private static String compare(HttpResponseTestCase c, HttpResponseData r, String protocol) throws Exception {
        if (r.header("Content-Length") == null && !r.isStreaming()) {
            // what the HTTP layer adds to every buffered response
            r.header("Content-Length", Integer.toString(r.body().length));
        }
        if (r.status() != c.getCode()) {
            return "status " + r.status() + " instead of " + c.getCode();
        }
        for (Map.Entry<String, String> h : c.getHeaders().entrySet()) {
            String actual = r.header(h.getKey());
            if (actual == null || !sameHeader(h.getValue(), actual)) {
                return "header " + h.getKey() + ": expected [" + h.getValue() + "] got [" + actual + "]";
            }
        }
        for (String h : c.getForbidHeaders()) {
            if (r.header(h) != null) {
                return "forbidden header " + h + " present";
            }
        }
        for (String h : c.getRequireHeaders()) {
            if (r.header(h) == null) {
                return "required header " + h + " missing";
            }
        }
        Optional<String> body = c.getBody();
        if (body.isEmpty()) {
            return null;
        }
        byte[] actual = r.isStreaming() ? r.bodyStream().readAllBytes() : r.body();
        String mediaType = c.getBodyMediaType().orElse(c.getHeaders().getOrDefault("Content-Type",
                body.get().strip().startsWith("<") ? "application/xml" : null));
        // query responses always carry ResponseMetadata (AWS sends it; clients ignore it)
        Set<String> extras = protocol.equals("awsQuery") && !body.get().contains("<ResponseMetadata")
                ? Set.of("ResponseMetadata") : Set.of();
        return Bodies.compare(mediaType, body.get(), actual, extras);
    }

    private static boolean sameHeader(String expected, String actual) {
        return expected.strip().equals(actual.strip())
                || expected.replace(", ", ",").strip().equals(actual.replace(", ", ",").strip());
    }

    @AfterAll
    static void summary() {
        Map<String, String> lines = new TreeMap<>();
        COUNTS.forEach((k, c) -> {
            String[] parts = k.split(" ");
            lines.merge(parts[0], parts[1] + " " + c[0] + "/" + c[1], (a, b) -> a + " " + b);
        });
        lines.forEach((p, s) -> System.out.println("SMITHY " + p + " " + s));
        NEW_FAILURES.forEach(f -> System.out.println("SMITHY-FAIL " + f));
    }
}
