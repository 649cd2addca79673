package io.cloudmock.itests.s3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.cloudmock.itests.CloudMockProcess;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Tag;

/** Object operations through the AWS SDK for Java v2, path style and virtual-host style. */
class S3ObjectSdkTest {

    private static final CloudMockProcess CM = CloudMockProcess.shared();
    private static S3Client s3;
    private static String bucket;

    @BeforeAll
    static void setUp() {
        s3 = S3Clients.pathStyle(CM);
        bucket = S3Clients.bucket("objects");
        s3.createBucket(b -> b.bucket(bucket));
    }

    @AfterAll
    static void close() {
        s3.close();
    }

    @Test
    void putGetHeadDeleteWithMetadataAndRepresentationHeaders() throws Exception {
        byte[] body = "hello, object".getBytes(StandardCharsets.UTF_8);
        var put = s3.putObject(b -> b.bucket(bucket).key("docs/readme.txt").contentType("text/plain")
                .contentEncoding("identity").contentDisposition("attachment; filename=\"r.txt\"")
                .cacheControl("max-age=60").metadata(Map.of("Owner", "alice", "trace-id", "t-1")),
                RequestBody.fromBytes(body));
        String md5 = "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body)) + "\"";
        assertEquals(md5, put.eTag(), "ETag is the MD5 of a simple upload");

        ResponseBytes<GetObjectResponse> got = s3.getObjectAsBytes(b -> b.bucket(bucket).key("docs/readme.txt"));
        assertArrayEquals(body, got.asByteArray());
        GetObjectResponse r = got.response();
        assertEquals("text/plain", r.contentType());
        assertEquals("identity", r.contentEncoding());
        assertEquals("attachment; filename=\"r.txt\"", r.contentDisposition());
        assertEquals("max-age=60", r.cacheControl());
        assertEquals(Map.of("owner", "alice", "trace-id", "t-1"), r.metadata());
        assertEquals(md5, r.eTag());

        var head = s3.headObject(b -> b.bucket(bucket).key("docs/readme.txt"));
        assertEquals(body.length, head.contentLength());
        assertEquals("alice", head.metadata().get("owner"));

        s3.deleteObject(b -> b.bucket(bucket).key("docs/readme.txt"));
        NoSuchKeyException missing = assertThrows(NoSuchKeyException.class,
                () -> s3.getObjectAsBytes(b -> b.bucket(bucket).key("docs/readme.txt")));
        assertEquals("NoSuchKey", missing.awsErrorDetails().errorCode());
        assertEquals(404, missing.statusCode());
        S3Exception headMissing = assertThrows(S3Exception.class,
                () -> s3.headObject(b -> b.bucket(bucket).key("docs/readme.txt")));
        assertEquals(404, headMissing.statusCode());
    }

    @Test
    void unusualKeysRoundTripPathAndVirtualHostStyle() {
        List<String> keys = List.of("a b+c%d.txt", "unicode/ünïcødé/日本語/😀.bin", "double//slash", "dots/../up",
                "./lead", "trailing/", "q?x=1&y#frag", "tab\tand~tilde");
        try (S3Client vhost = S3Clients.virtualHost(CM, "s3.localhost", Region.US_EAST_1);
             S3Client regional = S3Clients.virtualHost(CM, "s3.eu-west-1.localhost", Region.EU_WEST_1);
             S3Client bare = S3Clients.virtualHost(CM, "localhost", Region.US_EAST_1)) {
            for (String key : keys) {
                s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString("path:" + key));
                for (S3Client c : List.of(vhost, regional, bare)) {
                    assertEquals("path:" + key, c.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String(), key);
                }
                vhost.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString("vhost:" + key));
                assertEquals("vhost:" + key, s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String(), key);
            }
            List<String> listed = bare.listObjectsV2(b -> b.bucket(bucket)).contents().stream().map(o -> o.key())
                    .toList();
            assertTrue(listed.containsAll(keys), listed.toString());
            assertThrows(NoSuchKeyException.class, () -> vhost.getObject(b -> b.bucket(bucket).key("dots/up")));
        }
    }

    @Test
    void rangesGive206AndUnsatisfiableRangesGive416() {
        s3.putObject(b -> b.bucket(bucket).key("range.txt"), RequestBody.fromString("0123456789"));
        var mid = s3.getObjectAsBytes(b -> b.bucket(bucket).key("range.txt").range("bytes=2-5"));
        assertEquals("2345", mid.asUtf8String());
        assertEquals("bytes 2-5/10", mid.response().contentRange());
        assertEquals("789", s3.getObjectAsBytes(b -> b.bucket(bucket).key("range.txt").range("bytes=-3")).asUtf8String());
        assertEquals("89", s3.getObjectAsBytes(b -> b.bucket(bucket).key("range.txt").range("bytes=8-")).asUtf8String());
        assertEquals("89", s3.getObjectAsBytes(b -> b.bucket(bucket).key("range.txt").range("bytes=8-100"))
                .asUtf8String());
        S3Exception e = assertThrows(S3Exception.class,
                () -> s3.getObjectAsBytes(b -> b.bucket(bucket).key("range.txt").range("bytes=10-20")));
        assertEquals(416, e.statusCode());
        assertEquals("InvalidRange", e.awsErrorDetails().errorCode());
    }

    @Test
    void conditionalReadsAnswer304And412() {
        String etag = s3.putObject(b -> b.bucket(bucket).key("cond.txt"), RequestBody.fromString("v1")).eTag();
        assertEquals("v1", s3.getObjectAsBytes(b -> b.bucket(bucket).key("cond.txt").ifMatch(etag)).asUtf8String());
        S3Exception failed = assertThrows(S3Exception.class,
                () -> s3.getObjectAsBytes(b -> b.bucket(bucket).key("cond.txt").ifMatch("\"nope\"")));
        assertEquals(412, failed.statusCode());
        assertEquals("PreconditionFailed", failed.awsErrorDetails().errorCode());
        S3Exception notModified = assertThrows(S3Exception.class,
                () -> s3.getObjectAsBytes(b -> b.bucket(bucket).key("cond.txt").ifNoneMatch(etag)));
        assertEquals(304, notModified.statusCode());
        Instant future = Instant.now().plusSeconds(3600);
        Instant past = Instant.now().minusSeconds(3600);
        assertEquals(304, assertThrows(S3Exception.class, () -> s3.getObjectAsBytes(
                b -> b.bucket(bucket).key("cond.txt").ifModifiedSince(future))).statusCode());
        assertEquals(412, assertThrows(S3Exception.class, () -> s3.headObject(
                b -> b.bucket(bucket).key("cond.txt").ifUnmodifiedSince(past))).statusCode());
        assertEquals("v1", s3.getObjectAsBytes(b -> b.bucket(bucket).key("cond.txt").ifModifiedSince(past))
                .asUtf8String());
    }

    @Test
    void copyKeepsOrReplacesMetadata() {
        s3.putObject(b -> b.bucket(bucket).key("src.txt").contentType("text/plain").metadata(Map.of("k", "v")),
                RequestBody.fromString("copy me"));
        s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("src.txt").destinationBucket(bucket)
                .destinationKey("copy dir/kept.txt"));
        var kept = s3.headObject(b -> b.bucket(bucket).key("copy dir/kept.txt"));
        assertEquals(Map.of("k", "v"), kept.metadata());
        assertEquals("text/plain", kept.contentType());
        s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("src.txt").destinationBucket(bucket)
                .destinationKey("replaced.txt").metadataDirective(MetadataDirective.REPLACE)
                .contentType("application/json").metadata(Map.of("new", "1")));
        var replaced = s3.getObjectAsBytes(b -> b.bucket(bucket).key("replaced.txt"));
        assertEquals("copy me", replaced.asUtf8String());
        assertEquals(Map.of("new", "1"), replaced.response().metadata());
        assertEquals("application/json", replaced.response().contentType());
        S3Exception self = assertThrows(S3Exception.class, () -> s3.copyObject(b -> b.sourceBucket(bucket)
                .sourceKey("src.txt").destinationBucket(bucket).destinationKey("src.txt")));
        assertEquals("InvalidRequest", self.awsErrorDetails().errorCode());
        assertThrows(NoSuchKeyException.class, () -> s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("absent")
                .destinationBucket(bucket).destinationKey("x")));
    }

    @Test
    void objectTaggingAndBatchDelete() {
        s3.putObject(b -> b.bucket(bucket).key("tagged.txt").tagging("a=1&b=two"), RequestBody.fromString("t"));
        Integer tagCount = s3.getObject(b -> b.bucket(bucket).key("tagged.txt"), (resp, in) -> resp.tagCount());
        assertEquals(2, tagCount);
        s3.putObjectTagging(b -> b.bucket(bucket).key("tagged.txt").tagging(t -> t.tagSet(
                Tag.builder().key("c").value("3").build())));
        assertEquals(List.of("c=3"), s3.getObjectTagging(b -> b.bucket(bucket).key("tagged.txt")).tagSet().stream()
                .map(t -> t.key() + "=" + t.value()).toList());
        s3.deleteObjectTagging(b -> b.bucket(bucket).key("tagged.txt"));
        assertTrue(s3.getObjectTagging(b -> b.bucket(bucket).key("tagged.txt")).tagSet().isEmpty());

        for (int i = 0; i < 5; i++) {
            int n = i;
            s3.putObject(b -> b.bucket(bucket).key("batch/" + n), RequestBody.fromString("b" + n));
        }
        var loud = s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.objects(
                ObjectIdentifier.builder().key("batch/0").build(), ObjectIdentifier.builder().key("batch/1").build())));
        assertEquals(List.of("batch/0", "batch/1"), loud.deleted().stream().map(x -> x.key()).toList());
        var quiet = s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.quiet(true).objects(
                ObjectIdentifier.builder().key("batch/2").build(), ObjectIdentifier.builder().key("batch/3").build())));
        assertTrue(quiet.deleted().isEmpty(), "quiet mode reports no successes");
        assertEquals(List.of("batch/4"), s3.listObjectsV2(b -> b.bucket(bucket).prefix("batch/")).contents().stream()
                .map(o -> o.key()).toList());
    }

    @Test
    void flexibleChecksumsAreStoredReturnedAndChecked() throws Exception {
        byte[] body = "checksummed body".getBytes(StandardCharsets.UTF_8);
        for (ChecksumAlgorithm alg : List.of(ChecksumAlgorithm.CRC32, ChecksumAlgorithm.CRC32_C,
                ChecksumAlgorithm.SHA1, ChecksumAlgorithm.SHA256)) {
            String key = "sum-" + alg;
            var put = s3.putObject(b -> b.bucket(bucket).key(key).checksumAlgorithm(alg), RequestBody.fromBytes(body));
            var got = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key).checksumMode(ChecksumMode.ENABLED));
            assertArrayEquals(body, got.asByteArray());
            switch (alg) {
                case SHA256 -> {
                    String expected = Base64.getEncoder().encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(body));
                    assertEquals(expected, put.checksumSHA256());
                    assertEquals(expected, got.response().checksumSHA256());
                }
                case SHA1 -> assertEquals(Base64.getEncoder().encodeToString(
                        MessageDigest.getInstance("SHA-1").digest(body)), got.response().checksumSHA1());
                case CRC32_C -> assertEquals(crc32c(body), got.response().checksumCRC32C());
                default -> assertFalse(got.response().checksumCRC32() == null, "CRC32 returned");
            }
        }
        S3Exception wrongSum = assertThrows(S3Exception.class, () -> s3.putObject(b -> b.bucket(bucket).key("bad-sum")
                .checksumCRC32C(crc32c("something else".getBytes(StandardCharsets.UTF_8))), RequestBody.fromBytes(body)));
        assertEquals("BadDigest", wrongSum.awsErrorDetails().errorCode());
        String wrongMd5 = Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(new byte[1]));
        S3Exception badMd5 = assertThrows(S3Exception.class, () -> s3.putObject(b -> b.bucket(bucket).key("bad-md5")
                .contentMD5(wrongMd5), RequestBody.fromBytes(body)));
        assertEquals("BadDigest", badMd5.awsErrorDetails().errorCode());
        assertEquals(400, badMd5.statusCode());
        assertThrows(NoSuchKeyException.class, () -> s3.headObject(b -> b.bucket(bucket).key("bad-md5"))
                .contentLength(), "a rejected upload leaves nothing visible");
    }

    private static String crc32c(byte[] b) {
        CRC32C c = new CRC32C();
        c.update(b);
        long v = c.getValue();
        return Base64.getEncoder().encodeToString(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8),
            (byte) v});
    }
}
