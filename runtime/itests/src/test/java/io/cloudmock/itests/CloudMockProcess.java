package io.cloudmock.itests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * CloudMock started from the built distribution as a real process on free ports, for end-to-end tests with
 * real clients. {@link #shared()} is one instance for the whole test JVM; tests that restart or reconfigure
 * start their own with {@link #start(List)} and close it.
 */
public final class CloudMockProcess implements AutoCloseable {

    private static CloudMockProcess shared;

    private final Process process;
    private final int gatewayPort;
    private final int adminPort;
    private final Path deployDir;
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());

    private CloudMockProcess(Process process, int gatewayPort, int adminPort, Path deployDir) {
        this.process = process;
        this.gatewayPort = gatewayPort;
        this.adminPort = adminPort;
        this.deployDir = deployDir;
    }

    /** The instance shared by all tests of this JVM (stopped when the JVM exits). */
    public static synchronized CloudMockProcess shared() {
        if (shared == null || !shared.process.isAlive()) {
            shared = start(List.of());
            CloudMockProcess s = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(s::close));
        }
        return shared;
    }

    /** Starts a new instance with extra launcher arguments (e.g. {@code --data-dir DIR}). */
    public static CloudMockProcess start(List<String> extraArgs) {
        return start(defaultJvmOptions(), extraArgs);
    }

    /**
     * The distribution's {@code conf/jvm.options} (what ./cloudmock uses), or {@code -Dcloudmock.jvm="..."}
     * (e.g. to benchmark with the full C2 JIT).
     */
    public static List<String> defaultJvmOptions() {
        String override = System.getProperty("cloudmock.jvm");
        try {
            String options = override != null && !override.isBlank() ? override
                    : Files.readString(dist().resolve("conf/jvm.options")).trim();
            return List.of(options.split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new instance with these JVM options and launcher arguments. */
    public static CloudMockProcess start(List<String> jvmOptions, List<String> extraArgs) {
        try {
            int gateway = freePort();
            int admin = freePort();
            Path deploy = Files.createTempDirectory("cloudmock-deploy-");
            List<String> cmd = new ArrayList<>();
            cmd.add(javaBin());
            cmd.addAll(jvmOptions);
            cmd.addAll(List.of("-jar", dist().resolve("lib/launcher.jar").toString(), "--no-shell",
                    "--gateway-port", Integer.toString(gateway), "--admin-port", Integer.toString(admin),
                    "--deploy-dir", deploy.toString(), "--log-level", "warn"));
            cmd.addAll(extraArgs);
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().keySet().removeIf(k -> k.startsWith("CLOUDMOCK_"));
            Process p = pb.start();
            CloudMockProcess cm = new CloudMockProcess(p, gateway, admin, deploy);
            cm.awaitReady();
            return cm;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    output.add(line);
                    if (line.startsWith("CloudMock ready")) {
                        ready.countDown();
                    }
                }
            } catch (IOException e) {
                // process ended
            }
            ready.countDown();
        }, "cloudmock-output");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!ready.await(60, TimeUnit.SECONDS) || !process.isAlive()) {
                close();
                throw new IllegalStateException("CloudMock did not start:\n" + String.join("\n", output));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + gatewayPort);
    }

    public URI adminEndpoint() {
        return URI.create("http://127.0.0.1:" + adminPort);
    }

    public int gatewayPort() {
        return gatewayPort;
    }

    public int adminPort() {
        return adminPort;
    }

    public Path deployDir() {
        return deployDir;
    }

    /** What the process printed so far. */
    public List<String> output() {
        synchronized (output) {
            return new ArrayList<>(output);
        }
    }

    /** The operating-system process id (for RSS figures). */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops with SIGTERM (clean shutdown) and waits; returns the exit code. */
    public int stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    public static Path dist() {
        return Path.of(System.getProperty("cloudmock.dist", "../distribution/target/cloudmock"));
    }

    public static Path repo() {
        return Path.of(System.getProperty("cloudmock.repo", "../.."));
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
