package io.cloudmock.gateway.internal.protocol.rest;

import java.util.Map;


import io.cloudmock.api.AwsException;
import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;
import io.cloudmock.api.model.Location;
import io.cloudmock.api.model.Member;
import io.cloudmock.api.model.Operation;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.Shape;
import io.cloudmock.gateway.internal.http.HttpRequestData;
import io.cloudmock.gateway.internal.http.HttpResponseData;
import io.cloudmock.gateway.internal.protocol.ErrorCodes;
import io.cloudmock.gateway.internal.protocol.ProtocolCodec;
import io.cloudmock.gateway.internal.protocol.json.JsonBodies;
import io.cloudmock.gateway.internal.protocol.json.JsonShapeReader;
import io.cloudmock.gateway.internal.protocol.json.JsonValues;

/**
 * The {@code rest-json} protocol (Lambda, API Gateway, EKS, ...): the operation comes from the URI template,
 * members from labels, query string, headers and a JSON body (or a blob/string/structure payload); errors carry
 * {@code x-amzn-ErrorType} and a JSON body with the error members.
 */
public final class RestJsonCodec implements ProtocolCodec {

    static final String CONTENT_TYPE = "application/json";
    private static final byte[] EMPTY_OBJECT = {'{', '}'};

    @Override
    public String requestedOperation(HttpRequestData request, ServiceModel model) {
        RestRouter.Match m = RestRouter.of(model).resolve(request);
        return m == null ? null : m.operation().name();
    }

    /** JSON bodies; an empty object for a structure payload is an absent payload. */
    private static final RestInputs.BodyFormat JSON_BODY = new RestInputs.BodyFormat() {
        @Override
        public Object readPayload(byte[] body, Shape target, Member pm, ServiceModel model) {
            Object v = JsonShapeReader.REST.readValue(body, target, model, pm.timestampFormat());
            return v instanceof Map<?, ?> m && m.isEmpty() && !target.document() ? null : v;
        }

        @Override
        public Map<String, Object> readMembers(byte[] body, Shape input, ServiceModel model) {
            return JsonShapeReader.REST.readBody(body, input, model, true);
        }
    };

    @Override
    public Struct parse(HttpRequestData request, ServiceModel model, Operation operation) {
        return RestInputs.read(request, model, operation, JSON_BODY);
    }

    static boolean hasBodyMembers(Shape shape) {
        for (Member m : shape.members().values()) {
            if (m.location() == Location.BODY) {
                return true;
            }
        }
        return false;
    }

    @Override
    public HttpResponseData serialize(ServiceModel model, Operation operation, AwsResponse response,
                                      RequestContext context) {
        HttpResponseData r = new HttpResponseData(response.status() != 0 ? response.status() : operation.responseCode());
        if (operation.output() != null) {
            writeShape(r, response.output(), model.target(operation.output()), model);
        }
        if (r.header("Content-Type") == null && (r.body().length > 0 || r.isStreaming())) {
            r.header("Content-Type", CONTENT_TYPE);
        }
        r.header("x-amzn-RequestId", context.requestId());
        response.headers().forEach(r::header);
        if (response.status() != 0) {
            r.status(response.status());
        }
        return r;
    }

    /** Writes an output or error structure: bound members, then the payload or the JSON body. */
    static void writeShape(HttpResponseData r, Map<String, ?> value, Shape shape, ServiceModel model) {
        HttpBindings.writeBound(r, value, shape, model);
        String payload = shape.payload();
        if (payload != null) {
            Member pm = shape.member(payload);
            Shape target = model.target(pm);
            Object v = value.get(payload);
            if (RestPayloads.raw(target)) {
                RestPayloads.write(r, v, target, "application/octet-stream");
            } else if (v != null) {
                r.header("Content-Type", CONTENT_TYPE);
                r.body(JsonBodies.write(g -> JsonValues.REST.write(g, v, target, model, pm.timestampFormat())));
            }
        } else {
            // servers always answer a JSON object, even when every member is bound elsewhere
            r.body(JsonBodies.write(g -> JsonValues.REST.writeStruct(g, value, shape, model, true)));
        }
    }

    @Override
    public HttpResponseData serializeError(ServiceModel model, Operation operation, AwsException error,
                                           String requestId) {
        Shape shape = ErrorCodes.errorShape(model, error.code());
        HttpResponseData r = new HttpResponseData(error.status());
        r.header("x-amzn-ErrorType", error.code());
        Struct fields = errorFields(shape, error);
        if (shape != null) {
            writeShape(r, fields, shape, model);
            if (r.body().length == 0 && !r.isStreaming()) {
                r.body(EMPTY_OBJECT);
            }
        } else {
            r.body(JsonBodies.write(g -> JsonValues.writeUntyped(g, fields)));
        }
        r.header("Content-Type", CONTENT_TYPE);
        r.status(error.status());
        r.header("x-amzn-RequestId", requestId);
        error.headers().forEach(r::header);
        return r;
    }

    /** The error's members with its message under the shape's message member name. */
    static Struct errorFields(Shape shape, AwsException error) {
        Struct fields = new Struct();
        if (error.getMessage() != null) {
            String key = shape == null ? "message" : messageMember(shape);
            if (key != null) {
                fields.put(key, error.getMessage());
            }
        }
        fields.putAll(error.fields());
        return fields;
    }

    /** The error shape's message member ({@code message} or {@code Message}), or null when it has none. */
    static String messageMember(Shape shape) {
        for (String name : shape.members().keySet()) {
            if (name.equalsIgnoreCase("message")) {
                return name;
            }
        }
        return null;
    }

    @Override
    public AwsException unknownOperation(ServiceModel model, String name) {
        return new AwsException("UnknownOperationException", name == null
                ? "No operation of " + model.summary().serviceId() + " matches the request path and method"
                : "Unknown operation " + name + " for service " + model.summary().serviceId(), 404);
    }
}
