package io.cloudmock.itests.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.cloudmock.itests.CloudMockProcess;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.EncodingType;
import software.amazon.awssdk.services.s3.model.S3Object;

/** ListObjects (v1) and ListObjectsV2: prefixes, delimiters, pagination, start-after, URL encoding. */
class S3ListSdkTest {

    private static final List<String> KEYS = List.of("a.txt", "b/1.txt", "b/2.txt", "b/c/3.txt", "d/4.txt",
            "d/5.txt", "e f/6.txt", "z+%.txt");
    private static S3Client s3;
    private static String bucket;

    @BeforeAll
    static void setUp() {
        s3 = S3Clients.pathStyle(CloudMockProcess.shared());
        bucket = S3Clients.bucket("listing");
        s3.createBucket(b -> b.bucket(bucket));
        for (String k : KEYS) {
            s3.putObject(b -> b.bucket(bucket).key(k), RequestBody.fromString(k));
        }
    }

    @AfterAll
    static void close() {
        s3.close();
    }

    @Test
    void v2ListsWithPrefixDelimiterAndCommonPrefixes() {
        var all = s3.listObjectsV2(b -> b.bucket(bucket));
        assertEquals(KEYS, all.contents().stream().map(S3Object::key).toList());
        assertEquals(KEYS.size(), all.keyCount());
        assertFalse(all.isTruncated());

        var top = s3.listObjectsV2(b -> b.bucket(bucket).delimiter("/"));
        assertEquals(List.of("a.txt", "z+%.txt"), top.contents().stream().map(S3Object::key).toList());
        assertEquals(List.of("b/", "d/", "e f/"), top.commonPrefixes().stream().map(CommonPrefix::prefix).toList());

        var underB = s3.listObjectsV2(b -> b.bucket(bucket).prefix("b/").delimiter("/"));
        assertEquals(List.of("b/1.txt", "b/2.txt"), underB.contents().stream().map(S3Object::key).toList());
        assertEquals(List.of("b/c/"), underB.commonPrefixes().stream().map(CommonPrefix::prefix).toList());

        assertEquals(List.of("d/4.txt", "d/5.txt", "e f/6.txt", "z+%.txt"), s3.listObjectsV2(b -> b.bucket(bucket)
                .startAfter("b/c/3.txt")).contents().stream().map(S3Object::key).toList());
    }

    @Test
    void v2PaginatesWithContinuationTokensIncludingCommonPrefixes() {
        List<String> seen = new ArrayList<>();
        s3.listObjectsV2Paginator(b -> b.bucket(bucket).maxKeys(2)).forEach(page -> {
            assertTrue(page.keyCount() <= 2);
            page.contents().forEach(o -> seen.add(o.key()));
        });
        assertEquals(KEYS, seen);
        List<String> entries = new ArrayList<>();
        s3.listObjectsV2Paginator(b -> b.bucket(bucket).delimiter("/").maxKeys(1)).forEach(page -> {
            page.contents().forEach(o -> entries.add(o.key()));
            page.commonPrefixes().forEach(p -> entries.add(p.prefix()));
        });
        assertEquals(List.of("a.txt", "b/", "d/", "e f/", "z+%.txt"), entries);
    }

    @Test
    void v1PaginatesWithMarkers() {
        var first = s3.listObjects(b -> b.bucket(bucket).maxKeys(3));
        assertTrue(first.isTruncated());
        assertEquals(KEYS.subList(0, 3), first.contents().stream().map(S3Object::key).toList());
        var rest = s3.listObjects(b -> b.bucket(bucket).marker(first.nextMarker()));
        assertEquals(KEYS.subList(3, KEYS.size()), rest.contents().stream().map(S3Object::key).toList());
        var delimited = s3.listObjects(b -> b.bucket(bucket).delimiter("/").prefix("d"));
        assertEquals(List.of("d/"), delimited.commonPrefixes().stream().map(CommonPrefix::prefix).toList());
    }

    @Test
    void urlEncodingTypeEncodesKeysThatTheSdkDecodes() {
        var v2 = s3.listObjectsV2(b -> b.bucket(bucket).prefix("e f/").encodingType(EncodingType.URL));
        assertEquals(List.of("e f/6.txt"), v2.contents().stream().map(S3Object::key).toList());
        var v1 = s3.listObjects(b -> b.bucket(bucket).prefix("z").encodingType(EncodingType.URL));
        assertEquals(List.of("z+%.txt"), v1.contents().stream().map(S3Object::key).toList());
    }
}
