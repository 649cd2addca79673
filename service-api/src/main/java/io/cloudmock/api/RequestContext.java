package io.cloudmock.api;

/**
 * Who called, where, and which call this is.
 *
 * @param accountId    from the access key (12 digits) or the default {@code 000000000000}
 * @param region       from the SigV4 credential scope or the default {@code us-east-1}
 * @param accessKeyId  the caller's access key id ({@code test} when unsigned)
 * @param callerArn    the caller's identity ARN
 * @param requestId    the request id returned in the response headers and error bodies
 * @param source       the {@code X-CloudMock-Source} header (empty when absent), for the devtools views
 * @param serviceName  the model key of the service routed to
 * @param host         the {@code Host} header the client used (for URLs that must work as endpoints)
 */
public record RequestContext(String accountId, String region, String accessKeyId, String callerArn,
                             String requestId, String source, String serviceName, String host) {

    public static final String DEFAULT_ACCOUNT = "000000000000";
    public static final String DEFAULT_REGION = "us-east-1";

    /** {@code arn:aws:<service>:<region>:<account>:<resource>} in the caller's partition. */
    public String arn(String service, String resource) {
        return "arn:" + partition() + ":" + service + ":" + region + ":" + accountId + ":" + resource;
    }

    /** The partition of {@link #region}: {@code aws}, {@code aws-cn} or {@code aws-us-gov}. */
    public String partition() {
        if (region.startsWith("cn-")) {
            return "aws-cn";
        }
        return region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
    }
}
