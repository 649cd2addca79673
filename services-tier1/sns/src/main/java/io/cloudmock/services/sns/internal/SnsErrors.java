package io.cloudmock.services.sns.internal;

import io.cloudmock.api.AwsException;

/** The errors SNS returns (codes are the model's error shape names; the query codec writes their codes). */
final class SnsErrors {

    private SnsErrors() {
    }

    static AwsException topicNotFound() {
        return new AwsException("NotFoundException", "Topic does not exist", 404);
    }

    static AwsException subscriptionNotFound() {
        return new AwsException("NotFoundException", "Subscription does not exist", 404);
    }

    static AwsException resourceNotFound() {
        return new AwsException("ResourceNotFoundException", "Resource does not exist", 404);
    }

    static AwsException invalidParameter(String message) {
        return new AwsException("InvalidParameterException", "Invalid parameter: " + message, 400);
    }

    static AwsException invalidParameterValue(String message) {
        return new AwsException("InvalidParameterValueException", message, 400);
    }

    static AwsException emptyBatch() {
        return new AwsException("EmptyBatchRequestException", "The batch request doesn't contain any entries.", 400);
    }

    static AwsException tooManyEntries() {
        return new AwsException("TooManyEntriesInBatchRequestException",
                "The batch request contains more entries than permissible.", 400);
    }

    static AwsException batchIdsNotDistinct() {
        return new AwsException("BatchEntryIdsNotDistinctException",
                "Two or more batch entries in the request have the same Id.", 400);
    }

    static AwsException invalidBatchEntryId() {
        return new AwsException("InvalidBatchEntryIdException", "The Id of a batch entry in a batch request doesn't "
                + "abide by the specification.", 400);
    }
}
