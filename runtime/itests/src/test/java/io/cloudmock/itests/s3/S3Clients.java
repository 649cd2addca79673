package io.cloudmock.itests.s3;

import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import io.cloudmock.itests.CloudMockProcess;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * S3 clients for the tests: path style, and virtual-host style against {@code *.localhost} host names (resolved
 * to 127.0.0.1 by the client's own DNS resolver, since this machine does not resolve them).
 */
final class S3Clients {

    private static final AtomicInteger BUCKETS = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

    private S3Clients() {
    }

    static S3Client pathStyle(CloudMockProcess cm) {
        return S3Client.builder().endpointOverride(cm.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(credentials()).forcePathStyle(true)
                .httpClientBuilder(ApacheHttpClient.builder()).build();
    }

    /** Virtual-host style: requests go to {@code <bucket>.<host>:<port>} with that Host header. */
    static S3Client virtualHost(CloudMockProcess cm, String host, Region region) {
        return S3Client.builder().endpointOverride(URI.create("http://" + host + ":" + cm.gatewayPort()))
                .region(region).credentialsProvider(credentials())
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(false).build())
                .httpClientBuilder(ApacheHttpClient.builder().dnsResolver(
                        name -> new InetAddress[] {InetAddress.getByName("127.0.0.1")}))
                .build();
    }

    static S3AsyncClient async(CloudMockProcess cm, boolean multipart) {
        return S3AsyncClient.builder().endpointOverride(cm.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(credentials()).forcePathStyle(true).multipartEnabled(multipart).build();
    }

    static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
    }

    /** A bucket name unique in this test JVM. */
    static String bucket(String purpose) {
        return (purpose + "-" + RUN + "-" + BUCKETS.incrementAndGet()).toLowerCase(Locale.ROOT);
    }
}
