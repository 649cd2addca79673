package io.cloudmock.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.cloudmock.itests.CloudMockProcess;

/**
 * Issue 2's figures: cold start to the first served AWS request, RSS after start, and sts:GetCallerIdentity
 * requests/s with 16 concurrent keep-alive clients. JVM options are the distribution's conf/jvm.options (what
 * ./cloudmock uses) unless {@code -Dbench.jvm="..."} says otherwise; starts are measured without and with the
 * class-data-sharing archive ./cloudmock writes on its first clean stop.
 */
class StartupBenchmark {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String BODY = "Action=GetCallerIdentity&Version=2011-06-15";
    private static final String AUTH = "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/sts/aws4_request, "
            + "SignedHeaders=host;x-amz-date, Signature=0000";

    private static List<String> jvm() {
        return System.getProperty("bench.jvm") != null ? List.of(System.getProperty("bench.jvm").split("\\s+"))
                : CloudMockProcess.defaultJvmOptions();
    }

    @Test
    void coldStartToFirstServedRequest() throws Exception {
        Path archive = java.nio.file.Files.createTempDirectory("cloudmock-cds").resolve("cloudmock.jsa");
        measureStarts("startup-no-cds", List.of(), null);
        measureStarts("startup-cds", List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off"),
                List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off"));
    }

    private void measureStarts(String name, List<String> extra, List<String> prepare) throws Exception {
        if (prepare != null) {
            startOnce(prepare, new long[1], 0);
        }
        long[] millis = new long[5];
        long rss = 0;
        for (int i = 0; i < millis.length; i++) {
            rss = startOnce(extra, millis, i);
        }
        Arrays.sort(millis);
        Bench.report(name, String.format("first_request_ms_min=%d median=%d max=%d rss_after_start_mib=%d jvm=\"%s\"",
                millis[0], millis[millis.length / 2], millis[millis.length - 1], rss, String.join(" ", jvm())));
    }

    /** Starts once, records the time to the first served request, returns the RSS one second later. */
    private static long startOnce(List<String> extra, long[] millis, int i) throws Exception {
        int gateway = CloudMockProcess.freePort();
        int admin = CloudMockProcess.freePort();
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm());
        cmd.addAll(extra);
        cmd.addAll(List.of("-jar", CloudMockProcess.dist().resolve("lib/launcher.jar").toString(), "--no-shell",
                "--gateway-port", "" + gateway, "--admin-port", "" + admin, "--log-level", "warn",
                "--deploy-dir", System.getProperty("java.io.tmpdir") + "/cloudmock-bench-deploy"));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            awaitFirstAnswer(gateway);
            millis[i] = (System.nanoTime() - t0) / 1_000_000;
            Thread.sleep(1000);
            return Bench.rssMiB(p.pid());
        } finally {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void awaitFirstAnswer(int port) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .header("Content-Type", FORM).header("Authorization", AUTH)
                .POST(HttpRequest.BodyPublishers.ofString(BODY)).build();
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (client.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(2);
        }
        throw new AssertionError("no answer within 60 s");
    }

    @Test
    void stsGetCallerIdentityThroughput() throws Exception {
        try (CloudMockProcess cm = CloudMockProcess.start(jvm(), List.of())) {
            byte[] request = KeepAliveClient.post("/", BODY, "Content-Type", FORM, "Authorization", AUTH);
            int threads = 16;
            KeepAliveClient[] clients = new KeepAliveClient[threads];
            for (int i = 0; i < threads; i++) {
                clients[i] = new KeepAliveClient(cm.gatewayPort(), request);
            }
            Bench.run("sts-warmup", threads, 5, 2_000_000, (t, n) -> clients[t].call());
            Bench.Result r = Bench.run("sts-GetCallerIdentity", threads, 10, 5_000_000, (t, n) -> {
                if (clients[t].call() != 200) {
                    throw new IOException("not 200");
                }
            });
            Bench.report("sts-GetCallerIdentity-rss", "rss_mib=" + Bench.rssMiB(cm.pid()) + " ops_per_s="
                    + Math.round(r.perSecond()));
            for (KeepAliveClient c : clients) {
                c.close();
            }
        }
    }
}
