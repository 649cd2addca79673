package io.cloudmock.itests.s3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.cloudmock.itests.CloudMockProcess;
import io.cloudmock.itests.Http;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Presigned GET and PUT URLs against an instance that verifies signatures (expiry honoured), and buckets and
 * objects surviving a restart with {@code --data-dir}.
 */
class S3PresignAndRestartTest {

    @Test
    void presignedUrlsWorkWithVerifiedSignaturesUntilTheyExpire() throws Exception {
        try (CloudMockProcess cm = CloudMockProcess.start(List.of("--iam-mode", "verify"));
             S3Client s3 = S3Clients.pathStyle(cm);
             S3Presigner presigner = S3Presigner.builder().endpointOverride(cm.endpoint()).region(Region.US_EAST_1)
                     .credentialsProvider(S3Clients.credentials())
                     .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()).build()) {
            String bucket = S3Clients.bucket("presign");
            s3.createBucket(b -> b.bucket(bucket));
            String key = "shared files/report +1.txt";

            URI putUrl = presigner.presignPutObject(p -> p.signatureDuration(Duration.ofMinutes(5))
                    .putObjectRequest(r -> r.bucket(bucket).key(key))).url().toURI();
            HttpResponse<String> put = Http.send(HttpRequest.newBuilder(putUrl)
                    .PUT(HttpRequest.BodyPublishers.ofString("uploaded with a presigned URL")));
            assertEquals(200, put.statusCode(), put.body());

            URI getUrl = presigner.presignGetObject(p -> p.signatureDuration(Duration.ofMinutes(5))
                    .getObjectRequest(r -> r.bucket(bucket).key(key))).url().toURI();
            HttpResponse<String> get = Http.send(HttpRequest.newBuilder(getUrl).GET());
            assertEquals(200, get.statusCode(), get.body());
            assertEquals("uploaded with a presigned URL", get.body());

            String tampered = getUrl.toString().replace("X-Amz-Signature=", "X-Amz-Signature=0");
            HttpResponse<String> bad = Http.send(HttpRequest.newBuilder(URI.create(tampered)).GET());
            assertEquals(403, bad.statusCode());
            assertTrue(bad.body().contains("<Code>SignatureDoesNotMatch</Code>"), bad.body());

            URI shortLived = presigner.presignGetObject(p -> p.signatureDuration(Duration.ofSeconds(1))
                    .getObjectRequest(r -> r.bucket(bucket).key(key))).url().toURI();
            Thread.sleep(2500);
            HttpResponse<String> expired = Http.send(HttpRequest.newBuilder(shortLived).GET());
            assertEquals(403, expired.statusCode());
            assertTrue(expired.body().contains("<Code>AccessDenied</Code>"), expired.body());
        }
    }

    @Test
    void bucketsVersionsAndObjectsSurviveARestartWithADataDirectory() throws Exception {
        Path dir = Files.createTempDirectory("cloudmock-s3-data-");
        String bucket = S3Clients.bucket("durable");
        byte[] big = new byte[3 * 1024 * 1024 + 5];
        new Random(7).nextBytes(big);
        String v1;
        try (CloudMockProcess cm = CloudMockProcess.start(List.of("--data-dir", dir.toString()));
             S3Client s3 = S3Clients.pathStyle(cm)) {
            s3.createBucket(b -> b.bucket(bucket));
            s3.putBucketVersioning(b -> b.bucket(bucket).versioningConfiguration(v -> v.status(
                    BucketVersioningStatus.ENABLED)));
            s3.putBucketTagging(b -> b.bucket(bucket).tagging(t -> t.tagSet(x -> x.key("keep").value("yes"))));
            v1 = s3.putObject(b -> b.bucket(bucket).key("doc").metadata(java.util.Map.of("m", "1")),
                    RequestBody.fromString("first")).versionId();
            s3.putObject(b -> b.bucket(bucket).key("doc"), RequestBody.fromString("second"));
            s3.putObject(b -> b.bucket(bucket).key("big.bin"), RequestBody.fromBytes(big));
            s3.putObject(b -> b.bucket(bucket).key("gone"), RequestBody.fromString("x"));
            s3.deleteObject(b -> b.bucket(bucket).key("gone"));
        }
        try (CloudMockProcess cm = CloudMockProcess.start(List.of("--data-dir", dir.toString()));
             S3Client s3 = S3Clients.pathStyle(cm)) {
            assertEquals("second", s3.getObjectAsBytes(b -> b.bucket(bucket).key("doc")).asUtf8String());
            var first = s3.getObjectAsBytes(b -> b.bucket(bucket).key("doc").versionId(v1));
            assertEquals("first", first.asUtf8String());
            assertEquals("1", first.response().metadata().get("m"));
            assertArrayEquals(big, s3.getObjectAsBytes(b -> b.bucket(bucket).key("big.bin")).asByteArray());
            assertEquals(List.of("big.bin", "doc"), s3.listObjectsV2(b -> b.bucket(bucket)).contents().stream()
                    .map(o -> o.key()).toList());
            assertEquals("yes", s3.getBucketTagging(b -> b.bucket(bucket)).tagSet().get(0).value());
            assertEquals(BucketVersioningStatus.ENABLED, s3.getBucketVersioning(b -> b.bucket(bucket)).status());
            assertEquals(1, s3.listObjectVersions(b -> b.bucket(bucket).prefix("gone")).deleteMarkers().size());
        }
    }
}
