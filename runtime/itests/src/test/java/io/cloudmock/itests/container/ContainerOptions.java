package io.cloudmock.itests.container;

import static org.ops4j.pax.exam.CoreOptions.bootDelegationPackages;
import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.frameworkStartLevel;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemPackages;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

import org.ops4j.pax.exam.Option;

import io.cloudmock.itests.CloudMockProcess;

/**
 * Pax Exam options that boot exactly what {@code cnf/cloudmock.bndrun} runs (minus the interactive shell),
 * from the built distribution, on free ports. The AWS SDK on the test class path is reached from the probe
 * through boot delegation to the application class loader.
 */
final class ContainerOptions {

    private ContainerOptions() {
    }

    static Option[] of(int gatewayPort, int adminPort, Path deployDir) {
        List<Option> options = new ArrayList<>();
        Path dist = CloudMockProcess.dist();
        Map<String, Path> jars = index(dist.resolve("bundles"));
        int maxLevel = 1;
        for (String[] rb : runBundles(dist.resolve("conf/cloudmock.bndrun"))) {
            if (rb[2].equals("true")) {
                continue;
            }
            Path jar = jars.get(rb[0]);
            if (jar == null) {
                throw new IllegalStateException("bundle " + rb[0] + " is not in the distribution");
            }
            int level = Integer.parseInt(rb[1]) + 1;
            maxLevel = Math.max(maxLevel, level);
            options.add(bundle(jar.toUri().toString()).startLevel(level));
        }
        options.add(frameworkStartLevel(Math.max(maxLevel, 6)));
        options.add(systemPackages("org.slf4j;version=2.0.17", "org.slf4j.event;version=2.0.17",
                "org.slf4j.helpers;version=2.0.17", "org.slf4j.spi;version=2.0.17"));
        options.add(frameworkProperty("org.osgi.framework.bundle.parent").value("app"));
        options.add(bootDelegationPackages("software.amazon.*", "org.reactivestreams.*", "org.apache.commons.logging.*",
                "sun.*", "com.sun.*"));
        options.add(frameworkProperty("cloudmock.gateway.port").value(Integer.toString(gatewayPort)));
        options.add(frameworkProperty("cloudmock.admin.port").value(Integer.toString(adminPort)));
        options.add(frameworkProperty("felix.fileinstall.dir").value(deployDir.toString()));
        options.add(frameworkProperty("felix.fileinstall.poll").value("200"));
        options.add(frameworkProperty("felix.fileinstall.noInitialDelay").value("true"));
        options.add(frameworkProperty("felix.fileinstall.start.level").value(Integer.toString(Math.max(maxLevel, 6))));
        options.add(systemProperty("org.slf4j.simpleLogger.defaultLogLevel").value("warn"));
        options.add(systemProperty("org.ops4j.pax.logging.DefaultServiceLog.level").value("WARN"));
        options.add(junitBundles());
        return options.toArray(new Option[0]);
    }

    /** {symbolicName, startLevel, shellOnly} of each -runbundles entry. */
    private static List<String[]> runBundles(Path bndrun) {
        try {
            String text = Files.readString(bndrun).replaceAll("\\\\\\R", " ");
            List<String[]> out = new ArrayList<>();
            for (String line : text.split("\\R")) {
                if (line.startsWith("-runbundles:")) {
                    for (String clause : line.substring("-runbundles:".length()).split(",")) {
                        String[] parts = clause.trim().split(";");
                        String level = "1";
                        String shell = "false";
                        for (String p : parts) {
                            if (p.startsWith("startlevel=")) {
                                level = p.substring("startlevel=".length());
                            } else if (p.startsWith("cloudmock.shell=")) {
                                shell = p.substring("cloudmock.shell=".length());
                            }
                        }
                        out.add(new String[] {parts[0].trim(), level, shell});
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Path> index(Path dir) {
        Map<String, Path> out = new HashMap<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.jar")) {
            for (Path jar : ds) {
                try (JarFile jf = new JarFile(jar.toFile())) {
                    String bsn = jf.getManifest().getMainAttributes().getValue("Bundle-SymbolicName");
                    if (bsn != null) {
                        out.put(bsn.split(";")[0].trim(), jar);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
