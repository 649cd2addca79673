package io.cloudmock.services.dynamodb.internal;

import java.util.List;
import java.util.Map;

import io.cloudmock.api.AwsException;

/** The errors DynamoDB returns, with its codes and messages. */
public final class DynamoDbErrors {

    private DynamoDbErrors() {
    }

    public static AwsException validation(String message) {
        return new AwsException("ValidationException", message, 400);
    }

    /** {@code One or more parameter values were invalid: ...}. */
    public static AwsException invalidParameters(String detail) {
        return validation("One or more parameter values were invalid: " + detail);
    }

    public static AwsException tableNotFound(String table) {
        return new AwsException("ResourceNotFoundException", "Requested resource not found: Table: " + table
                + " not found", 400);
    }

    public static AwsException resourceNotFound() {
        return new AwsException("ResourceNotFoundException", "Requested resource not found", 400);
    }

    public static AwsException resourceNotFound(String message) {
        return new AwsException("ResourceNotFoundException", message, 400);
    }

    public static AwsException resourceInUse(String message) {
        return new AwsException("ResourceInUseException", message, 400);
    }

    public static AwsException conditionalCheckFailed(Map<String, Object> item) {
        AwsException e = new AwsException("ConditionalCheckFailedException", "The conditional request failed", 400);
        return item == null ? e : e.with("Item", item);
    }

    public static AwsException transactionCanceled(List<String> codes, List<Object> reasons) {
        return new AwsException("TransactionCanceledException",
                "Transaction cancelled, please refer cancellation reasons for specific reasons "
                        + codes.toString().replace(" ", " "), 400).with("CancellationReasons", reasons);
    }

    public static AwsException idempotentParameterMismatch() {
        return new AwsException("IdempotentParameterMismatchException", "The request uses the same client token as "
                + "a previous, but non-identical request. Do not reuse a client token with different requests, "
                + "unless the requests are identical.", 400);
    }

    public static AwsException itemCollectionSizeLimitExceeded() {
        return new AwsException("ItemCollectionSizeLimitExceededException",
                "Collection size exceeded.", 400);
    }

    public static AwsException limitExceeded(String message) {
        return new AwsException("LimitExceededException", message, 400);
    }

    public static AwsException expiredIterator(String message) {
        return new AwsException("ExpiredIteratorException", message, 400);
    }

    public static AwsException trimmedDataAccess(String message) {
        return new AwsException("TrimmedDataAccessException", message, 400);
    }

    public static AwsException duplicateItem() {
        return new AwsException("DuplicateItemException", "Duplicate primary key exists in table", 400);
    }
}
