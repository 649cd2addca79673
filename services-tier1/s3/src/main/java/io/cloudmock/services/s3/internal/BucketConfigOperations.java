package io.cloudmock.services.s3.internal;

import java.util.List;
import java.util.Map;

import io.cloudmock.api.Struct;
import io.cloudmock.services.s3.internal.store.Bucket;
import io.cloudmock.services.s3.internal.store.S3Store;

/**
 * Bucket configurations that S3 stores and returns as given: tagging, policy, CORS, lifecycle, encryption,
 * website, notifications, public access block, ownership controls; plus versioning and ACL answers.
 */
final class BucketConfigOperations {

    /**
     * How one configuration travels: the input member holding it, whether the output repeats its members (true)
     * or wraps it in {@code outputMember}, and the error S3 raises when none is set (null: an empty answer).
     */
    private record Spec(String inputMember, String outputMember, String missingCode, String missingMessage) {
    }

    private static final Map<String, Spec> SPECS = Map.of(
            "BucketTagging", new Spec("Tagging", null, "NoSuchTagSet", "The TagSet does not exist"),
            "BucketPolicy", new Spec("Policy", "Policy", "NoSuchBucketPolicy", "The bucket policy does not exist"),
            "BucketCors", new Spec("CORSConfiguration", null, "NoSuchCORSConfiguration",
                    "The CORS configuration does not exist"),
            "BucketLifecycleConfiguration", new Spec("LifecycleConfiguration", null, "NoSuchLifecycleConfiguration",
                    "The lifecycle configuration does not exist"),
            "BucketEncryption", new Spec("ServerSideEncryptionConfiguration", "ServerSideEncryptionConfiguration",
                    null, null),
            "BucketWebsite", new Spec("WebsiteConfiguration", null, "NoSuchWebsiteConfiguration",
                    "The specified bucket does not have a website configuration"),
            "BucketNotificationConfiguration", new Spec("NotificationConfiguration", null, null, null),
            "PublicAccessBlock", new Spec("PublicAccessBlockConfiguration", "PublicAccessBlockConfiguration",
                    "NoSuchPublicAccessBlockConfiguration", "The public access block configuration was not found"),
            "BucketOwnershipControls", new Spec("OwnershipControls", "OwnershipControls",
                    "OwnershipControlsNotFoundError", "The bucket ownership controls were not found"));

    private final S3Store store;
    private final Buckets buckets;

    BucketConfigOperations(S3Store store, Buckets buckets) {
        this.store = store;
        this.buckets = buckets;
    }

    /** Whether {@code operation} is a Put/Get/Delete of a stored configuration. */
    static boolean handles(String operation) {
        return SPECS.containsKey(stem(operation)) || operation.equals("DeleteBucketLifecycle");
    }

    Struct handle(String operation, Struct in) {
        Bucket b = buckets.require(in.string("Bucket"));
        String stem = operation.equals("DeleteBucketLifecycle") ? "BucketLifecycleConfiguration" : stem(operation);
        Spec spec = SPECS.get(stem);
        if (operation.startsWith("Put")) {
            Object value = in.get(spec.inputMember());
            if (value == null) {
                throw S3Errors.malformedXml();
            }
            if (stem.equals("BucketTagging")) {
                Tags.validate(Tags.fromTagSet(((Struct) in.struct("Tagging")).list("TagSet")));
            }
            store.config(b, stem, value);
            return new Struct();
        }
        if (operation.startsWith("Delete")) {
            store.config(b, stem, null);
            return new Struct();
        }
        Object value = b.config(stem);
        if (value == null && stem.equals("BucketEncryption")) {
            value = Struct.of("Rules", List.of(Struct.of("ApplyServerSideEncryptionByDefault",
                    Struct.of("SSEAlgorithm", "AES256"), "BucketKeyEnabled", false)));
        }
        if (value == null) {
            if (spec.missingCode() == null) {
                return new Struct();
            }
            throw S3Errors.noSuchConfiguration(spec.missingCode(), spec.missingMessage(), b.name());
        }
        if (spec.outputMember() != null) {
            return Struct.of(spec.outputMember(), value);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> members = (Map<String, Object>) value;
        return new Struct(members);
    }

    Struct putBucketVersioning(Struct in) {
        Bucket b = buckets.require(in.string("Bucket"));
        Struct config = in.struct("VersioningConfiguration");
        String status = config == null ? null : config.string("Status");
        if (!"Enabled".equals(status) && !"Suspended".equals(status)) {
            throw S3Errors.malformedXml();
        }
        store.versioning(b, status);
        return new Struct();
    }

    Struct getBucketVersioning(Struct in) {
        Bucket b = buckets.require(in.string("Bucket"));
        return Struct.of("Status", b.versioning());
    }

    Struct getAcl(Struct in) {
        buckets.require(in.string("Bucket"));
        Struct grantee = Struct.of("DisplayName", "webfile", "ID", S3Names.OWNER_ID, "Type", "CanonicalUser");
        return Struct.of("Owner", S3Names.owner(), "Grants",
                List.of(Struct.of("Grantee", grantee, "Permission", "FULL_CONTROL")));
    }

    Struct putAcl(Struct in) {
        buckets.require(in.string("Bucket"));
        return new Struct();
    }

    private static String stem(String operation) {
        for (String verb : new String[] {"Put", "Get", "Delete"}) {
            if (operation.startsWith(verb)) {
                return operation.substring(verb.length());
            }
        }
        return operation;
    }
}
