package io.cloudmock.itests.container;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.function.Supplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import io.cloudmock.itests.CloudMockProcess;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Boots the real Felix container with the real bundles of the run descriptor (Pax Exam, native container) and
 * proves, without restarting the framework: STS answers the AWS SDK over HTTP; the myservice plugin JAR dropped
 * into the deploy folder answers, is updated in place, and stops answering when deleted; a Tier 1 service bundle
 * updated in place keeps the data users stored.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FelixContainerTest {

    private static final String MYSERVICE_BSN = "io.cloudmock.myservice-plugin";

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() throws IOException {
        return ContainerOptions.of(CloudMockProcess.freePort(), CloudMockProcess.freePort(),
                Files.createTempDirectory("cloudmock-paxexam-deploy-"));
    }

    @Test
    public void stsAnswersTheAwsSdkOverHttp() throws Exception {
        URI endpoint = gateway();
        try (StsClient sts = StsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build()) {
            assertEquals("000000000000", sts.getCallerIdentity().account());
        }
    }

    @Test
    public void dropInPluginIsInstalledUpdatedInPlaceAndRemovedWithoutRestart() throws Exception {
        URI endpoint = gateway();
        long frameworkStart = context.getBundle(0).getLastModified();
        Path deploy = Path.of(context.getProperty("felix.fileinstall.dir"));
        Path built = Path.of(System.getProperty("cloudmock.repo"), "services-tier1", "myservice-plugin", "target",
                "myservice-plugin-0.1.0-SNAPSHOT.jar");
        Path dropped = deploy.resolve("myservice-plugin.jar");

        assertTrue(callWidget(endpoint, "ListWidgets", "{}").body().contains("UnknownOperationException"));

        Files.copy(built, dropped, StandardCopyOption.REPLACE_EXISTING);
        HttpResponse<String> created = await(() -> callWidget(endpoint, "CreateWidget", "{\"WidgetName\":\"gear\"}"),
                r -> r.statusCode() == 200);
        assertTrue(created.body(), created.body().contains("\"WidgetId\""));
        Bundle installed = await(() -> bundle(MYSERVICE_BSN), b -> b != null && b.getState() == Bundle.ACTIVE);
        long bundleId = installed.getBundleId();

        Path updated = Files.createTempFile("myservice-updated", ".jar");
        withVersion(built, updated, "0.1.0.updated");
        Files.move(updated, dropped, StandardCopyOption.REPLACE_EXISTING);
        Bundle after = await(() -> bundle(MYSERVICE_BSN),
                b -> b != null && b.getVersion().toString().equals("0.1.0.updated") && b.getState() == Bundle.ACTIVE);
        assertEquals("updated in place, not reinstalled", bundleId, after.getBundleId());
        HttpResponse<String> listed = await(() -> callWidget(endpoint, "ListWidgets", "{}"), r -> r.statusCode() == 200);
        assertTrue(listed.body(), listed.body().contains("\"Widgets\""));

        Files.delete(dropped);
        await(() -> bundle(MYSERVICE_BSN), b -> b == null);
        HttpResponse<String> gone = await(() -> callWidget(endpoint, "ListWidgets", "{}"), r -> r.statusCode() == 400);
        assertTrue(gone.body(), gone.body().contains("UnknownOperationException"));
        assertNull(bundle(MYSERVICE_BSN));
        assertEquals("the framework never restarted", frameworkStart, context.getBundle(0).getLastModified());
        assertNotNull(context.getBundle(0).getBundleContext());
    }

    @Test
    public void aServiceBundleUpdatedInPlaceKeepsWhatUsersStored() throws Exception {
        URI endpoint = gateway();
        try (DynamoDbClient ddb = DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build()) {
            ddb.createTable(r -> r.tableName("hot-swap").billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)));
            ddb.putItem(r -> r.tableName("hot-swap").item(Map.of("pk", AttributeValue.fromS("kept"),
                    "v", AttributeValue.fromN("42"))));
            Bundle dynamo = bundle("io.cloudmock.dynamodb");
            long id = dynamo.getBundleId();
            dynamo.update();
            await(() -> bundle("io.cloudmock.dynamodb"), b -> b != null && b.getState() == Bundle.ACTIVE);
            assertEquals(id, bundle("io.cloudmock.dynamodb").getBundleId());
            var item = await(() -> {
                try {
                    return ddb.getItem(r -> r.tableName("hot-swap").key(Map.of("pk", AttributeValue.fromS("kept"))))
                            .item();
                } catch (RuntimeException e) {
                    return null;
                }
            }, i -> i != null && !i.isEmpty());
            assertEquals("42", item.get("v").n());
        }
    }

    private URI gateway() throws InterruptedException {
        int port = Integer.parseInt(context.getProperty("cloudmock.gateway.port"));
        await(() -> listening(port), Boolean::booleanValue);
        return URI.create("http://127.0.0.1:" + port);
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Bundle bundle(String bsn) {
        for (Bundle b : context.getBundles()) {
            if (bsn.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    private static HttpResponse<String> callWidget(URI endpoint, String action, String body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/x-amz-json-1.1")
                    .header("X-Amz-Target", "MyService_20260101." + action)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Copies a bundle JAR with another Bundle-Version: a changed JAR for FileInstall to update in place. */
    private static void withVersion(Path source, Path target, String version) throws IOException {
        try (JarInputStream in = new JarInputStream(Files.newInputStream(source))) {
            Manifest mf = new Manifest(in.getManifest());
            mf.getMainAttributes().put(new Attributes.Name("Bundle-Version"), version);
            try (OutputStream os = Files.newOutputStream(target); JarOutputStream out = new JarOutputStream(os, mf)) {
                JarEntry e;
                while ((e = in.getNextJarEntry()) != null) {
                    out.putNextEntry(new JarEntry(e.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
    }

    private static <T> T await(Supplier<T> probe, java.util.function.Predicate<T> done) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        T last = probe.get();
        while (!done.test(last)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("condition not reached in 30 s; last value: " + last);
            }
            Thread.sleep(100);
            last = probe.get();
        }
        return last;
    }
}
