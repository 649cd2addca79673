package io.cloudmock.gateway.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import io.cloudmock.api.ServiceEnvironment;

/** Data folders and public URLs for services: {@code --data-dir} when given, else a temporary folder. */
@Component(service = ServiceEnvironment.class)
public class GatewayEnvironment implements ServiceEnvironment {

    private final Path root;
    private final boolean persistent;
    private final String hostname;
    private final int port;

    @Activate
    public GatewayEnvironment(BundleContext context) throws IOException {
        String dir = Settings.get(context, "cloudmock.data.dir", "");
        this.persistent = !dir.isEmpty();
        this.root = persistent ? Path.of(dir).toAbsolutePath() : Files.createTempDirectory("cloudmock-data-");
        this.hostname = Settings.get(context, "cloudmock.hostname", "localhost");
        this.port = Integer.parseInt(Settings.get(context, "cloudmock.gateway.port", "4566"));
    }

    @Override
    public Path dataDirectory(String serviceName) {
        if (serviceName.isEmpty() || !serviceName.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new IllegalArgumentException("not a service name: " + serviceName);
        }
        Path dir = root.resolve(serviceName);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean persistent() {
        return persistent;
    }

    @Override
    public String gatewayUrl() {
        return "http://" + hostname + ":" + port;
    }

    @Override
    public String hostname() {
        return hostname;
    }

    @Deactivate
    void deactivate() throws IOException {
        if (!persistent && Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
