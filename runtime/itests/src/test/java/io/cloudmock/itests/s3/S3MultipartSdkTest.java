package io.cloudmock.itests.s3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.cloudmock.itests.CloudMockProcess;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Multipart uploads with the sync client (every step and its errors) and the async multipart client. */
class S3MultipartSdkTest {

    private static final int MIB = 1024 * 1024;
    private static final CloudMockProcess CM = CloudMockProcess.shared();
    private static S3Client s3;
    private static String bucket;

    @BeforeAll
    static void setUp() {
        s3 = S3Clients.pathStyle(CM);
        bucket = S3Clients.bucket("multipart");
        s3.createBucket(b -> b.bucket(bucket));
    }

    @AfterAll
    static void close() {
        s3.close();
    }

    private static byte[] random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    @Test
    void uploadListCompleteWithValidation() throws Exception {
        byte[] p1 = random(5 * MIB, 1);
        byte[] p2 = random(1234, 2);
        String id = s3.createMultipartUpload(b -> b.bucket(bucket).key("big/object.bin").contentType("video/mp4"))
                .uploadId();
        assertTrue(s3.listMultipartUploads(b -> b.bucket(bucket)).uploads().stream()
                .anyMatch(u -> u.uploadId().equals(id) && u.key().equals("big/object.bin")));
        String e1 = s3.uploadPart(b -> b.bucket(bucket).key("big/object.bin").uploadId(id).partNumber(1),
                RequestBody.fromBytes(p1)).eTag();
        String e2 = s3.uploadPart(b -> b.bucket(bucket).key("big/object.bin").uploadId(id).partNumber(2),
                RequestBody.fromBytes(p2)).eTag();
        var parts = s3.listParts(b -> b.bucket(bucket).key("big/object.bin").uploadId(id)).parts();
        assertEquals(List.of(1, 2), parts.stream().map(p -> p.partNumber()).toList());
        assertEquals(List.of((long) p1.length, (long) p2.length), parts.stream().map(p -> p.size()).toList());

        S3Exception badEtag = assertThrows(S3Exception.class, () -> complete(id, part(1, e1), part(2, "\"beef\"")));
        assertEquals("InvalidPart", badEtag.awsErrorDetails().errorCode());
        S3Exception order = assertThrows(S3Exception.class, () -> complete(id, part(2, e2), part(1, e1)));
        assertEquals("InvalidPartOrder", order.awsErrorDetails().errorCode());

        var done = s3.completeMultipartUpload(b -> b.bucket(bucket).key("big/object.bin").uploadId(id)
                .multipartUpload(m -> m.parts(part(1, e1), part(2, e2))));
        MessageDigest md5s = MessageDigest.getInstance("MD5");
        md5s.update(MessageDigest.getInstance("MD5").digest(p1));
        md5s.update(MessageDigest.getInstance("MD5").digest(p2));
        assertEquals("\"" + HexFormat.of().formatHex(md5s.digest()) + "-2\"", done.eTag());
        var got = s3.getObjectAsBytes(b -> b.bucket(bucket).key("big/object.bin"));
        assertEquals(p1.length + p2.length, got.asByteArray().length);
        assertEquals("video/mp4", got.response().contentType());
        byte[] all = got.asByteArray();
        assertArrayEquals(p2, java.util.Arrays.copyOfRange(all, p1.length, all.length));
        assertThrows(NoSuchUploadException.class, () -> s3.listParts(b -> b.bucket(bucket).key("big/object.bin")
                .uploadId(id)));
    }

    @Test
    void smallPartsAreTooSmallAndAbortForgetsTheUpload() {
        String id = s3.createMultipartUpload(b -> b.bucket(bucket).key("small")).uploadId();
        String e1 = s3.uploadPart(b -> b.bucket(bucket).key("small").uploadId(id).partNumber(1),
                RequestBody.fromString("tiny")).eTag();
        String e2 = s3.uploadPart(b -> b.bucket(bucket).key("small").uploadId(id).partNumber(2),
                RequestBody.fromString("tiny too")).eTag();
        S3Exception small = assertThrows(S3Exception.class, () -> s3.completeMultipartUpload(b -> b.bucket(bucket)
                .key("small").uploadId(id).multipartUpload(m -> m.parts(part(1, e1), part(2, e2)))));
        assertEquals("EntityTooSmall", small.awsErrorDetails().errorCode());
        s3.abortMultipartUpload(b -> b.bucket(bucket).key("small").uploadId(id));
        assertThrows(NoSuchUploadException.class, () -> s3.uploadPart(b -> b.bucket(bucket).key("small").uploadId(id)
                .partNumber(3), RequestBody.fromString("late")));
        assertTrue(s3.listMultipartUploads(b -> b.bucket(bucket)).uploads().stream()
                .noneMatch(u -> u.uploadId().equals(id)));
    }

    @Test
    void uploadPartCopyTakesARangeOfAnotherObject() {
        byte[] source = random(6 * MIB, 3);
        s3.putObject(b -> b.bucket(bucket).key("copy-source"), RequestBody.fromBytes(source));
        String id = s3.createMultipartUpload(b -> b.bucket(bucket).key("assembled")).uploadId();
        String e1 = s3.uploadPartCopy(b -> b.sourceBucket(bucket).sourceKey("copy-source").destinationBucket(bucket)
                .destinationKey("assembled").uploadId(id).partNumber(1).copySourceRange("bytes=0-" + (5 * MIB - 1)))
                .copyPartResult().eTag();
        String e2 = s3.uploadPartCopy(b -> b.sourceBucket(bucket).sourceKey("copy-source").destinationBucket(bucket)
                .destinationKey("assembled").uploadId(id).partNumber(2).copySourceRange("bytes=" + 5 * MIB + "-"
                        + (source.length - 1))).copyPartResult().eTag();
        s3.completeMultipartUpload(b -> b.bucket(bucket).key("assembled").uploadId(id)
                .multipartUpload(m -> m.parts(part(1, e1), part(2, e2))));
        assertArrayEquals(source, s3.getObjectAsBytes(b -> b.bucket(bucket).key("assembled")).asByteArray());
    }

    @Test
    void asyncMultipartClientUploadsAndDownloads() throws Exception {
        byte[] data = random(20 * MIB + 17, 4);
        try (S3AsyncClient async = S3Clients.async(CM, true)) {
            async.putObject(b -> b.bucket(bucket).key("async/large.bin"), AsyncRequestBody.fromBytes(data)).join();
            String etag = s3.headObject(b -> b.bucket(bucket).key("async/large.bin")).eTag();
            assertTrue(etag.matches("\"[0-9a-f]{32}-\\d+\""), "a multipart ETag: " + etag);
            byte[] back = async.getObject(b -> b.bucket(bucket).key("async/large.bin"),
                    AsyncResponseTransformer.toBytes()).join().asByteArray();
            assertArrayEquals(data, back);
        }
    }

    private void complete(String id, CompletedPart... parts) {
        s3.completeMultipartUpload(b -> b.bucket(bucket).key("big/object.bin").uploadId(id)
                .multipartUpload(m -> m.parts(parts)));
    }

    private static CompletedPart part(int n, String etag) {
        return CompletedPart.builder().partNumber(n).eTag(etag).build();
    }
}
