package io.cloudmock.services.sqs.internal;

import io.cloudmock.api.AwsException;

/** The errors SQS returns (codes are the model's error shape names; the gateway adds the legacy codes). */
final class SqsErrors {

    private SqsErrors() {
    }

    static AwsException queueDoesNotExist() {
        return new AwsException("QueueDoesNotExist", "The specified queue does not exist.", 400);
    }

    static AwsException queueNameExists(String name) {
        return new AwsException("QueueNameExists", "A queue already exists with the same name and a different "
                + "value for attribute " + name, 400);
    }

    static AwsException invalidAttributeName(String name) {
        return new AwsException("InvalidAttributeName", "Unknown Attribute " + name + ".", 400);
    }

    static AwsException invalidAttributeValue(String name, String reason) {
        return new AwsException("InvalidAttributeValue", "Invalid value for the parameter " + name + "."
                + (reason == null ? "" : " " + reason), 400);
    }

    static AwsException invalidParameterValue(String message) {
        return new AwsException("InvalidParameterValue", message, 400);
    }

    static AwsException missingParameter(String name) {
        return new AwsException("MissingParameter", "The request must contain the parameter " + name + ".", 400);
    }

    static AwsException invalidMessageContents() {
        return new AwsException("InvalidMessageContents", "Invalid characters found. Valid unicode characters are "
                + "#x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF", 400);
    }

    static AwsException receiptHandleIsInvalid(String handle) {
        return new AwsException("ReceiptHandleIsInvalid", "The input receipt handle \"" + handle
                + "\" is not a valid receipt handle.", 404);
    }

    static AwsException messageNotInflight() {
        return new AwsException("MessageNotInflight", "Message does not exist or is not available for visibility "
                + "timeout change.", 400);
    }

    static AwsException emptyBatchRequest() {
        return new AwsException("EmptyBatchRequest", "There should be at least one SendMessageBatchRequestEntry in "
                + "the request.", 400);
    }

    static AwsException tooManyEntries(int n) {
        return new AwsException("TooManyEntriesInBatchRequest", "Maximum number of entries per request are 10. You "
                + "have sent " + n + ".", 400);
    }

    static AwsException batchEntryIdsNotDistinct(String id) {
        return new AwsException("BatchEntryIdsNotDistinct", "Id " + id + " repeated.", 400);
    }

    static AwsException invalidBatchEntryId() {
        return new AwsException("InvalidBatchEntryId", "A batch entry id can only contain alphanumeric characters, "
                + "hyphens and underscores. It can be at most 80 letters long.", 400);
    }

    static AwsException batchRequestTooLong(long size, long max) {
        return new AwsException("BatchRequestTooLong", "Batch requests cannot be longer than " + max
                + " bytes. You have sent " + size + " bytes.", 400);
    }

    static AwsException resourceNotFound(String message) {
        return new AwsException("ResourceNotFoundException", message, 404);
    }

    static AwsException unsupportedOperation(String message) {
        return new AwsException("UnsupportedOperation", message, 400);
    }
}
