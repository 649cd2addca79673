package io.cloudmock.api.model;

import java.util.List;

/**
 * One operation of an AWS service model.
 *
 * @param name           the operation name
 * @param httpMethod     the HTTP method of its REST binding
 * @param requestUri     the URI template ({@code /{Bucket}/{Key+}?uploads})
 * @param responseCode   the success status (200 unless the model says otherwise)
 * @param input          the input reference (with rest-xml root element name and namespace), or null
 * @param output         the output reference, or null
 * @param resultWrapper  the query protocol's result element ({@code SendMessageResult}), or null
 * @param errors         the error shape names the operation declares
 * @param hostPrefix     the endpoint host prefix template, or null
 * @param checksumRequired whether a Content-MD5 or flexible checksum is required
 * @param requestAlgorithmMember the input member naming the flexible checksum algorithm, or null
 * @param responseAlgorithms the flexible checksum algorithms the response may carry
 * @param authType       the operation's auth type ({@code none}, {@code v4-unsigned-body}), or null
 */
public record Operation(String name, String httpMethod, String requestUri, int responseCode, Member input,
                        Member output, String resultWrapper, List<String> errors, String hostPrefix,
                        boolean checksumRequired, String requestAlgorithmMember, List<String> responseAlgorithms,
                        String authType) {
}
