package io.cloudmock.itests.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.cloudmock.itests.AwsClients;
import io.cloudmock.itests.CloudMockProcess;
import io.cloudmock.itests.Http;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.StsException;

/** With {@code --iam-mode verify}, SigV4 signatures of real SDK requests are checked. */
class SignatureVerificationTest {

    private static CloudMockProcess cm;

    @BeforeAll
    static void start() {
        cm = CloudMockProcess.start(List.of("--iam-mode", "verify"));
    }

    @AfterAll
    static void stop() {
        cm.close();
    }

    @Test
    void correctlySignedSdkRequestsPass() {
        try (StsClient sts = AwsClients.create(StsClient.builder(), cm.endpoint())) {
            assertEquals("000000000000", sts.getCallerIdentity().account());
        }
        try (StsClient sts = AwsClients.create(StsClient.builder(), cm.endpoint(), "123456789012", "test",
                Region.AP_SOUTHEAST_2)) {
            assertEquals("123456789012", sts.getCallerIdentity().account());
        }
    }

    @Test
    void aWrongSecretIsSignatureDoesNotMatch() {
        try (StsClient sts = AwsClients.create(StsClient.builder(), cm.endpoint(), "test", "not-the-secret",
                Region.US_EAST_1)) {
            StsException e = assertThrows(StsException.class, sts::getCallerIdentity);
            assertEquals(403, e.statusCode());
            assertEquals("SignatureDoesNotMatch", e.awsErrorDetails().errorCode());
        }
    }

    @Test
    void anUnknownAccessKeyIsRejected() {
        try (StsClient sts = AwsClients.create(StsClient.builder(), cm.endpoint(), "AKIAUNKNOWNKEY000000", "x",
                Region.US_EAST_1)) {
            StsException e = assertThrows(StsException.class, sts::getCallerIdentity);
            assertEquals(403, e.statusCode());
            assertEquals("UnrecognizedClientException", e.awsErrorDetails().errorCode());
        }
    }

    @Test
    void anUnsignedRequestIsMissingAuthenticationToken() {
        var r = Http.post(cm.endpoint(), "application/x-www-form-urlencoded", "Action=GetCallerIdentity&Version=2011-06-15",
                "X-CloudMock-Service", "sts");
        assertEquals(403, r.statusCode());
        org.junit.jupiter.api.Assertions.assertTrue(r.body().contains("MissingAuthenticationToken"), r.body());
    }
}
