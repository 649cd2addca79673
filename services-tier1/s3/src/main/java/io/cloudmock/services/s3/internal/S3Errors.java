package io.cloudmock.services.s3.internal;

import io.cloudmock.api.AwsException;

/** The S3 errors this service raises, with S3's codes, statuses and messages. */
final class S3Errors {

    private S3Errors() {
    }

    private static AwsException error(String code, String message, int status, String resource) {
        AwsException e = new AwsException(code, message, status);
        if (resource != null) {
            e.with("Resource", resource);
        }
        return e;
    }

    static AwsException noSuchBucket(String bucket) {
        return error("NoSuchBucket", "The specified bucket does not exist", 404, "/" + bucket).with("BucketName", bucket);
    }

    static AwsException noSuchKey(String bucket, String key) {
        return error("NoSuchKey", "The specified key does not exist.", 404, "/" + bucket + "/" + key).with("Key", key);
    }

    static AwsException noSuchVersion(String bucket, String key, String versionId) {
        return error("NoSuchVersion", "The specified version does not exist.", 404, "/" + bucket + "/" + key)
                .with("Key", key).with("VersionId", versionId);
    }

    static AwsException noSuchUpload(String uploadId) {
        return error("NoSuchUpload", "The specified upload does not exist. The upload ID may be invalid, or the "
                + "upload may have been aborted or completed.", 404, null).with("UploadId", uploadId);
    }

    static AwsException bucketAlreadyOwnedByYou(String bucket) {
        return error("BucketAlreadyOwnedByYou", "Your previous request to create the named bucket succeeded and you "
                + "already own it.", 409, "/" + bucket).with("BucketName", bucket);
    }

    static AwsException bucketAlreadyExists(String bucket) {
        return error("BucketAlreadyExists", "The requested bucket name is not available. The bucket namespace is "
                + "shared by all users of the system. Please select a different name and try again.", 409,
                "/" + bucket).with("BucketName", bucket);
    }

    static AwsException bucketNotEmpty(String bucket) {
        return error("BucketNotEmpty", "The bucket you tried to delete is not empty", 409, "/" + bucket)
                .with("BucketName", bucket);
    }

    static AwsException invalidBucketName(String bucket) {
        return error("InvalidBucketName", "The specified bucket is not valid.", 400, "/" + bucket)
                .with("BucketName", bucket);
    }

    static AwsException invalidRange(long size) {
        return error("InvalidRange", "The requested range is not satisfiable", 416, null)
                .with("ActualObjectSize", size);
    }

    static AwsException invalidPartNumber() {
        return error("InvalidPartNumber", "The requested partnumber is not satisfiable", 416, null);
    }

    static AwsException preconditionFailed(String condition) {
        return error("PreconditionFailed", "At least one of the pre-conditions you specified did not hold", 412, null)
                .with("Condition", condition);
    }

    static AwsException notModified() {
        return new AwsException("NotModified", "Not Modified", 304);
    }

    static AwsException badDigest(String what) {
        return error("BadDigest", "The " + what + " you specified did not match the calculated checksum.", 400, null);
    }

    static AwsException invalidDigest() {
        return error("InvalidDigest", "The Content-MD5 you specified is not valid.", 400, null);
    }

    static AwsException entityTooSmall() {
        return error("EntityTooSmall", "Your proposed upload is smaller than the minimum allowed object size.", 400,
                null);
    }

    static AwsException invalidPart(int partNumber) {
        return error("InvalidPart", "One or more of the specified parts could not be found.  The part may not have "
                + "been uploaded, or the specified entity tag may not match the part's entity tag.", 400, null)
                .with("PartNumber", partNumber);
    }

    static AwsException invalidPartOrder() {
        return error("InvalidPartOrder", "The list of parts was not in ascending order. Parts must be ordered by "
                + "part number.", 400, null);
    }

    static AwsException malformedXml() {
        return error("MalformedXML", "The XML you provided was not well-formed or did not validate against our "
                + "published schema", 400, null);
    }

    static AwsException invalidArgument(String message) {
        return error("InvalidArgument", message, 400, null);
    }

    static AwsException invalidRequest(String message) {
        return error("InvalidRequest", message, 400, null);
    }

    static AwsException incompleteBody() {
        return error("IncompleteBody", "You did not provide the number of bytes specified by the Content-Length "
                + "HTTP header", 400, null);
    }

    static AwsException methodNotAllowed() {
        return error("MethodNotAllowed", "The specified method is not allowed against this resource.", 405, null);
    }

    static AwsException noSuchConfiguration(String code, String message, String bucket) {
        return error(code, message, 404, "/" + bucket).with("BucketName", bucket);
    }

    static AwsException noSuchTagSet(String bucket) {
        return noSuchConfiguration("NoSuchTagSet", "The TagSet does not exist", bucket);
    }

    static AwsException invalidTag(String message) {
        return error("InvalidTag", message, 400, null);
    }

    static AwsException internal(String message) {
        return new AwsException("InternalError", message, 500);
    }
}
