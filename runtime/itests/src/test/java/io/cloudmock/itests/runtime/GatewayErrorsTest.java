package io.cloudmock.itests.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import io.cloudmock.itests.CloudMockProcess;
import io.cloudmock.itests.Http;

/** Bad input gets the AWS error of its protocol, never a stack trace, and the process keeps serving. */
class GatewayErrorsTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private final CloudMockProcess cm = CloudMockProcess.shared();

    @Test
    void unknownQueryActionIsInvalidAction() {
        HttpResponse<String> r = Http.post(cm.endpoint(), FORM, "Action=NoSuchThing&Version=2011-06-15",
                "Authorization", sigScope("sts"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("<Code>InvalidAction</Code>"), r.body());
        assertTrue(r.body().startsWith("<ErrorResponse"), r.body());
        assertTrue(r.headers().firstValue("x-amzn-RequestId").isPresent());
    }

    @Test
    void missingRequiredQueryParameterIsMissingParameter() {
        HttpResponse<String> r = Http.post(cm.endpoint(), FORM, "Action=AssumeRole&Version=2011-06-15&RoleSessionName=x",
                "Authorization", sigScope("sts"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("<Code>MissingParameter</Code>"), r.body());
        assertTrue(r.body().contains("RoleArn"), r.body());
    }

    @Test
    void wrongTypeIsAClientErrorNotAStackTrace() {
        HttpResponse<String> r = Http.post(cm.endpoint(), FORM,
                "Action=GetSessionToken&Version=2011-06-15&DurationSeconds=lots", "Authorization", sigScope("sts"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("<Code>InvalidParameterValue</Code>"), r.body());
        assertFalse(r.body().contains("Exception:"), r.body());
    }

    @Test
    void unservedTargetPrefixIsUnknownOperationInJson() {
        HttpResponse<String> r = Http.post(cm.endpoint(), "application/x-amz-json-1.0", "{}",
                "X-Amz-Target", "NoSuchService_20200101.DoIt");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("\"__type\":\"UnknownOperationException\""), r.body());
    }

    @Test
    void malformedSignatureScopeIsIncompleteSignature() {
        HttpResponse<String> r = Http.post(cm.endpoint(), FORM, "Action=GetCallerIdentity&Version=2011-06-15",
                "Authorization", "AWS4-HMAC-SHA256 Credential=test/garbage, SignedHeaders=host, Signature=00");
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("IncompleteSignature"), r.body());
        assertTrue(cm.isAlive());
    }

    @Test
    void anOversizeBodyIsRequestEntityTooLargeAndTheServerKeepsServing() {
        String huge = "Action=GetCallerIdentity&Version=2011-06-15&Padding=" + "x".repeat(65 * 1024 * 1024);
        HttpResponse<String> r = Http.post(cm.endpoint(), FORM, huge, "Authorization", sigScope("sts"));
        assertEquals(413, r.statusCode());
        assertTrue(r.body().contains("RequestEntityTooLarge"), r.body());
        HttpResponse<String> ok = Http.post(cm.endpoint(), FORM, "Action=GetCallerIdentity&Version=2011-06-15",
                "Authorization", sigScope("sts"));
        assertEquals(200, ok.statusCode());
    }

    static String sigScope(String service) {
        return "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/" + service
                + "/aws4_request, SignedHeaders=host;x-amz-date, Signature=0000";
    }
}
