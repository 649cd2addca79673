package io.cloudmock.services.s3.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.AwsRequest;
import io.cloudmock.api.BlobStream;
import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;
import io.cloudmock.services.s3.internal.store.S3Store;

/** Open-box tests of the S3 service over a store in a temp folder. */
class S3ServiceTest {

    private static final RequestContext CTX = new RequestContext("000000000000", "us-east-1", "test",
            "arn:aws:iam::000000000000:root", "req-1", "", "s3", "localhost");

    @TempDir
    Path dir;
    private S3Store store;
    private S3Service s3;

    private S3Service open() {
        store = new S3Store(dir);
        s3 = new S3Service(store);
        return s3;
    }

    @AfterEach
    void close() throws IOException {
        if (store != null) {
            store.close();
        }
    }

    private Struct call(String op, Object... members) {
        return s3.handle(new AwsRequest(CTX, op, Struct.of(members), null)).output();
    }

    private Struct put(String bucket, String key, String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        return call("PutObject", "Bucket", bucket, "Key", key, "Body", new BlobStream(new ByteArrayInputStream(b),
                b.length));
    }

    private String get(String bucket, String key, String versionId) throws IOException {
        Struct out = call("GetObject", "Bucket", bucket, "Key", key, "VersionId", versionId);
        try (InputStream in = ((BlobStream) out.get("Body")).stream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void keysNeverBecomeFileNames() throws IOException {
        open();
        call("CreateBucket", "Bucket", "bkt");
        put("bkt", "../../escape", "x");
        put("bkt", "CaseKey", "upper".repeat(20_000));
        put("bkt", "casekey", "lower");
        assertEquals("upper".repeat(20_000), get("bkt", "CaseKey", null));
        assertEquals("lower", get("bkt", "casekey", null));
        try (Stream<Path> files = Files.walk(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains("escape")
                    || p.getFileName().toString().equalsIgnoreCase("casekey")));
        }
    }

    @Test
    void indexAndObjectsSurviveReopeningAndSuspendedVersioningReplacesTheNullVersion() throws IOException {
        open();
        call("CreateBucket", "Bucket", "bkt");
        put("bkt", "plain", "v0");
        call("PutBucketVersioning", "Bucket", "bkt", "VersioningConfiguration", Struct.of("Status", "Enabled"));
        String v1 = put("bkt", "plain", "v1").string("VersionId");
        call("PutBucketVersioning", "Bucket", "bkt", "VersioningConfiguration", Struct.of("Status", "Suspended"));
        put("bkt", "plain", "n1");
        put("bkt", "plain", "n2");
        call("PutObjectTagging", "Bucket", "bkt", "Key", "plain", "VersionId", v1, "Tagging",
                Struct.of("TagSet", List.of(Struct.of("Key", "t", "Value", "1"))));
        store.close();

        open();
        assertEquals("n2", get("bkt", "plain", null));
        assertEquals("v1", get("bkt", "plain", v1));
        List<Struct> versions = call("ListObjectVersions", "Bucket", "bkt").structs("Versions");
        assertEquals(List.of("null", v1), versions.stream().map(v -> v.string("VersionId")).toList(),
                "the suspended puts replaced the null version (v0 and n1 are gone)");
        assertEquals("1", call("GetObjectTagging", "Bucket", "bkt", "Key", "plain", "VersionId", v1)
                .structs("TagSet").get(0).string("Value"));
        assertEquals("Suspended", call("GetBucketVersioning", "Bucket", "bkt").string("Status"));
    }

    @Test
    void anInterruptedUploadLeavesNothingVisible() throws IOException {
        open();
        call("CreateBucket", "Bucket", "bkt");
        put("bkt", "k", "old");
        InputStream broken = new InputStream() {
            private int n;

            @Override
            public int read() throws IOException {
                if (n++ > 100_000) {
                    throw new IOException("client went away");
                }
                return 'x';
            }
        };
        AwsException e = assertThrows(AwsException.class, () -> call("PutObject", "Bucket", "bkt", "Key", "k", "Body",
                new BlobStream(broken, 1_000_000)));
        assertEquals("IncompleteBody", e.code());
        assertEquals("old", get("bkt", "k", null));
        try (Stream<Path> tmp = Files.list(dir.resolve("tmp"))) {
            assertEquals(0, tmp.count(), "the partial temp file is removed");
        }
    }

    @Test
    void concurrentPutsAndGetsOfOneKeyNeverSeeATornObject() throws Exception {
        open();
        call("CreateBucket", "Bucket", "bkt");
        put("bkt", "hot", "a".repeat(64 * 1024));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            char c = (char) ('b' + t);
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 40; i++) {
                    put("bkt", "hot", String.valueOf(c).repeat(64 * 1024 + i));
                }
                return null;
            }));
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 40; i++) {
                    String body = get("bkt", "hot", null);
                    assertTrue(body.length() >= 64 * 1024, "whole object");
                    assertTrue(body.chars().allMatch(x -> x == body.charAt(0)), "one writer's bytes only");
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        try (Stream<Path> blobs = Files.walk(dir.resolve("blobs"))) {
            assertTrue(blobs.filter(Files::isRegularFile).count() <= 1, "replaced blob files are deleted");
        }
    }

    @Test
    void listingsUseUtf8OrderDelimitersAndTokens() {
        open();
        call("CreateBucket", "Bucket", "bkt");
        for (String k : List.of("a/1", "a/2", "b", "\uFF21", "\uD83D\uDE00")) {
            put("bkt", k, k);
        }
        Struct page = call("ListObjectsV2", "Bucket", "bkt", "Delimiter", "/", "MaxKeys", 2);
        assertEquals(List.of("b"), page.structs("Contents").stream().map(s -> s.string("Key")).toList());
        assertEquals(List.of("a/"), page.structs("CommonPrefixes").stream().map(s -> s.string("Prefix")).toList());
        assertTrue(page.bool("IsTruncated"));
        Struct rest = call("ListObjectsV2", "Bucket", "bkt", "Delimiter", "/", "ContinuationToken",
                page.string("NextContinuationToken"));
        assertEquals(List.of("\uFF21", "\uD83D\uDE00"), rest.structs("Contents").stream().map(s -> s.string("Key"))
                .toList(), "code point (UTF-8) order puts the emoji last");
        assertFalse(rest.bool("IsTruncated"));
    }

    @Test
    void contentMd5MismatchIsBadDigestAndStoresNothing() {
        open();
        call("CreateBucket", "Bucket", "bkt");
        byte[] b = "body".getBytes(StandardCharsets.UTF_8);
        AwsException e = assertThrows(AwsException.class, () -> call("PutObject", "Bucket", "bkt", "Key", "k",
                "ContentMD5", "1B2M2Y8AsgTpgAmY7PhCfg==", "Body", new BlobStream(new ByteArrayInputStream(b), 4)));
        assertEquals("BadDigest", e.code());
        assertThrows(AwsException.class, () -> get("bkt", "k", null));
    }
}
