package io.cloudmock.gateway.internal.protocol.rest;

import static io.cloudmock.gateway.internal.protocol.support.Requests.context;
import static io.cloudmock.gateway.internal.protocol.support.Requests.request;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.Struct;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.gateway.internal.http.HttpRequestData;
import io.cloudmock.gateway.internal.http.HttpResponseData;
import io.cloudmock.gateway.internal.protocol.support.Models;

/** rest-json against the real Lambda, API Gateway and EKS models. */
class RestJsonCodecTest {

    private final RestJsonCodec codec = new RestJsonCodec();
    private final ServiceModel lambda = Models.of("lambda");
    private final ServiceModel apigateway = Models.of("apigateway");
    private final ServiceModel eks = Models.of("eks");

    private Struct parse(ServiceModel model, HttpRequestData request) {
        String op = codec.requestedOperation(request, model);
        return codec.parse(request, model, model.operation(op));
    }

    @Test
    void invokeReadsLabelHeaderAndBlobPayload() {
        Struct in = parse(lambda, request("POST", "/2015-03-31/functions/my-fn/invocations?Qualifier=v1",
                "{\"k\":1}", "X-Amz-Invocation-Type", "Event"));
        assertEquals("my-fn", in.string("FunctionName"));
        assertEquals("v1", in.string("Qualifier"));
        assertEquals("Event", in.string("InvocationType"));
        assertArrayEquals("{\"k\":1}".getBytes(StandardCharsets.UTF_8), in.blob("Payload"));
    }

    @Test
    void invokeWritesStatusHeadersAndRawPayload() {
        Struct out = Struct.of("StatusCode", 202, "FunctionError", "Unhandled",
                "Payload", "{\"ok\":true}".getBytes(StandardCharsets.UTF_8));
        HttpResponseData r = codec.serialize(lambda, lambda.operation("Invoke"), AwsResponse.of(out), context());
        assertEquals(202, r.status());
        assertEquals("Unhandled", r.header("X-Amz-Function-Error"));
        assertEquals("{\"ok\":true}", r.bodyText());
    }

    @Test
    void createFunctionReadsTheJsonBody() {
        Struct in = parse(lambda, request("POST", "/2015-03-31/functions", """
                {"FunctionName":"f","Runtime":"python3.12","Role":"arn:aws:iam::1:role/r","Handler":"h",
                 "Code":{"ZipFile":"UEsDBA=="},"Timeout":30,"Environment":{"Variables":{"A":"1"}}}"""));
        assertEquals("f", in.string("FunctionName"));
        assertEquals(30, in.integer("Timeout"));
        assertEquals(Map.of("A", "1"), in.struct("Environment").map("Variables"));
        assertArrayEquals(new byte[] {'P', 'K', 3, 4}, in.struct("Code").blob("ZipFile"));
    }

    @Test
    void listFunctionsReadsQueryAndWritesBody() {
        Struct in = parse(lambda, request("GET", "/2015-03-31/functions/?MaxItems=5&Marker=m", null));
        assertEquals(5, in.integer("MaxItems"));
        assertEquals("m", in.string("Marker"));
        HttpResponseData r = codec.serialize(lambda, lambda.operation("ListFunctions"),
                AwsResponse.of(Struct.of("Functions", List.of(Struct.of("FunctionName", "f")))), context());
        assertEquals("{\"Functions\":[{\"FunctionName\":\"f\"}]}", r.bodyText());
        assertEquals("application/json", r.header("Content-Type"));
    }

    @Test
    void apiGatewayUsesLowerCaseJsonNamesAndLabels() {
        Struct in = parse(apigateway, request("POST", "/restapis", "{\"name\":\"api\",\"description\":\"d\"}"));
        assertEquals("api", in.string("name"));
        Struct res = parse(apigateway, request("GET", "/restapis/a1/resources?limit=3", null));
        assertEquals("a1", res.string("restApiId"));
        assertEquals(3, res.integer("limit"));
        HttpResponseData r = codec.serialize(apigateway, apigateway.operation("CreateRestApi"),
                AwsResponse.of(Struct.of("id", "a1", "name", "api")), context());
        assertEquals(201, r.status());
    }

    @Test
    void eksReadsNestedStructuresAndTags() {
        Struct in = parse(eks, request("POST", "/clusters", """
                {"name":"prod","roleArn":"arn:aws:iam::1:role/eks","resourcesVpcConfig":{"subnetIds":["s1","s2"]},
                 "tags":{"env":"prod"}}"""));
        assertEquals("prod", in.string("name"));
        assertEquals(List.of("s1", "s2"), in.struct("resourcesVpcConfig").strings("subnetIds"));
        assertEquals(Map.of("env", "prod"), in.map("tags"));
        assertEquals("prod", parse(eks, request("GET", "/clusters/prod", null)).string("name"));
    }

    @Test
    void errorsCarryTheTypeHeaderAndMessage() {
        HttpResponseData r = codec.serializeError(lambda, null, new AwsException("ResourceNotFoundException",
                "Function not found: f", 404).with("Type", "User"), "req-2");
        assertEquals(404, r.status());
        assertEquals("ResourceNotFoundException", r.header("x-amzn-ErrorType"));
        assertEquals("{\"Type\":\"User\",\"Message\":\"Function not found: f\"}", r.bodyText());
    }

    @Test
    void malformedJsonIsASerializationError() {
        AwsException e = assertThrows(AwsException.class,
                () -> parse(lambda, request("POST", "/2015-03-31/functions", "{not json")));
        assertEquals(400, e.status());
    }

    @Test
    void wrongTypeInBodyIsAClientError() {
        AwsException e = assertThrows(AwsException.class,
                () -> parse(lambda, request("POST", "/2015-03-31/functions", "{\"Timeout\":\"x\"}")));
        assertEquals(400, e.status());
    }

    @Test
    void badNumberInQueryIsAClientError() {
        AwsException e = assertThrows(AwsException.class,
                () -> parse(lambda, request("GET", "/2015-03-31/functions/?MaxItems=lots", null)));
        assertEquals(400, e.status());
    }
}
