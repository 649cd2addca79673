package io.cloudmock.itests.sts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.cloudmock.itests.AwsClients;
import io.cloudmock.itests.CloudMockProcess;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.StsException;

/** STS through the AWS SDK for Java v2 against the real distribution. */
class StsSdkTest {

    private final CloudMockProcess cm = CloudMockProcess.shared();

    @Test
    void getCallerIdentityReturnsTheDefaultAccountRoot() {
        try (StsClient sts = AwsClients.create(StsClient.builder(), cm.endpoint())) {
            var id = sts.getCallerIdentity();
            assertEquals("000000000000", id.account());
            assertEquals("arn:aws:iam::000000000000:root", id.arn());
            assertTrue(id.responseMetadata().requestId().length() > 10, "request id header is returned");
        }
    }

    @Test
    void aTwelveDigitAccessKeyIsTheAccount() {
        try (StsClient sts = AwsClients.create(StsClient.builder(), cm.endpoint(), "111122223333", "x",
                Region.EU_WEST_1)) {
            assertEquals("111122223333", sts.getCallerIdentity().account());
        }
    }

    @Test
    void assumedRoleCredentialsCarryTheRoleIdentity() {
        try (StsClient sts = AwsClients.create(StsClient.builder(), cm.endpoint())) {
            AssumeRoleResponse r = sts.assumeRole(b -> b.roleArn("arn:aws:iam::123456789012:role/app/deployer")
                    .roleSessionName("ci-run").durationSeconds(1800));
            var c = r.credentials();
            assertTrue(c.accessKeyId().startsWith("ASIA"));
            assertEquals("arn:aws:sts::123456789012:assumed-role/deployer/ci-run", r.assumedRoleUser().arn());
            assertTrue(c.expiration().isAfter(java.time.Instant.now().plusSeconds(1700)));
            try (StsClient asRole = AwsClients.create(StsClient.builder(), cm.endpoint(), c.accessKeyId(),
                    c.secretAccessKey(), Region.US_EAST_1)) {
                var id = asRole.getCallerIdentity();
                assertEquals("123456789012", id.account());
                assertEquals(r.assumedRoleUser().arn(), id.arn());
                assertEquals("123456789012", asRole.getAccessKeyInfo(b -> b.accessKeyId(c.accessKeyId())).account());
            }
        }
    }

    @Test
    void invalidInputGetsStsValidationError() {
        try (StsClient sts = AwsClients.create(StsClient.builder(), cm.endpoint())) {
            StsException e = assertThrows(StsException.class, () -> sts.assumeRole(b -> b
                    .roleArn("arn:aws:iam::123456789012:role/x").roleSessionName("a b")));
            assertEquals("ValidationError", e.awsErrorDetails().errorCode());
            assertEquals(400, e.statusCode());
            StsException range = assertThrows(StsException.class, () -> sts.getSessionToken(b -> b.durationSeconds(200_000)));
            assertEquals("ValidationError", range.awsErrorDetails().errorCode());
        }
    }

    @Test
    void getSessionTokenIssuesTemporaryCredentials() {
        try (StsClient sts = AwsClients.create(StsClient.builder(), cm.endpoint())) {
            var c = sts.getSessionToken().credentials();
            assertTrue(c.accessKeyId().startsWith("ASIA"));
            assertEquals(40, c.secretAccessKey().length());
            assertTrue(c.sessionToken().length() > 100);
        }
    }
}
