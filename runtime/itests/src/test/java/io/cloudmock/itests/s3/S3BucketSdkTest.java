package io.cloudmock.itests.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.cloudmock.itests.CloudMockProcess;
import io.cloudmock.itests.Http;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.CORSRule;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.s3.model.LifecycleRule;
import software.amazon.awssdk.services.s3.model.LifecycleRuleFilter;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.Permission;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Tag;

/** Bucket operations and stored bucket configurations through the AWS SDK for Java v2. */
class S3BucketSdkTest {

    private final CloudMockProcess cm = CloudMockProcess.shared();
    private static S3Client s3;

    private S3Client s3() {
        if (s3 == null) {
            s3 = S3Clients.pathStyle(cm);
        }
        return s3;
    }

    @AfterAll
    static void close() {
        if (s3 != null) {
            s3.close();
        }
    }

    @Test
    void createHeadLocateListAndDeleteBuckets() {
        String us = S3Clients.bucket("life-us");
        String eu = S3Clients.bucket("life-eu");
        s3().createBucket(b -> b.bucket(us));
        s3().createBucket(b -> b.bucket(eu).createBucketConfiguration(c -> c.locationConstraint(
                BucketLocationConstraint.EU_WEST_1)));
        assertEquals("eu-west-1", s3().headBucket(b -> b.bucket(eu)).bucketRegion());
        String usLocation = s3().getBucketLocation(b -> b.bucket(us)).locationConstraintAsString();
        assertTrue(usLocation == null || usLocation.isEmpty(), "us-east-1 has an empty location: " + usLocation);
        assertEquals("eu-west-1", s3().getBucketLocation(b -> b.bucket(eu)).locationConstraintAsString());
        List<String> names = s3().listBuckets().buckets().stream().map(x -> x.name()).toList();
        assertTrue(names.contains(us) && names.contains(eu), names.toString());
        var page = s3().listBuckets(b -> b.prefix("life-").maxBuckets(1));
        assertEquals(1, page.buckets().size());
        assertTrue(page.continuationToken() != null, "a continuation token when more buckets follow");

        assertThrows(BucketAlreadyOwnedByYouException.class, () -> s3().createBucket(b -> b.bucket(us)));
        s3().putObject(b -> b.bucket(us).key("k"), RequestBody.fromString("x"));
        S3Exception notEmpty = assertThrows(S3Exception.class, () -> s3().deleteBucket(b -> b.bucket(us)));
        assertEquals("BucketNotEmpty", notEmpty.awsErrorDetails().errorCode());
        assertEquals(409, notEmpty.statusCode());
        s3().deleteObject(b -> b.bucket(us).key("k"));
        s3().deleteBucket(b -> b.bucket(us));
        assertThrows(NoSuchBucketException.class, () -> s3().headBucket(b -> b.bucket(us)));
        NoSuchBucketException gone = assertThrows(NoSuchBucketException.class,
                () -> s3().listObjectsV2(b -> b.bucket(us)));
        assertEquals("NoSuchBucket", gone.awsErrorDetails().errorCode());
        assertTrue(gone.requestId() != null && !gone.requestId().isEmpty(), "x-amz-request-id is returned");
    }

    @Test
    void invalidBucketNamesGetS3sBareErrorDocument() {
        // the SDK refuses most bad names itself, so these go over plain HTTP
        for (String bad : new String[] {"ab", "Upper-Case", "bad_underscore", "192.168.1.1", "-dash-first"}) {
            HttpResponse<String> r = Http.send(HttpRequest.newBuilder(cm.endpoint().resolve("/" + bad))
                    .PUT(HttpRequest.BodyPublishers.noBody()));
            assertEquals(400, r.statusCode(), bad);
            assertTrue(r.body().contains("<Error><Code>InvalidBucketName</Code><Message>"), r.body());
            assertTrue(r.body().contains("<Resource>/" + bad + "</Resource>"), r.body());
            String requestId = r.headers().firstValue("x-amz-request-id").orElseThrow();
            assertTrue(r.body().contains("<RequestId>" + requestId + "</RequestId>"), r.body());
            assertTrue(r.headers().firstValue("x-amz-id-2").isPresent());
        }
        HttpResponse<String> head = Http.send(HttpRequest.newBuilder(cm.endpoint().resolve("/no-such-bucket-here/k"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(404, head.statusCode());
        assertEquals("", head.body(), "HEAD errors have no body");
    }

    @Test
    void taggingVersioningPolicyCorsLifecycleAndAclAreStoredAndReturned() {
        String bucket = S3Clients.bucket("configs");
        s3().createBucket(b -> b.bucket(bucket));

        S3Exception noTags = assertThrows(S3Exception.class, () -> s3().getBucketTagging(b -> b.bucket(bucket)));
        assertEquals("NoSuchTagSet", noTags.awsErrorDetails().errorCode());
        s3().putBucketTagging(b -> b.bucket(bucket).tagging(t -> t.tagSet(Tag.builder().key("env").value("dev").build(),
                Tag.builder().key("team").value("a b").build())));
        assertEquals(List.of("env=dev", "team=a b"), s3().getBucketTagging(b -> b.bucket(bucket)).tagSet().stream()
                .map(t -> t.key() + "=" + t.value()).toList());
        s3().deleteBucketTagging(b -> b.bucket(bucket));
        assertThrows(S3Exception.class, () -> s3().getBucketTagging(b -> b.bucket(bucket)));

        assertNull(s3().getBucketVersioning(b -> b.bucket(bucket)).status());
        s3().putBucketVersioning(b -> b.bucket(bucket).versioningConfiguration(v -> v.status(
                BucketVersioningStatus.ENABLED)));
        assertEquals(BucketVersioningStatus.ENABLED, s3().getBucketVersioning(b -> b.bucket(bucket)).status());

        S3Exception noPolicy = assertThrows(S3Exception.class, () -> s3().getBucketPolicy(b -> b.bucket(bucket)));
        assertEquals("NoSuchBucketPolicy", noPolicy.awsErrorDetails().errorCode());
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
                + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::" + bucket + "/*\"}]}";
        s3().putBucketPolicy(b -> b.bucket(bucket).policy(policy));
        assertEquals(policy, s3().getBucketPolicy(b -> b.bucket(bucket)).policy());
        s3().deleteBucketPolicy(b -> b.bucket(bucket));

        s3().putBucketCors(b -> b.bucket(bucket).corsConfiguration(c -> c.corsRules(CORSRule.builder()
                .allowedMethods("GET", "PUT").allowedOrigins("https://example.com").allowedHeaders("*")
                .exposeHeaders("ETag").maxAgeSeconds(300).build())));
        CORSRule rule = s3().getBucketCors(b -> b.bucket(bucket)).corsRules().get(0);
        assertEquals(List.of("GET", "PUT"), rule.allowedMethods());
        assertEquals(List.of("https://example.com"), rule.allowedOrigins());
        assertEquals(300, rule.maxAgeSeconds());
        s3().deleteBucketCors(b -> b.bucket(bucket));
        S3Exception noCors = assertThrows(S3Exception.class, () -> s3().getBucketCors(b -> b.bucket(bucket)));
        assertEquals("NoSuchCORSConfiguration", noCors.awsErrorDetails().errorCode());

        s3().putBucketLifecycleConfiguration(b -> b.bucket(bucket).lifecycleConfiguration(l -> l.rules(
                LifecycleRule.builder().id("expire-logs").status(ExpirationStatus.ENABLED)
                        .filter(LifecycleRuleFilter.builder().prefix("logs/").build())
                        .expiration(e -> e.days(30)).build())));
        LifecycleRule stored = s3().getBucketLifecycleConfiguration(b -> b.bucket(bucket)).rules().get(0);
        assertEquals("expire-logs", stored.id());
        assertEquals(30, stored.expiration().days());
        assertEquals("logs/", stored.filter().prefix());
        s3().deleteBucketLifecycle(b -> b.bucket(bucket));
        S3Exception noLifecycle = assertThrows(S3Exception.class,
                () -> s3().getBucketLifecycleConfiguration(b -> b.bucket(bucket)));
        assertEquals("NoSuchLifecycleConfiguration", noLifecycle.awsErrorDetails().errorCode());

        var acl = s3().getBucketAcl(b -> b.bucket(bucket));
        assertEquals(Permission.FULL_CONTROL, acl.grants().get(0).permission());
        assertFalse(acl.owner().id().isEmpty());
    }
}
