package io.cloudmock.itests.grpc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.cloudmock.itests.CloudMockProcess;

/**
 * The plugin guide's Python plugin ({@code src/test/resources/grpc/myservice_plugin.py}) as a real process. Its
 * stubs are generated from the bridge's {@code plugin.proto} with {@code grpc_tools.protoc} (no network); needs
 * {@code pip install grpcio grpcio-tools}.
 */
public final class PythonPlugin implements AutoCloseable {

    private final Path dir;
    private final int port;
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());
    private Process process;

    private PythonPlugin(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Generates the stubs into a temporary folder; the plugin is not started yet. */
    public static PythonPlugin prepare(int port) throws Exception {
        Path dir = Files.createTempDirectory("cloudmock-pyplugin-");
        Path proto = CloudMockProcess.repo().resolve("grpc-plugin-bridge/src/main/proto/cloudmock/plugin/v1/plugin.proto");
        Files.copy(proto, dir.resolve("plugin.proto"));
        try (var in = PythonPlugin.class.getResourceAsStream("/grpc/myservice_plugin.py")) {
            Files.copy(in, dir.resolve("myservice_plugin.py"));
        }
        Process protoc = new ProcessBuilder("python3", "-m", "grpc_tools.protoc", "-I" + dir, "--python_out=" + dir,
                "--grpc_python_out=" + dir, dir.resolve("plugin.proto").toString()).redirectErrorStream(true).start();
        String out = new String(protoc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!protoc.waitFor(60, TimeUnit.SECONDS) || protoc.exitValue() != 0) {
            throw new IllegalStateException("generating the Python stubs failed (pip install grpcio grpcio-tools?):\n"
                    + out);
        }
        return new PythonPlugin(dir, port);
    }

    public int port() {
        return port;
    }

    /** Starts the plugin process and waits until it listens. */
    public PythonPlugin start() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("python3", "-u", dir.resolve("myservice_plugin.py").toString(),
                Integer.toString(port)).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("PYTHONPATH", dir.toString());
        process = pb.start();
        CountDownLatch ready = new CountDownLatch(1);
        Process p = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    output.add(line);
                    if (line.startsWith("plugin listening")) {
                        ready.countDown();
                    }
                }
            } catch (IOException e) {
                // process ended
            }
            ready.countDown();
        }, "python-plugin-output");
        reader.setDaemon(true);
        reader.start();
        if (!ready.await(60, TimeUnit.SECONDS) || !process.isAlive()) {
            close();
            throw new IllegalStateException("the Python plugin did not start:\n" + String.join("\n", output));
        }
        return this;
    }

    /** Kills the process (SIGKILL: a crashed plugin) and waits for it to be gone. */
    void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
