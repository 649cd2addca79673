package io.cloudmock.gateway.internal.protocol;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;
import io.cloudmock.api.model.Operation;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.gateway.internal.http.HttpRequestData;
import io.cloudmock.gateway.internal.http.HttpResponseData;

/**
 * One AWS wire protocol, generic for every service of that protocol and driven by the service model.
 * Codecs are stateless and thread-safe; they never see Jetty types.
 */
public interface ProtocolCodec {

    /** The operation name the request asks for ({@code X-Amz-Target} suffix, {@code Action=}, ...), or null. */
    String requestedOperation(HttpRequestData request, ServiceModel model);

    /** Parses the request into the operation's input; throws the protocol's error for malformed input. */
    Struct parse(HttpRequestData request, ServiceModel model, Operation operation);

    /** Writes a successful output. */
    HttpResponseData serialize(ServiceModel model, Operation operation, AwsResponse response, RequestContext context);

    /** Writes an error in the protocol's envelope; {@code operation} is null when none was matched. */
    HttpResponseData serializeError(ServiceModel model, Operation operation, AwsException error, String requestId);

    /** The protocol's error for an operation name the model does not have. */
    default AwsException unknownOperation(ServiceModel model, String name) {
        return new AwsException("UnknownOperationException", name == null
                ? "Missing operation in request to " + model.summary().serviceId()
                : "Unknown operation " + name + " for service " + model.summary().serviceId(), 400);
    }

    /** The protocol's error for a missing required member. */
    default AwsException missingRequired(String memberPath) {
        return new AwsException("ValidationException", "1 validation error detected: Value null at '"
                + memberPath + "' failed to satisfy constraint: Member must not be null", 400);
    }
}
