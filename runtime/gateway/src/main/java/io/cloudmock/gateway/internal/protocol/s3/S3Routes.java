package io.cloudmock.gateway.internal.protocol.s3;

import java.util.Map;

/**
 * Resolves the S3 operation of a request from its method, whether it names a bucket and a key, its
 * sub-resource query parameters and the copy-source header. S3's URI templates overlap (PutObject,
 * CopyObject, UploadPart and UploadPartCopy share {@code PUT /{Bucket}/{Key+}}), so a table is clearer than
 * template matching.
 */
final class S3Routes {

    /** Bucket sub-resources in the order they are checked, with their operation name stem. */
    private static final String[][] BUCKET_SUBRESOURCES = {
        {"versioning", "BucketVersioning"}, {"tagging", "BucketTagging"}, {"policy", "BucketPolicy"},
        {"cors", "BucketCors"}, {"lifecycle", "BucketLifecycleConfiguration"}, {"acl", "BucketAcl"},
        {"encryption", "BucketEncryption"}, {"website", "BucketWebsite"},
        {"notification", "BucketNotificationConfiguration"}, {"logging", "BucketLogging"},
        {"replication", "BucketReplication"}, {"requestPayment", "BucketRequestPayment"},
        {"accelerate", "BucketAccelerateConfiguration"}, {"object-lock", "ObjectLockConfiguration"},
        {"ownershipControls", "BucketOwnershipControls"}, {"publicAccessBlock", "PublicAccessBlock"},
        {"policyStatus", "BucketPolicyStatus"}, {"analytics", "BucketAnalyticsConfiguration"},
        {"metrics", "BucketMetricsConfiguration"}, {"inventory", "BucketInventoryConfiguration"},
        {"intelligent-tiering", "BucketIntelligentTieringConfiguration"}, {"abac", "BucketAbac"},
        {"metadataTable", "BucketMetadataTableConfiguration"},
        {"metadataConfiguration", "BucketMetadataConfiguration"},
    };

    private S3Routes() {
    }

    /** The operation name, or null when no S3 operation matches. */
    static String operation(String method, S3Address address, Map<String, ?> query, String copySource) {
        if (address.bucket() == null) {
            return "GET".equals(method) ? "ListBuckets" : null;
        }
        return address.key() == null ? bucketOperation(method, query) : objectOperation(method, query, copySource);
    }

    private static String bucketOperation(String method, Map<String, ?> query) {
        switch (method) {
            case "HEAD":
                return "HeadBucket";
            case "POST":
                if (query.containsKey("delete")) {
                    return "DeleteObjects";
                }
                return query.containsKey("metadataTable") ? "CreateBucketMetadataTableConfiguration"
                        : query.containsKey("metadataConfiguration") ? "CreateBucketMetadataConfiguration" : null;
            case "GET":
                if (query.containsKey("versions")) {
                    return "ListObjectVersions";
                }
                if (query.containsKey("uploads")) {
                    return "ListMultipartUploads";
                }
                if (query.containsKey("location")) {
                    return "GetBucketLocation";
                }
                if (query.containsKey("session")) {
                    return "CreateSession";
                }
                break;
            default:
                break;
        }
        for (String[] sub : BUCKET_SUBRESOURCES) {
            if (query.containsKey(sub[0])) {
                String prefix = switch (method) {
                    case "GET" -> "Get";
                    case "PUT" -> "Put";
                    case "DELETE" -> "Delete";
                    default -> null;
                };
                if (prefix == null) {
                    return null;
                }
                boolean configs = sub[1].endsWith("Configuration") && !sub[1].startsWith("BucketLifecycle")
                        && !sub[1].startsWith("BucketNotification") && !sub[1].startsWith("BucketAccelerate")
                        && !sub[1].startsWith("ObjectLock");
                if (configs && "GET".equals(method) && !query.containsKey("id")) {
                    return "List" + sub[1] + "s";
                }
                if ("Delete".equals(prefix) && sub[1].equals("BucketLifecycleConfiguration")) {
                    return "DeleteBucketLifecycle";
                }
                return prefix + sub[1];
            }
        }
        return switch (method) {
            case "GET" -> "2".equals(first(query.get("list-type"))) ? "ListObjectsV2" : "ListObjects";
            case "PUT" -> "CreateBucket";
            case "DELETE" -> "DeleteBucket";
            default -> null;
        };
    }

    private static String objectOperation(String method, Map<String, ?> query, String copySource) {
        boolean upload = query.containsKey("uploadId");
        switch (method) {
            case "HEAD":
                return "HeadObject";
            case "GET":
                return upload ? "ListParts" : query.containsKey("tagging") ? "GetObjectTagging"
                        : query.containsKey("acl") ? "GetObjectAcl" : query.containsKey("attributes")
                        ? "GetObjectAttributes" : query.containsKey("legal-hold") ? "GetObjectLegalHold"
                        : query.containsKey("retention") ? "GetObjectRetention"
                        : query.containsKey("torrent") ? "GetObjectTorrent" : "GetObject";
            case "PUT":
                if (query.containsKey("tagging")) {
                    return "PutObjectTagging";
                }
                if (query.containsKey("acl")) {
                    return "PutObjectAcl";
                }
                if (query.containsKey("legal-hold")) {
                    return "PutObjectLegalHold";
                }
                if (query.containsKey("retention")) {
                    return "PutObjectRetention";
                }
                if (upload || query.containsKey("partNumber")) {
                    return copySource != null ? "UploadPartCopy" : "UploadPart";
                }
                return copySource != null ? "CopyObject" : "PutObject";
            case "POST":
                return query.containsKey("uploads") ? "CreateMultipartUpload" : upload ? "CompleteMultipartUpload"
                        : query.containsKey("restore") ? "RestoreObject"
                        : query.containsKey("select") ? "SelectObjectContent" : null;
            case "DELETE":
                return upload ? "AbortMultipartUpload" : query.containsKey("tagging") ? "DeleteObjectTagging"
                        : "DeleteObject";
            default:
                return null;
        }
    }

    private static String first(Object v) {
        if (v instanceof java.util.List<?> l) {
            return l.isEmpty() ? null : String.valueOf(l.get(0));
        }
        return v == null ? null : v.toString();
    }
}
