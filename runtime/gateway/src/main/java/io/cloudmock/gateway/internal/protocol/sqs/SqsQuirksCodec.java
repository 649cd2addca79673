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
 * {@code QueueUrl} parameter, which is then taken from the path. One stateless instance per dialect;
 * {@link #forRequest} picks it (the codec registry calls it with each request).
 */
public final class SqsQuirksCodec implements ProtocolCodec {

    private static final Pattern QUEUE_PATH = Pattern.compile("^/(\\d{12})/([A-Za-z0-9_-]{1,80}(\\.fifo)?)/?$");

    private static final String NAMESPACE = "http://queue.amazonaws.com/doc/2012-11-05/";

    private static final SqsQuirksCodec JSON = new SqsQuirksCodec(new JsonCodec());
    private static final SqsQuirksCodec LEGACY_QUERY = new SqsQuirksCodec(new QueryCodec());

    private final ProtocolCodec delegate;
    private final boolean legacy;

    private SqsQuirksCodec(ProtocolCodec delegate) {
        this.delegate = delegate;
        this.legacy = delegate instanceof QueryCodec;
    }

    /** The legacy query dialect for {@code Action=} requests without {@code X-Amz-Target}, else JSON 1.0. */
    public static SqsQuirksCodec forRequest(HttpRequestData request) {
        return request.formParameter("Action") != null && request.header("X-Amz-Target") == null ? LEGACY_QUERY
                : JSON;
    }

    @Override
    public String requestedOperation(HttpRequestData request, ServiceModel model) {
        return delegate.requestedOperation(request, model);
    }

    @Override
    public Struct parse(HttpRequestData request, ServiceModel model, Operation operation) {
        Struct input;
        if (legacy && operation.input() != null) {
            input = new QueryInputReader(SqsLegacyNames.translate(request.formParameters(), operation.name()),
                    QueryInputReader.QUERY, model).readStruct(model.target(operation.input()), "");
        } else {
            input = delegate.parse(request, model, operation);
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
        if (!legacy) {
            return delegate.serialize(model, operation, response, context);
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
        return delegate.serializeError(model, operation, error, requestId);
    }

    @Override
    public AwsException missingRequired(String memberPath) {
        return delegate.missingRequired(memberPath);
    }

    @Override
    public AwsException unknownOperation(ServiceModel model, String name) {
        return delegate.unknownOperation(model, name);
    }
}
