package io.cloudmock.api;

/**
 * One operation call as a service sees it.
 *
 * @param context   account, region, caller, request id
 * @param operation the operation name as in the model ({@code SendMessage})
 * @param input     the operation input parsed by the protocol codec (see {@link Struct} for the value tree)
 * @param raw       the HTTP request as received, for services that read the wire format themselves
 */
public record AwsRequest(RequestContext context, String operation, Struct input, RawRequest raw) {
}
