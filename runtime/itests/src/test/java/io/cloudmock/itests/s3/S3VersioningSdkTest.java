package io.cloudmock.itests.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.cloudmock.itests.CloudMockProcess;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectVersion;

/** Versioned buckets: versions, delete markers, ListObjectVersions, reads and deletes by version id. */
class S3VersioningSdkTest {

    private static S3Client s3;
    private static String bucket;

    @BeforeAll
    static void setUp() {
        s3 = S3Clients.pathStyle(CloudMockProcess.shared());
        bucket = S3Clients.bucket("versions");
        s3.createBucket(b -> b.bucket(bucket));
        s3.putBucketVersioning(b -> b.bucket(bucket).versioningConfiguration(v -> v.status(
                BucketVersioningStatus.ENABLED)));
    }

    @AfterAll
    static void close() {
        s3.close();
    }

    @Test
    void versionsAndDeleteMarkers() {
        String v1 = s3.putObject(b -> b.bucket(bucket).key("doc"), RequestBody.fromString("one")).versionId();
        String v2 = s3.putObject(b -> b.bucket(bucket).key("doc"), RequestBody.fromString("two")).versionId();
        assertNotEquals(v1, v2);
        assertEquals("two", s3.getObjectAsBytes(b -> b.bucket(bucket).key("doc")).asUtf8String());
        assertEquals("one", s3.getObjectAsBytes(b -> b.bucket(bucket).key("doc").versionId(v1)).asUtf8String());

        var marker = s3.deleteObject(b -> b.bucket(bucket).key("doc"));
        assertTrue(marker.deleteMarker());
        NoSuchKeyException gone = assertThrows(NoSuchKeyException.class,
                () -> s3.getObjectAsBytes(b -> b.bucket(bucket).key("doc")));
        assertEquals(404, gone.statusCode());
        assertTrue(s3.listObjectsV2(b -> b.bucket(bucket).prefix("doc")).contents().isEmpty());

        var listing = s3.listObjectVersions(b -> b.bucket(bucket).prefix("doc"));
        assertEquals(List.of(v2, v1), listing.versions().stream().map(ObjectVersion::versionId).toList());
        assertEquals(1, listing.deleteMarkers().size());
        assertTrue(listing.deleteMarkers().get(0).isLatest());
        assertEquals(marker.versionId(), listing.deleteMarkers().get(0).versionId());

        s3.deleteObject(b -> b.bucket(bucket).key("doc").versionId(marker.versionId()));
        assertEquals("two", s3.getObjectAsBytes(b -> b.bucket(bucket).key("doc")).asUtf8String(),
                "removing the delete marker restores the previous version");
        s3.deleteObject(b -> b.bucket(bucket).key("doc").versionId(v2));
        assertEquals("one", s3.getObjectAsBytes(b -> b.bucket(bucket).key("doc")).asUtf8String());
        assertEquals(List.of(v1), s3.listObjectVersions(b -> b.bucket(bucket).prefix("doc")).versions().stream()
                .map(ObjectVersion::versionId).toList());
    }

    @Test
    void listObjectVersionsPaginates() {
        for (int i = 0; i < 3; i++) {
            int n = i;
            s3.putObject(b -> b.bucket(bucket).key("page"), RequestBody.fromString("p" + n));
        }
        var first = s3.listObjectVersions(b -> b.bucket(bucket).prefix("page").maxKeys(2));
        assertTrue(first.isTruncated());
        assertEquals(2, first.versions().size());
        var rest = s3.listObjectVersions(b -> b.bucket(bucket).prefix("page").keyMarker(first.nextKeyMarker())
                .versionIdMarker(first.nextVersionIdMarker()));
        assertEquals(1, rest.versions().size());
        assertEquals("p0", s3.getObjectAsBytes(b -> b.bucket(bucket).key("page")
                .versionId(rest.versions().get(0).versionId())).asUtf8String());
    }
}
