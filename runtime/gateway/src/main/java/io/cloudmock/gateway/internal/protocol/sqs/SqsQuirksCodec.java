package io.cloudmock.gateway.internal.protocol.sqs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;
import io.cloudmock.api.model.Operation;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.gateway.internal.http.HttpRequestData;
import io.cloudmock.gateway.internal.http.HttpResponseData;
import io.cloudmock.gateway.internal.protocol.ProtocolCodec;
import io.cloudmock.gateway.internal.protocol.json.JsonCodec;
import io.cloudmock.gateway.internal.protocol.query.QueryCodec;
import io.cloudmock.gateway.internal.protocol.query.QueryInputReader;
import io.cloudmock.gateway.internal.protocol.xml.XmlBuilder;

/**
 * SQS wire quirks: requests with {@code Action=} (legacy query clients, also as a GET query string) are read and
 * written in the legacy query API's shapes ({@link SqsLegacyNames}, {@link SqsLegacyXml}), the rest is JSON 1.0;
 * legacy clients address a queue by POSTing to its URL path ({@code /000000000000/my-queue}) without a
 * {@code QueueUrl} parameter, which is then taken from the path.
 */
public final class SqsQuirksCodec implements ProtocolCodec {

    private static final Pattern QUEUE_PATH = Pattern.compile("^/(\\d{12})/([A-Za-z0-9_-]{1,80}(\\.fifo)?)/?$");

    private static final String NAMESPACE = "http://queue.amazonaws.com/doc/2012-11-05/";

    private final ProtocolCodec json = new JsonCodec();
    private final ProtocolCodec query = new QueryCodec();
    /** The codec chosen for the request this thread is processing (the serialize calls carry no request). */
    private final ThreadLocal<ProtocolCodec> current = new ThreadLocal<>();

    private ProtocolCodec delegate(HttpRequestData request) {
        return request.formParameter("Action") != null && request.header("X-Amz-Target") == null ? query : json;
    }

    @Override
    public String requestedOperation(HttpRequestData request, ServiceModel model) {
        ProtocolCodec c = delegate(request);
        current.set(c);
        return c.requestedOperation(request, model);
    }

    @Override
    public Struct parse(HttpRequestData request, ServiceModel model, Operation operation) {
        ProtocolCodec codec = delegate(request);
        Struct input;
        if (codec == query && operation.input() != null) {
            input = new QueryInputReader(SqsLegacyNames.translate(request.formParameters(), operation.name()),
                    QueryInputReader.QUERY, model).readStruct(model.target(operation.input()), "");
        } else {
            input = codec.parse(request, model, operation);
        }
        if (input.get("QueueUrl") == null && operation.input() != null
                && model.target(operation.input()).members().containsKey("QueueUrl")) {
            Matcher m = QUEUE_PATH.matcher(request.rawPath());
            if (m.matches()) {
                String host = request.header("Host");
                input.put("QueueUrl", "http://" + (host == null ? "localhost" : host) + request.rawPath());
            }
        }
        return input;
    }

    @Override
    public HttpResponseData serialize(ServiceModel model, Operation operation, AwsResponse response,
                                      RequestContext context) {
        ProtocolCodec c = chosen();
        if (c != query) {
            return c.serialize(model, operation, response, context);
        }
        String root = operation.name() + "Response";
        XmlBuilder x = new XmlBuilder().start(root).attribute("xmlns", NAMESPACE);
        if (operation.output() != null) {
            x.start(operation.name() + "Result");
            SqsLegacyXml.writeMembers(x, response.output(), operation.name());
            x.end(operation.name() + "Result");
        }
        x.start("ResponseMetadata").element("RequestId", context.requestId()).end("ResponseMetadata");
        x.end(root);
        HttpResponseData r = HttpResponseData.of(response.status() == 0 ? 200 : response.status(), "text/xml",
                x.toBytes());
        r.header("x-amzn-RequestId", context.requestId());
        response.headers().forEach(r::header);
        return r;
    }

    @Override
    public HttpResponseData serializeError(ServiceModel model, Operation operation, AwsException error,
                                           String requestId) {
        return chosen().serializeError(model, operation, error, requestId);
    }

    @Override
    public AwsException missingRequired(String memberPath) {
        ProtocolCodec c = current.get();
        return (c == null ? json : c).missingRequired(memberPath);
    }

    @Override
    public AwsException unknownOperation(ServiceModel model, String name) {
        ProtocolCodec c = current.get();
        return (c == null ? json : c).unknownOperation(model, name);
    }

    private ProtocolCodec chosen() {
        ProtocolCodec c = current.get();
        current.remove();
        return c == null ? json : c;
    }
}
