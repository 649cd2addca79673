package io.cloudmock.itests.tier2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;

import io.cloudmock.itests.AwsClients;
import io.cloudmock.itests.CloudMockProcess;
import io.cloudmock.itests.Http;
import io.cloudmock.itests.tier2.fake.FakeTier1AcmService;
import software.amazon.awssdk.services.acm.AcmClient;
import software.amazon.awssdk.services.acm.model.ResourceNotFoundException;

/**
 * Tier 1 wins and Tier 2 takes over again, without restart: a drop-in bundle registering a ranking-100 ACM
 * service (built here from {@link FakeTier1AcmService}) shadows the stub while it is installed; deleting it
 * brings the stub back with its state intact; {@code POST /api/reset} then drops that state.
 */
class Tier1WinsTest {

    @Test
    void aTier1BundleShadowsTheStubUntilItIsUninstalled() throws Exception {
        try (CloudMockProcess cm = CloudMockProcess.start(List.of());
             AcmClient acm = AwsClients.create(AcmClient.builder(), cm.endpoint())) {
            String arn = acm.requestCertificate(r -> r.domainName("stub.example.com")).certificateArn();
            assertTrue(domains(acm).contains("stub.example.com"), "the stub answers");

            Path jar = cm.deployDir().resolve("fake-tier1-acm.jar");
            writeBundle(jar);
            awaitTrue(() -> domains(acm).contains(FakeTier1AcmService.MARKER), "the Tier 1 bundle answers");
            assertFalse(domains(acm).contains("stub.example.com"));
            String services = Http.get(cm.adminEndpoint().resolve("/api/services")).body();
            assertTrue(services.contains("fake-tier1-acm"), "admin shows the Tier 1 bundle serving acm");

            Files.delete(jar);
            awaitTrue(() -> domains(acm).contains("stub.example.com"), "the stub takes over again");
            assertTrue(acm.describeCertificate(r -> r.certificateArn(arn)).certificate() != null,
                    "the stub kept its state");

            assertEquals(200, Http.post(cm.adminEndpoint().resolve("/api/reset"), "application/json", "{}")
                    .statusCode());
            assertThrows(ResourceNotFoundException.class, () -> acm.describeCertificate(r -> r.certificateArn(arn)),
                    "POST /api/reset drops the stub's state");
        }
    }

    private static List<String> domains(AcmClient acm) {
        return acm.listCertificates(r -> { }).certificateSummaryList().stream().map(c -> c.domainName()).toList();
    }

    /** Polls a condition (bundle install and uninstall are asynchronous), failing after 30 s. */
    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting until " + what);
    }

    /** A bundle with the fake service class and a DS component description registering it for {@code acm}. */
    static void writeBundle(Path jar) throws IOException {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "fake-tier1-acm");
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Import-Package", "io.cloudmock.api");
        a.putValue("Service-Component", "OSGI-INF/fake-acm.xml");
        String component = """
                <?xml version="1.0" encoding="UTF-8"?>
                <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="fake.tier1.acm" immediate="true">
                  <implementation class="io.cloudmock.itests.tier2.fake.FakeTier1AcmService"/>
                  <service><provide interface="io.cloudmock.api.AwsService"/></service>
                  <property name="cloudmock.service.name" type="String" value="acm"/>
                  <property name="cloudmock.service.tier" type="String" value="tier1"/>
                  <property name="service.ranking" type="Integer" value="100"/>
                </scr:component>
                """;
        String classFile = FakeTier1AcmService.class.getName().replace('.', '/') + ".class";
        Path tmp = Files.createTempFile("fake-tier1", ".jar");
        try (OutputStream out = Files.newOutputStream(tmp); JarOutputStream j = new JarOutputStream(out, mf);
             InputStream cls = FakeTier1AcmService.class.getClassLoader().getResourceAsStream(classFile)) {
            j.putNextEntry(new JarEntry("OSGI-INF/fake-acm.xml"));
            j.write(component.getBytes(StandardCharsets.UTF_8));
            j.closeEntry();
            j.putNextEntry(new JarEntry(classFile));
            j.write(cls.readAllBytes());
            j.closeEntry();
        }
        Files.move(tmp, jar);
    }
}
