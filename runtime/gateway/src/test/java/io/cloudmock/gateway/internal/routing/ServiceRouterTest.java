package io.cloudmock.gateway.internal.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.AwsService;
import io.cloudmock.gateway.internal.auth.SigV4;
import io.cloudmock.gateway.internal.http.HttpRequestData;
import io.cloudmock.models.internal.BotocoreModels;

class ServiceRouterTest {

    private static final BotocoreModels MODELS = new BotocoreModels();
    private static final AwsService NOOP = r -> AwsResponse.empty();

    private final ServiceRegistry registry = new ServiceRegistry();
    private final ServiceRouter router = new ServiceRouter(registry);
    private long ids;

    private RegisteredService register(String name, int ranking) {
        var summary = MODELS.summary(name).orElseThrow();
        RegisteredService s = new RegisteredService(summary, NOOP, ranking, "tier1", "test", () ->
                MODELS.model(name).orElseThrow(), ++ids);
        registry.add(List.of(s));
        return s;
    }

    private String route(String method, String uri, Map<String, String> headers, String body) {
        HttpRequestData r = HttpRequestData.of(method, uri, headers, body == null ? null : body.getBytes());
        return router.route(r, SigV4.scope(r)).map(RegisteredService::name).orElse("-");
    }

    private static String auth(String service) {
        return "AWS4-HMAC-SHA256 Credential=test/20260101/eu-west-1/" + service + "/aws4_request, SignedHeaders=host, Signature=00";
    }

    @Test
    void routesInTheDocumentedOrder() {
        register("sts", 100);
        register("sqs", 100);
        register("dynamodb", 100);
        register("dynamodbstreams", 100);
        register("s3", 100);
        register("sns", 100);
        assertEquals("sqs", route("POST", "/", Map.of("X-CloudMock-Service", "sqs", "X-Amz-Target",
                "DynamoDB_20120810.ListTables"), "{}"), "explicit header first");
        assertEquals("dynamodbstreams", route("POST", "/", Map.of("X-Amz-Target", "DynamoDBStreams_20120810.ListStreams",
                "Authorization", auth("dynamodb")), "{}"), "target prefix disambiguates a shared signing name");
        assertEquals("sts", route("POST", "/", Map.of("Authorization", auth("sts"), "Content-Type",
                "application/x-www-form-urlencoded"), "Action=GetCallerIdentity"), "credential scope");
        assertEquals("sns", route("POST", "/", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "Action=Publish&Version=2010-03-31"), "query Action of an unsigned request");
        assertEquals("sqs", route("POST", "/", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "Action=SendMessage&Version=2012-11-05"), "legacy query form of a query-compatible JSON service");
        assertEquals("s3", route("GET", "/key", Map.of("Host", "bucket.s3.localhost:4566"), null), "S3 virtual host");
        assertEquals("sqs", route("POST", "/", Map.of("Host", "sqs.eu-west-1.localhost:4566"), "{}"), "endpoint host");
        assertEquals("s3", route("GET", "/bucket/key?X-Amz-Credential=test%2F20260101%2Fus-east-1%2Fs3%2Faws4_request",
                Map.of(), null), "presigned URL scope");
        assertEquals("s3", route("GET", "/bucket", Map.of(), null), "plain REST requests default to S3");
        assertEquals("sts", route("POST", "/", Map.of("X-Amz-Target", "Unknown_2020.Op", "Authorization", auth("sts")),
                "{}"), "an unknown target prefix falls back to the credential scope");
        assertEquals("-", route("POST", "/", Map.of("X-Amz-Target", "Unknown_2020.Op"), "{}"),
                "an unknown target prefix without a scope is unroutable");
        assertEquals("-", route("POST", "/", Map.of("X-Amz-Target", "Unknown_2020.Op", "Authorization",
                auth("gone")), "{}"), "an unknown target prefix and scope never falls back to S3");
    }

    @Test
    void servicesSharingASigningNameAreToldApartByVersionAndRestPath() {
        register("elb", 100);
        register("elbv2", 100);
        register("apigateway", 100);
        register("apigatewayv2", 100);
        register("s3", 100);
        register("s3control", -100);
        Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded",
                "Authorization", auth("elasticloadbalancing"));
        assertEquals("elbv2", route("POST", "/", form, "Action=DescribeLoadBalancers&Version=2015-12-01"));
        assertEquals("elb", route("POST", "/", form, "Action=DescribeLoadBalancers&Version=2012-06-01"));
        assertEquals("apigatewayv2", route("GET", "/v2/apis", Map.of("Authorization", auth("apigateway")), null));
        assertEquals("apigateway", route("GET", "/restapis", Map.of("Authorization", auth("apigateway")), null));
        assertEquals("s3", route("GET", "/bucket/key", Map.of("Authorization", auth("s3")), null));
        assertEquals("s3control", route("GET", "/v20180820/configuration/publicAccessBlock",
                Map.of("Authorization", auth("s3"), "x-amz-account-id", "000000000000"), null));
    }

    @Test
    void higherRankingWinsAndTheOtherComesBackWhenItGoes() {
        RegisteredService stub = register("sqs", -100);
        RegisteredService tier1 = register("sqs", 100);
        assertEquals(tier1, registry.byName("sqs").orElseThrow());
        registry.remove(tier1.id());
        assertEquals(stub, registry.byName("sqs").orElseThrow());
        registry.remove(stub.id());
        assertTrue(registry.byName("sqs").isEmpty());
    }

    @Test
    void regionComesFromTheHostWhenUnsigned() {
        assertEquals("eu-central-1", ServiceRouter.regionFromHost("sqs.eu-central-1.localhost.localstack.cloud:4566"));
        assertEquals(null, ServiceRouter.regionFromHost("localhost:4566"));
    }
}
