package io.cloudmock.gateway.internal.protocol.s3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;

import io.cloudmock.api.AwsException;

/** Open-box tests of the S3 quirks: addressing, operation routing and aws-chunked decoding. */
class S3CodecPiecesTest {

    @Test
    void virtualHostAndPathStyleAddressesResolveToTheSameBucketAndKey() {
        assertEquals(new S3Address("my.bucket", "a b/c+d"), S3Address.of("my.bucket.s3.localhost:4566", "/a%20b/c+d"));
        assertEquals(new S3Address("bkt", "k"), S3Address.of("bkt.s3.eu-west-1.localhost", "/k"));
        assertEquals(new S3Address("bkt", "k"), S3Address.of("bkt.localhost:4566", "/k"));
        assertEquals(new S3Address("bkt", null), S3Address.of("bkt.s3.amazonaws.com", "/"));
        assertEquals(new S3Address("bkt", "x//y/../z"), S3Address.of("127.0.0.1:4566", "/bkt/x//y/../z"));
        assertEquals(new S3Address("bkt", "日本"), S3Address.of("localhost:4566", "/bkt/%E6%97%A5%E6%9C%AC"));
        assertEquals(new S3Address(null, null), S3Address.of("s3.localhost", "/"));
        assertEquals(new S3Address("bkt", null), S3Address.of("localhost", "/bkt/"));
        assertNull(S3Address.bucketFromHost("s3.us-east-1.localhost"));
        assertNull(S3Address.bucketFromHost("localhost"));
    }

    @Test
    void operationsAreRoutedBySubResourceAndCopySource() {
        S3Address bucket = new S3Address("b", null);
        S3Address object = new S3Address("b", "k");
        assertEquals("ListObjects", S3Routes.operation("GET", bucket, Map.of(), null));
        assertEquals("ListObjectsV2", S3Routes.operation("GET", bucket, Map.of("list-type", List.of("2")), null));
        assertEquals("GetBucketLifecycleConfiguration", S3Routes.operation("GET", bucket, Map.of("lifecycle", ""), null));
        assertEquals("DeleteBucketLifecycle", S3Routes.operation("DELETE", bucket, Map.of("lifecycle", ""), null));
        assertEquals("ListBucketMetricsConfigurations", S3Routes.operation("GET", bucket, Map.of("metrics", ""), null));
        assertEquals("GetBucketMetricsConfiguration",
                S3Routes.operation("GET", bucket, Map.of("metrics", "", "id", "x"), null));
        assertEquals("DeleteObjects", S3Routes.operation("POST", bucket, Map.of("delete", ""), null));
        assertEquals("PutObject", S3Routes.operation("PUT", object, Map.of(), null));
        assertEquals("CopyObject", S3Routes.operation("PUT", object, Map.of(), "/src/k"));
        assertEquals("UploadPart", S3Routes.operation("PUT", object, Map.of("uploadId", "u", "partNumber", "1"), null));
        assertEquals("UploadPartCopy", S3Routes.operation("PUT", object, Map.of("uploadId", "u"), "src/k"));
        assertEquals("CompleteMultipartUpload", S3Routes.operation("POST", object, Map.of("uploadId", "u"), null));
        assertEquals("CreateMultipartUpload", S3Routes.operation("POST", object, Map.of("uploads", ""), null));
        assertEquals("ListParts", S3Routes.operation("GET", object, Map.of("uploadId", "u"), null));
        assertEquals("AbortMultipartUpload", S3Routes.operation("DELETE", object, Map.of("uploadId", "u"), null));
        assertEquals("ListBuckets", S3Routes.operation("GET", new S3Address(null, null), Map.of(), null));
    }

    @Test
    void signedChunksWithATrailingChecksumDecodeAsAStream() throws IOException {
        byte[] data = "hello aws-chunked world".getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(data);
        String body = chunked(data, 10, "x-amz-checksum-crc32:" + crc32(crc.getValue()));
        try (AwsChunkedInputStream in = new AwsChunkedInputStream(stream(body), "x-amz-checksum-crc32")) {
            assertArrayEquals(data, in.readAllBytes());
            assertEquals(crc32(crc.getValue()), in.trailers().get("x-amz-checksum-crc32"));
        }
    }

    @Test
    void aWrongTrailingChecksumIsBadDigest() {
        byte[] data = "payload".getBytes(StandardCharsets.UTF_8);
        String body = chunked(data, 4, "x-amz-checksum-crc32:AAAAAA==");
        AwsException e = assertThrows(AwsException.class,
                () -> new AwsChunkedInputStream(stream(body), "x-amz-checksum-crc32").readAllBytes());
        assertEquals("BadDigest", e.code());
    }

    @Test
    void aTruncatedChunkedBodyIsAnError() {
        AwsException e = assertThrows(AwsException.class,
                () -> new AwsChunkedInputStream(stream("10;chunk-signature=ab\r\nshort"), null).readAllBytes());
        assertEquals("IncompleteBody", e.code());
    }

    private static String chunked(byte[] data, int size, String trailer) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < data.length; i += size) {
            int n = Math.min(size, data.length - i);
            sb.append(Integer.toHexString(n)).append(";chunk-signature=").append("0".repeat(64)).append("\r\n");
            sb.append(new String(data, i, n, StandardCharsets.ISO_8859_1)).append("\r\n");
        }
        sb.append("0;chunk-signature=").append("0".repeat(64)).append("\r\n");
        if (trailer != null) {
            sb.append(trailer).append("\r\n");
        }
        return sb.append("\r\n").toString();
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String crc32(long v) {
        return Base64.getEncoder().encodeToString(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8),
            (byte) v});
    }
}
