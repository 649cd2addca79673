package io.cloudmock.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.osgi.framework.BundleException;
import org.osgi.framework.launch.Framework;

/**
 * {@code ./cloudmock}: reads the settings, boots Felix with the distribution's bundles, waits until the gateway
 * answers, then runs until the shell exits or the process gets SIGTERM, and shuts down cleanly.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Settings settings;
        int gatewayPort;
        try {
            settings = Settings.load(args, System.getenv(), Path.of("").toAbsolutePath());
            gatewayPort = settings.port("cloudmock.gateway.port");
            settings.port("cloudmock.admin.port");
        } catch (IllegalArgumentException e) {
            System.err.println("cloudmock: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (settings.help()) {
            System.out.print(Settings.usage());
            return;
        }
        configureLogging(settings.get("cloudmock.log.level"));
        Path home = home();
        boolean shell = !"false".equals(settings.get("cloudmock.shell")) && System.console() != null;
        settings.asProperties().put("cloudmock.deploy.dir",
                Path.of(settings.get("cloudmock.deploy.dir")).toAbsolutePath().toString());
        if (settings.get("cloudmock.data.dir") != null && !settings.get("cloudmock.data.dir").isEmpty()) {
            settings.asProperties().put("cloudmock.data.dir",
                    Path.of(settings.get("cloudmock.data.dir")).toAbsolutePath().toString());
        }
        Files.createDirectories(Path.of(settings.get("cloudmock.deploy.dir")));
        settings.asProperties().put("felix.fileinstall.dir", settings.get("cloudmock.deploy.dir"));
        settings.asProperties().put("gosh.home", home.resolve("etc").toString());
        settings.asProperties().put("gosh.args", shell ? "" : "--nointeractive");

        Path cache = Files.createTempDirectory("cloudmock-felix-");
        RunDescriptor run = RunDescriptor.read(home.resolve("conf/cloudmock.bndrun"));
        Framework framework;
        try {
            framework = FelixBoot.start(run, home.resolve("bundles"), settings.asProperties(), cache, shell);
        } catch (BundleException e) {
            System.err.println("cloudmock: failed to start: " + e.getMessage());
            deleteTree(cache);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(framework, cache), "cloudmock-shutdown"));
        stopOnSignal("TERM", framework);
        stopOnSignal("INT", framework);
        String host = settings.get("cloudmock.host");
        if (awaitPort(host, gatewayPort, 30_000)) {
            System.out.printf("CloudMock ready in %d ms: AWS gateway http://%s:%d, admin API http://%s:%s%n",
                    (System.nanoTime() - t0) / 1_000_000, host, gatewayPort, host, settings.get("cloudmock.admin.port"));
        } else {
            System.err.println("cloudmock: the gateway did not start listening on port " + gatewayPort);
        }
        framework.waitForStop(0);
        deleteTree(cache);
        System.exit(0);
    }

    /** SIGTERM/SIGINT stop the framework cleanly; main then exits 0 instead of the JVM's 143. */
    private static void stopOnSignal(String name, Framework framework) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal(name), sig -> {
                try {
                    framework.stop();
                } catch (Exception e) {
                    System.err.println("cloudmock: stop failed: " + e);
                    Runtime.getRuntime().halt(1);
                }
            });
        } catch (IllegalArgumentException e) {
            // signal not available on this platform: the shutdown hook still stops the framework
        }
    }

    private static void stop(Framework framework, Path cache) {
        try {
            framework.stop();
            framework.waitForStop(15_000);
        } catch (Exception e) {
            System.err.println("cloudmock: unclean shutdown: " + e);
        }
        deleteTree(cache);
    }

    /** The distribution folder: the parent of the folder holding this jar. */
    static Path home() throws IOException {
        String override = System.getProperty("cloudmock.home");
        if (override != null) {
            return Path.of(override);
        }
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
    }

    static boolean awaitPort(String host, int port, long timeoutMillis) throws InterruptedException {
        String target = "0.0.0.0".equals(host) ? "127.0.0.1" : host;
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(target, port), 200);
                return true;
            } catch (IOException e) {
                Thread.sleep(5);
            }
        }
        return false;
    }

    private static void configureLogging(String level) {
        String l = level == null ? "info" : level;
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", l);
        System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
        System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temporary folder
        }
    }
}
