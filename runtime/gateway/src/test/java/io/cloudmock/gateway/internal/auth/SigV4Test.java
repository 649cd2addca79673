package io.cloudmock.gateway.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudmock.api.AwsException;
import io.cloudmock.gateway.internal.http.HttpRequestData;

/** Against the AWS SigV4 test suite's "get-vanilla" and "post-x-www-form-urlencoded" examples. */
class SigV4Test {

    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    @Test
    void verifiesTheAwsTestSuiteGetVanillaSignature() {
        HttpRequestData r = HttpRequestData.of("GET", "/", Map.of("Host", "example.amazonaws.com",
                "X-Amz-Date", "20150830T123600Z", "Authorization", "AWS4-HMAC-SHA256 "
                        + "Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, "
                        + "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"), null);
        SigV4.Scope scope = SigV4.scope(r);
        assertEquals("us-east-1", scope.region());
        assertEquals("service", scope.service());
        SigV4.verify(r, scope, SECRET, false);
        assertThrows(AwsException.class, () -> SigV4.verify(r, scope, "other", false));
    }

    @Test
    void presignedUrlsExpire() {
        HttpRequestData r = HttpRequestData.of("GET", "/b/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential="
                + "test%2F20260101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20260101T000000Z&X-Amz-Expires=60"
                + "&X-Amz-SignedHeaders=host&X-Amz-Signature=00", Map.of("Host", "localhost"), null);
        SigV4.Scope scope = SigV4.scope(r);
        SigV4.checkNotExpired(scope, Instant.parse("2026-01-01T00:00:59Z"));
        AwsException e = assertThrows(AwsException.class,
                () -> SigV4.checkNotExpired(scope, Instant.parse("2026-01-01T00:01:01Z")));
        assertEquals("AccessDenied", e.code());
        assertEquals(403, e.status());
    }

    @Test
    void aMalformedCredentialIsIncompleteSignature() {
        HttpRequestData r = HttpRequestData.of("GET", "/", Map.of("Authorization",
                "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1, SignedHeaders=host, Signature=00"), null);
        assertEquals("IncompleteSignature", assertThrows(AwsException.class, () -> SigV4.scope(r)).code());
    }
}
