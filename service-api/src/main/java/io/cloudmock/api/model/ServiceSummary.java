package io.cloudmock.api.model;

import java.util.List;

/**
 * What routing needs to know of a service without loading its model.
 *
 * @param name           the model key (botocore folder name, e.g. {@code sqs})
 * @param apiVersion     the API version ({@code 2012-11-05})
 * @param protocol       the protocol the SDKs use ({@code json}, {@code query}, {@code rest-json},
 *                       {@code rest-xml}, {@code ec2}, {@code smithy-rpc-v2-cbor})
 * @param protocols      every protocol the service supports, preferred first
 * @param jsonVersion    {@code 1.0} or {@code 1.1} for JSON protocols, else null
 * @param targetPrefix   the {@code X-Amz-Target} prefix, or null
 * @param signingName    the SigV4 credential-scope service name
 * @param endpointPrefix the host prefix of its endpoints
 * @param serviceId      the SDK service id ({@code SQS})
 * @param awsQueryCompatible whether JSON errors carry the query error codes ({@code x-amzn-query-error})
 * @param operationCount the number of operations
 */
public record ServiceSummary(String name, String apiVersion, String protocol, List<String> protocols,
                             String jsonVersion, String targetPrefix, String signingName, String endpointPrefix,
                             String serviceId, boolean awsQueryCompatible, int operationCount) {
}
