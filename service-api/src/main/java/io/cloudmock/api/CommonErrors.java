package io.cloudmock.api;

/** Errors every AWS service can return, with the codes and statuses the SDKs expect. */
public final class CommonErrors {

    private CommonErrors() {
    }

    public static AwsException validation(String message) {
        return new AwsException("ValidationException", message, 400);
    }

    public static AwsException validationError(String message) {
        return new AwsException("ValidationError", message, 400);
    }

    public static AwsException invalidParameterValue(String message) {
        return new AwsException("InvalidParameterValue", message, 400);
    }

    public static AwsException missingParameter(String member) {
        return new AwsException("MissingParameter",
                "The request must contain the parameter " + member + ".", 400);
    }

    public static AwsException invalidAction(String operation) {
        return new AwsException("InvalidAction",
                "The action or operation requested is invalid. Verify that the action is typed correctly.", 400);
    }

    public static AwsException unknownOperation(String service, String operation) {
        return new AwsException("UnknownOperationException",
                "Operation " + operation + " is not supported by service " + service + ".", 400);
    }

    public static AwsException notImplemented(String service, String operation) {
        return new AwsException("NotImplemented",
                "The API action " + operation + " for service " + service + " is not yet implemented by CloudMock.",
                501, AwsException.Fault.RECEIVER);
    }

    public static AwsException serialization(String message) {
        return new AwsException("SerializationException", message, 400);
    }

    public static AwsException malformedQueryString(String message) {
        return new AwsException("MalformedQueryString", message, 404);
    }

    public static AwsException accessDenied(String message) {
        return new AwsException("AccessDeniedException", message, 403);
    }

    public static AwsException unrecognizedClient() {
        return new AwsException("UnrecognizedClientException",
                "The security token included in the request is invalid.", 403);
    }

    public static AwsException signatureDoesNotMatch() {
        return new AwsException("SignatureDoesNotMatch", "The request signature we calculated does not match the "
                + "signature you provided. Check your AWS Secret Access Key and signing method.", 403);
    }

    public static AwsException incompleteSignature(String message) {
        return new AwsException("IncompleteSignature", message, 403);
    }

    public static AwsException missingAuthenticationToken() {
        return new AwsException("MissingAuthenticationToken", "Request is missing Authentication Token", 403);
    }

    public static AwsException requestExpired(String message) {
        return new AwsException("RequestExpired", message, 403);
    }

    public static AwsException throttling(String message) {
        return new AwsException("ThrottlingException", message, 400);
    }

    public static AwsException serviceUnavailable(String message) {
        return new AwsException("ServiceUnavailable", message, 503, AwsException.Fault.RECEIVER);
    }

    public static AwsException internalFailure(String requestId) {
        return new AwsException("InternalFailure",
                "The request processing has failed because of an unknown error, exception or failure. RequestId: "
                        + requestId, 500, AwsException.Fault.RECEIVER);
    }

    public static AwsException requestEntityTooLarge(long limit) {
        return new AwsException("RequestEntityTooLarge",
                "Request body is larger than the limit of " + limit + " bytes.", 413);
    }
}
