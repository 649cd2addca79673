package io.cloudmock.gateway.internal.protocol.json;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;
import io.cloudmock.api.model.Operation;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.gateway.internal.http.HttpRequestData;
import io.cloudmock.gateway.internal.http.HttpResponseData;
import io.cloudmock.gateway.internal.protocol.ProtocolCodec;

/**
 * For services that speak the wire format themselves (gRPC plugins): the operation comes from
 * {@code X-Amz-Target}, nothing is parsed, the service answers with a raw response; errors use the JSON envelope.
 */
public final class RawCodec implements ProtocolCodec {

    public static final String PROTOCOL = "raw";

    private final JsonCodec json = new JsonCodec();

    @Override
    public String requestedOperation(HttpRequestData request, ServiceModel model) {
        String fromTarget = json.requestedOperation(request, model);
        return fromTarget != null ? fromTarget : request.formParameter("Action");
    }

    @Override
    public Struct parse(HttpRequestData request, ServiceModel model, Operation operation) {
        return new Struct();
    }

    @Override
    public HttpResponseData serialize(ServiceModel model, Operation operation, AwsResponse response,
                                      RequestContext context) {
        return json.serialize(model, operation, response, context);
    }

    @Override
    public HttpResponseData serializeError(ServiceModel model, Operation operation, AwsException error,
                                           String requestId) {
        return json.serializeError(model, operation, error, requestId);
    }
}
