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

/**
 * SQS wire quirks: requests with {@code Action=} (legacy query clients, also as a GET query string) use the query
 * codec, the rest JSON 1.0; legacy clients address a queue by POSTing to its URL path
 * ({@code /000000000000/my-queue}) without a {@code QueueUrl} parameter, which is then taken from the path.
 */
public final class SqsQuirksCodec implements ProtocolCodec {

    private static final Pattern QUEUE_PATH = Pattern.compile("^/(\\d{12})/([A-Za-z0-9_-]{1,80}(\\.fifo)?)/?$");

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
        Struct input = delegate(request).parse(request, model, operation);
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
        return chosen().serialize(model, operation, response, context);
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
