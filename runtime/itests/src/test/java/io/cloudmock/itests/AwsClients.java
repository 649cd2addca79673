package io.cloudmock.itests;

import java.net.URI;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/** Configures AWS SDK v2 clients for a CloudMock endpoint with the test/test credentials. */
public final class AwsClients {

    private AwsClients() {
    }

    public static <B extends AwsClientBuilder<B, C>, C> C create(B builder, URI endpoint) {
        return create(builder, endpoint, "test", "test", Region.US_EAST_1);
    }

    public static <B extends AwsClientBuilder<B, C>, C> C create(B builder, URI endpoint, String accessKey,
                                                                 String secret, Region region) {
        if (builder instanceof software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder<?, ?> sync) {
            sync.httpClientBuilder(UrlConnectionHttpClient.builder());
        }
        return builder.endpointOverride(endpoint).region(region)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secret)))
                .build();
    }
}
