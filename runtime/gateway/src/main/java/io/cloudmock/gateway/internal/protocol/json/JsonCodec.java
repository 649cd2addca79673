package io.cloudmock.gateway.internal.protocol.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.CommonErrors;
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

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonFactory FACTORY = MAPPER.getFactory();

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
        JsonNode node;
        try {
            node = body.length == 0 ? MAPPER.createObjectNode() : MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw CommonErrors.serialization("Malformed JSON in request body: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (node == null || node.isMissingNode()) {
            node = MAPPER.createObjectNode();
        }
        if (!node.isObject()) {
            throw CommonErrors.serialization("Request body must be a JSON object");
        }
        if (operation.input() == null) {
            return new Struct();
        }
        Shape input = model.target(operation.input());
        if (input.document()) {
            return (Struct) JsonValues.untyped(node);
        }
        return JsonValues.JSON.readStruct(node, input, model, false, "");
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

    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    static byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
