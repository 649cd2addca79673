package io.cloudmock.gateway.internal.protocol.json;

import java.util.Map;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;
import io.cloudmock.api.model.Operation;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.Shape;
import io.cloudmock.gateway.internal.http.HttpRequestData;
import io.cloudmock.gateway.internal.http.HttpResponseData;
import io.cloudmock.gateway.internal.protocol.ErrorCodes;
import io.cloudmock.gateway.internal.protocol.ProtocolCodec;

/**
 * The {@code json} protocol (awsJson 1.0 and 1.1): {@code POST /} with {@code X-Amz-Target: Prefix.Operation},
 * JSON bodies, errors as {@code {"__type": ..., "message": ...}}; query-compatible services (SQS) also send
 * their legacy code in {@code x-amzn-query-error}.
 */
public final class JsonCodec implements ProtocolCodec {

    @Override
    public String requestedOperation(HttpRequestData request, ServiceModel model) {
        String target = request.header("X-Amz-Target");
        if (target == null) {
            return null;
        }
        int dot = target.lastIndexOf('.');
        return dot < 0 ? target : target.substring(dot + 1);
    }

    @Override
    public Struct parse(HttpRequestData request, ServiceModel model, Operation operation) {
        byte[] body = request.body();
        if (operation.input() == null) {
            return new Struct();
        }
        Shape input = model.target(operation.input());
        if (input.document()) {
            Object v = JsonShapeReader.JSON.readValue(body, input, model, null);
            return v instanceof Struct s ? s : new Struct();
        }
        return JsonShapeReader.JSON.readBody(body, input, model, false);
    }

    @Override
    public HttpResponseData serialize(ServiceModel model, Operation operation, AwsResponse response,
                                      RequestContext context) {
        Struct output = response.output();
        byte[] body = operation.output() == null ? new byte[0] : write(g -> {
            if (operation.output() == null) {
                g.writeStartObject();
                g.writeEndObject();
            } else {
                Shape shape = model.target(operation.output());
                if (shape.document()) {
                    JsonValues.writeUntyped(g, output);
                } else {
                    JsonValues.JSON.writeStruct(g, output, shape, model, false);
                }
            }
        });
        HttpResponseData r = HttpResponseData.of(response.status() == 0 ? 200 : response.status(),
                contentType(model), body);
        r.header("x-amzn-RequestId", context.requestId());
        response.headers().forEach(r::header);
        return r;
    }

    @Override
    public HttpResponseData serializeError(ServiceModel model, Operation operation, AwsException error,
                                           String requestId) {
        Shape shape = ErrorCodes.errorShape(model, error.code());
        String messageKey = shape != null && shape.members().containsKey("Message") ? "Message" : "message";
        byte[] body = write(g -> {
            g.writeStartObject();
            g.writeStringField("__type", error.code());
            if (error.getMessage() != null) {
                g.writeStringField(messageKey, error.getMessage());
            }
            for (Map.Entry<String, Object> e : error.fields().entrySet()) {
                g.writeFieldName(e.getKey());
                if (shape != null && shape.members().containsKey(e.getKey())) {
                    var m = shape.member(e.getKey());
                    JsonValues.JSON.write(g, e.getValue(), model.target(m), model, m.timestampFormat());
                } else {
                    JsonValues.writeUntyped(g, e.getValue());
                }
            }
            g.writeEndObject();
        });
        HttpResponseData r = HttpResponseData.of(error.status(), contentType(model), body);
        r.header("x-amzn-RequestId", requestId);
        if (model.summary().awsQueryCompatible()) {
            r.header("x-amzn-query-error", ErrorCodes.queryCode(model, error) + ";"
                    + (error.fault() == AwsException.Fault.SENDER ? "Sender" : "Receiver"));
        }
        error.headers().forEach(r::header);
        return r;
    }

    static String contentType(ServiceModel model) {
        String v = model.summary().jsonVersion();
        return "application/x-amz-json-" + (v == null ? "1.0" : v);
    }

    static byte[] write(JsonBodies.Body body) {
        return JsonBodies.write(body);
    }
}
