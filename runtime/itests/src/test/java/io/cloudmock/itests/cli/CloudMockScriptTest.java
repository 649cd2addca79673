package io.cloudmock.itests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cloudmock.itests.CloudMockProcess;
import io.cloudmock.itests.Http;

/**
 * Starts {@code ./cloudmock} from the repository root as a newcomer would (headless: no terminal), calls it with the
 * AWS CLI and plain HTTP, and stops it with SIGTERM. Also covers settings from cloudmock.yml and the environment.
 */
class CloudMockScriptTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void scriptStartsHeadlessAnswersTheAwsCliAndAdminApiAndStopsOnSigterm() throws Exception {
        int gateway = CloudMockProcess.freePort();
        int admin = CloudMockProcess.freePort();
        Process p = script(List.of("--gateway-port", "" + gateway, "--admin-port", "" + admin,
                "--deploy-dir", work.resolve("deploy").toString()), Map.of());
        try {
            String ready = awaitLine(p, "CloudMock ready");
            assertTrue(ready.contains("http://127.0.0.1:" + gateway), ready);
            Result cli = run(List.of("aws", "--endpoint-url", "http://127.0.0.1:" + gateway, "sts",
                    "get-caller-identity", "--output", "json"));
            assertEquals(0, cli.exit(), cli.output());
            assertEquals("000000000000", JSON.readTree(cli.output()).path("Account").asText());
            JsonNode health = JSON.readTree(Http.get(java.net.URI.create("http://127.0.0.1:" + admin + "/api/health")).body());
            assertEquals("UP", health.path("status").asText());
            assertTrue(Files.isDirectory(work.resolve("deploy")), "deploy dir created");
        } finally {
            p.destroy();
        }
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "stops on SIGTERM");
        assertEquals(0, p.exitValue(), "clean shutdown exits 0");
    }

    @Test
    void settingsComeFromCloudmockYmlAndEnvironmentWithFlagsWinning() throws Exception {
        int fromYml = CloudMockProcess.freePort();
        int fromEnv = CloudMockProcess.freePort();
        Files.writeString(work.resolve("cloudmock.yml"), "gateway:\n  port: " + fromYml + "\nadmin_port: " + fromEnv
                + "\n", StandardCharsets.UTF_8);
        int adminFromEnv = CloudMockProcess.freePort();
        Process p = script(List.of("--deploy-dir", work.resolve("deploy").toString()),
                Map.of("CLOUDMOCK_ADMIN_PORT", "" + adminFromEnv));
        try {
            String ready = awaitLine(p, "CloudMock ready");
            assertTrue(ready.contains(":" + fromYml), "gateway port from cloudmock.yml: " + ready);
            assertTrue(ready.contains(":" + adminFromEnv), "admin port: environment beats the file: " + ready);
            assertEquals(200, Http.get(java.net.URI.create("http://127.0.0.1:" + adminFromEnv + "/api/health")).statusCode());
        } finally {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void helpAndBadOptionsAreExplained() throws Exception {
        Result help = run(List.of(CloudMockProcess.repo().resolve("cloudmock").toString(), "--help"));
        assertEquals(0, help.exit(), help.output());
        for (String flag : List.of("--gateway-port", "--admin-port", "--host", "--deploy-dir", "--data-dir", "--no-shell")) {
            assertTrue(help.output().contains(flag), flag + " in " + help.output());
        }
        Result bad = run(List.of(CloudMockProcess.repo().resolve("cloudmock").toString(), "--gateway-port", "lots"));
        assertEquals(2, bad.exit(), bad.output());
        assertTrue(bad.output().contains("port"), bad.output());
    }

    private Process script(List<String> args, Map<String, String> env) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(CloudMockProcess.repo().resolve("cloudmock").toAbsolutePath().toString());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        pb.environment().keySet().removeIf(k -> k.startsWith("CLOUDMOCK_"));
        pb.environment().putAll(env);
        return pb.start();
    }

    private static String awaitLine(Process p, String prefix) throws IOException {
        var reader = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = reader.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.startsWith(prefix)) {
                Thread drain = new Thread(() -> {
                    try {
                        reader.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException e) {
                        // process ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return line;
            }
        }
        throw new AssertionError("process ended before '" + prefix + "':\n" + seen);
    }

    record Result(int exit, String output) {
    }

    private static Result run(List<String> cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("AWS_ACCESS_KEY_ID", "test");
        pb.environment().put("AWS_SECRET_ACCESS_KEY", "test");
        pb.environment().put("AWS_DEFAULT_REGION", "us-east-1");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return new Result(p.exitValue(), out);
    }
}
