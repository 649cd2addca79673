package io.cloudmock.itests.grpc;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

import io.cloudmock.itests.Http;

/**
 * JSON 1.1 calls signed with SigV4 as an AWS SDK sends them to a custom service: {@code X-Amz-Target} plus a
 * credential scope naming the service.
 */
final class SignedCalls {

    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");

    private final URI endpoint;
    private final String signingName;
    private final String targetPrefix;
    private String region = "us-east-1";
    private String accessKey = "test";

    SignedCalls(URI endpoint, String signingName, String targetPrefix) {
        this.endpoint = endpoint;
        this.signingName = signingName;
        this.targetPrefix = targetPrefix;
    }

    SignedCalls region(String r) {
        this.region = r;
        return this;
    }

    SignedCalls accessKey(String k) {
        this.accessKey = k;
        return this;
    }

    HttpResponse<String> call(String action, String json, String... extraHeaders) {
        SdkHttpRequest.Builder b = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(endpoint.resolve("/"))
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .putHeader("X-Amz-Target", targetPrefix + "." + action);
        for (int i = 0; i + 1 < extraHeaders.length; i += 2) {
            b.putHeader(extraHeaders[i], extraHeaders[i + 1]);
        }
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create(accessKey, "test"))
                .request(b.build())
                .payload(ContentStreamProvider.fromUtf8String(json))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, signingName)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region));
        HttpRequest.Builder http = HttpRequest.newBuilder(endpoint.resolve("/"))
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (Map.Entry<String, List<String>> h : signed.request().headers().entrySet()) {
            if (!RESTRICTED.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                for (String v : h.getValue()) {
                    http.header(h.getKey(), v);
                }
            }
        }
        return Http.send(http);
    }
}
