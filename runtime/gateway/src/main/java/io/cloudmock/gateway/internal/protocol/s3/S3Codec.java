package io.cloudmock.gateway.internal.protocol.s3;

import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;
import io.cloudmock.api.model.Operation;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.gateway.internal.http.HttpRequestData;
import io.cloudmock.gateway.internal.http.HttpResponseData;
import io.cloudmock.gateway.internal.protocol.ProtocolCodec;
import io.cloudmock.gateway.internal.protocol.rest.RestXmlCodec;
import io.cloudmock.gateway.internal.protocol.xml.XmlBuilder;

/**
 * The S3 quirks codec: the generic rest-xml bindings ({@link RestXmlCodec}) plus what only S3 does: virtual-host
 * addressing rewritten to path style,
 * operations resolved from sub-resources and the copy-source header, {@code aws-chunked} bodies decoded as
 * streams with their trailing checksums verified, streamed object bodies, and S3's bare {@code <Error>}
 * format with {@code x-amz-request-id} / {@code x-amz-id-2}.
 */
public final class S3Codec implements ProtocolCodec {

    static final String XMLNS = "http://s3.amazonaws.com/doc/2006-03-01/";

    @Override
    public String requestedOperation(HttpRequestData request, ServiceModel model) {
        S3Address address = S3Address.of(request.header("Host"), request.rawPath());
        String explicit = request.queryParameter("x-id");
        if (explicit != null && model.operation(explicit) != null) {
            Operation op = model.operation(explicit);
            if (op.httpMethod().equals(request.method())) {
                return explicit;
            }
        }
        return S3Routes.operation(request.method(), address, request.queryParameters(),
                request.header("x-amz-copy-source"));
    }

    @Override
    public Struct parse(HttpRequestData request, ServiceModel model, Operation operation) {
        HttpRequestData plain = S3Requests.normalize(request);
        Struct input = RestXmlCodec.readInput(plain, model, operation);
        if (operation.input() != null) {
            S3Requests.complete(input, request, model.target(operation.input()));
        }
        S3Address address = S3Address.of(request.header("Host"), request.rawPath());
        if (input.containsKey("Key") || address.key() != null && operation.requestUri().contains("{Key+}")) {
            input.set("Key", address.key()); // S3 keys keep a trailing slash the generic greedy label drops
        }
        return input;
    }

    @Override
    public HttpResponseData serialize(ServiceModel model, Operation operation, AwsResponse response,
                                      RequestContext context) {
        HttpResponseData r = S3ResponseWriter.write(model, operation, response);
        requestIds(r, context.requestId());
        response.headers().forEach(r::header);
        return r;
    }

    @Override
    public HttpResponseData serializeError(ServiceModel model, Operation operation, AwsException error,
                                           String requestId) {
        HttpResponseData r = new HttpResponseData(error.status());
        requestIds(r, requestId);
        error.headers().forEach(r::header);
        if (error.status() == 304) {
            return r;
        }
        XmlBuilder x = new XmlBuilder().declaration().start("Error");
        x.element("Code", error.code()).element("Message", error.getMessage() == null ? "" : error.getMessage());
        for (Map.Entry<String, Object> f : error.fields().entrySet()) {
            if (f.getValue() != null) {
                x.element(f.getKey(), String.valueOf(f.getValue()));
            }
        }
        x.element("RequestId", requestId).element("HostId", hostId()).end("Error");
        r.header("Content-Type", "application/xml");
        return r.body(x.toBytes());
    }

    @Override
    public AwsException unknownOperation(ServiceModel model, String name) {
        return new AwsException("MethodNotAllowed", "The specified method is not allowed against this resource.",
                405);
    }

    @Override
    public AwsException missingRequired(String memberPath) {
        return new AwsException("InvalidRequest", "Missing required parameter " + memberPath, 400);
    }

    private static void requestIds(HttpResponseData r, String requestId) {
        r.header("x-amz-request-id", requestId);
        r.header("x-amz-id-2", hostId());
    }

    private static String hostId() {
        byte[] b = new byte[48];
        ThreadLocalRandom.current().nextBytes(b);
        return Base64.getEncoder().encodeToString(b);
    }
}
