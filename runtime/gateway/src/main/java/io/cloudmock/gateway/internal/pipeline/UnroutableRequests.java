package io.cloudmock.gateway.internal.pipeline;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmock.api.AwsException;
import io.cloudmock.gateway.internal.http.HttpRequestData;
import io.cloudmock.gateway.internal.http.HttpResponseData;
import io.cloudmock.gateway.internal.protocol.xml.XmlBuilder;

/**
 * Answers requests no active service claims (or errors before a service was found) in the form the client
 * most likely parses: JSON for {@code X-Amz-Target} requests, query XML otherwise.
 */
final class UnroutableRequests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private UnroutableRequests() {
    }

    static HttpResponseData answer(HttpRequestData request, String requestId,
                                   io.cloudmock.gateway.internal.protocol.CodecRegistry codecs) {
        String target = request.header("X-Amz-Target");
        String action = request.formParameter("Action");
        AwsException e;
        if (target != null) {
            e = new AwsException("UnknownOperationException", "No service of CloudMock serves X-Amz-Target " + target
                    + ": the service is not installed or not running", 400);
        } else if (action != null) {
            e = new AwsException("InvalidAction", "No service of CloudMock serves the action " + action
                    + ": the service is not installed or not running", 400);
        } else {
            e = new AwsException("UnknownService", "CloudMock could not tell which AWS service this request is for, "
                    + "or that service is not installed: " + request.method() + " " + request.rawPath(), 404);
        }
        return error(request, e, requestId, codecs);
    }

    static HttpResponseData error(HttpRequestData request, AwsException e, String requestId,
                                  io.cloudmock.gateway.internal.protocol.CodecRegistry codecs) {
        HttpResponseData r;
        if (request.header("X-Amz-Target") != null) {
            ObjectNode body = JSON.createObjectNode().put("__type", e.code()).put("message", e.getMessage());
            r = HttpResponseData.of(e.status(), "application/x-amz-json-1.1",
                    body.toString().getBytes(StandardCharsets.UTF_8));
        } else {
            XmlBuilder x = new XmlBuilder().start("ErrorResponse").start("Error")
                    .element("Type", e.fault() == AwsException.Fault.SENDER ? "Sender" : "Receiver")
                    .element("Code", e.code()).element("Message", e.getMessage()).end("Error")
                    .element("RequestId", requestId).end("ErrorResponse");
            r = HttpResponseData.of(e.status(), "text/xml", "HEAD".equals(request.method()) ? new byte[0] : x.toBytes());
        }
        r.header("x-amzn-RequestId", requestId);
        return r;
    }
}
