package io.cloudmock.stubcatalog.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.AwsRequest;
import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;
import io.cloudmock.api.model.Operation;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.ServiceSummary;
import io.cloudmock.api.model.Shape;
import io.cloudmock.gateway.internal.protocol.CodecRegistry;
import io.cloudmock.gateway.internal.protocol.ProtocolCodec;
import io.cloudmock.models.internal.BotocoreModels;

/**
 * Walks every operation of every service of the models through the engine with generated inputs (creates
 * first, so reads find what they ask for), then checks every answer: outputs valid for the model's output shape
 * and serialized by the protocol codec into a body that parses; errors are AWS errors with a 4xx status or 501,
 * never anything else.
 */
class EveryOperationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyOperationOfEveryServiceAnswersValidly() throws Exception {
        BotocoreModels models = new BotocoreModels();
        StubEngine engine = new StubEngine(models, new ArnTemplates());
        CodecRegistry codecs = new CodecRegistry()
                .protocol("rest-json", new io.cloudmock.gateway.internal.protocol.rest.RestJsonCodec())
                .protocol("rest-xml", new io.cloudmock.gateway.internal.protocol.rest.RestXmlCodec())
                .protocol("ec2", new io.cloudmock.gateway.internal.protocol.ec2.Ec2Codec());
        javax.xml.parsers.DocumentBuilderFactory xml = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        figures(models, engine);
        List<String> problems = new ArrayList<>();
        int ops = 0;
        int outputs = 0;
        int serialized = 0;
        for (ServiceSummary summary : models.summaries()) {
            ServiceModel model = models.model(summary.name()).orElseThrow();
            ServiceCatalog catalog = engine.catalog(summary.name()).orElseThrow();
            RequestContext ctx = new RequestContext("000000000000", "us-east-1", "test",
                    "arn:aws:iam::000000000000:root", "req", "", summary.name(), "localhost");
            ValueGenerator inputs = new ValueGenerator(model, ctx, java.time.Instant.EPOCH);
            ShapeValidator validator = new ShapeValidator(model);
            ProtocolCodec codec = codecFor(codecs, summary);
            List<String> order = new ArrayList<>();
            catalog.ops().values().stream().filter(b -> b.kind() == OpKind.CREATE).forEach(b -> order.add(b.operation()));
            catalog.ops().values().stream().filter(b -> b.kind() != OpKind.CREATE && b.kind() != OpKind.DELETE)
                    .forEach(b -> order.add(b.operation()));
            catalog.ops().values().stream().filter(b -> b.kind() == OpKind.DELETE).forEach(b -> order.add(b.operation()));
            for (String name : order) {
                Operation op = model.operation(name);
                ops++;
                Struct input = op.input() == null ? new Struct()
                        : inputs.requiredOnly(model.target(op.input()), null, 0);
                try {
                    AwsResponse r = engine.handle(new AwsRequest(ctx, name, input, null));
                    outputs++;
                    if (op.output() != null) {
                        Shape out = model.target(op.output());
                        String problem = validator.check(r.output(), out, name);
                        if (problem != null) {
                            problems.add(summary.name() + " " + problem);
                            continue;
                        }
                    }
                    if (codec != null) {
                        var http = codec.serialize(model, op, r, ctx);
                        byte[] body = http.body();
                        if (body != null && body.length > 0) {
                            String type = String.valueOf(http.header("Content-Type"));
                            if (type.contains("json")) {
                                JSON.readTree(body);
                            } else if (type.contains("xml")) {
                                var parser = xml.newDocumentBuilder();
                                parser.setErrorHandler(null);
                                parser.parse(new java.io.ByteArrayInputStream(body));
                            }
                        }
                        serialized++;
                    }
                } catch (AwsException e) {
                    if (!(e.status() >= 400 && e.status() < 500) && e.status() != 501) {
                        problems.add(summary.name() + " " + name + ": status " + e.status() + " " + e.code());
                    }
                } catch (RuntimeException | java.io.IOException | org.xml.sax.SAXException e) {
                    problems.add(summary.name() + " " + name + ": " + e);
                }
            }
        }
        System.out.printf("walked %d operations of %d services: %d answered, %d serialized, %d problems%n", ops,
                models.summaries().size(), outputs, serialized, problems.size());
        problems.stream().limit(60).forEach(System.out::println);
        assertTrue(problems.isEmpty(), problems.size() + " problems, first: " + problems.stream().limit(5).toList());
    }

    private static ProtocolCodec codecFor(CodecRegistry codecs, ServiceSummary s) {
        for (String p : s.protocols()) {
            ProtocolCodec c = codecs.forProtocol(p);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** Prints the figures of the catalog: derivation time and memory, stateful and shape-only counts. */
    private static void figures(BotocoreModels models, StubEngine engine) {
        for (ServiceSummary s : models.summaries()) {
            models.model(s.name());
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long start = System.nanoTime();
        long stateful = 0;
        long shapeOnly = 0;
        long total = 0;
        int statefulServices = 0;
        int resources = 0;
        for (ServiceSummary s : models.summaries()) {
            ServiceCatalog c = engine.catalog(s.name()).orElseThrow();
            stateful += c.statefulCount();
            shapeOnly += c.shapeOnlyCount();
            total += c.ops().size();
            resources += c.resources().size();
            statefulServices += c.statefulCount() > 0 ? 1 : 0;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("FIGURES catalogs of %d services derived in %d ms (models preloaded), ~%d KiB; "
                + "%d resource types; %d services with stateful operations; operations: %d total, %d stateful, "
                + "%d shape-only, %d not served%n", models.summaries().size(), millis, (after - before) / 1024,
                resources, statefulServices, total, stateful, shapeOnly, total - stateful - shapeOnly);
    }
}
