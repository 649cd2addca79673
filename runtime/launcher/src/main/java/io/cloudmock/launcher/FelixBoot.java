package io.cloudmock.launcher;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;

/**
 * Creates the Felix framework, installs the run descriptor's bundles by reference (no copies into the cache)
 * and starts them by start level.
 */
final class FelixBoot {

    private FelixBoot() {
    }

    static Framework start(RunDescriptor run, Path bundleDir, Map<String, String> settings, Path cache,
                           boolean withShell) throws BundleException, IOException {
        Map<String, String> props = new HashMap<>(run.properties());
        props.putAll(settings);
        props.put(Constants.FRAMEWORK_STORAGE, cache.toString());
        props.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        if (!run.systemPackages().isEmpty()) {
            props.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, run.systemPackages());
        }
        int maxLevel = 1;
        for (RunDescriptor.RunBundle b : run.bundles()) {
            maxLevel = Math.max(maxLevel, b.startLevel());
        }
        props.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, Integer.toString(maxLevel));
        Framework framework = new FrameworkFactory().newFramework(props);
        framework.init();
        BundleContext ctx = framework.getBundleContext();
        Map<String, Path> jars = index(bundleDir);
        for (RunDescriptor.RunBundle rb : run.bundles()) {
            if (rb.shellOnly() && !withShell) {
                continue;
            }
            Path jar = jars.get(rb.symbolicName());
            if (jar == null) {
                throw new IOException("bundle " + rb.symbolicName() + " of the run descriptor is not in " + bundleDir);
            }
            Bundle b = ctx.installBundle("reference:" + jar.toUri());
            b.adapt(BundleStartLevel.class).setStartLevel(rb.startLevel());
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                b.start(Bundle.START_ACTIVATION_POLICY);
            }
        }
        framework.adapt(FrameworkStartLevel.class).setInitialBundleStartLevel(maxLevel);
        framework.start();
        return framework;
    }

    /** Bundle-SymbolicName → jar, for every jar in the folder. */
    static Map<String, Path> index(Path dir) throws IOException {
        Map<String, Path> out = new HashMap<>();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(dir, "*.jar")) {
            for (Path jar : jars) {
                try (JarFile jf = new JarFile(jar.toFile())) {
                    Manifest mf = jf.getManifest();
                    String bsn = mf == null ? null : mf.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
                    if (bsn != null) {
                        out.put(bsn.split(";")[0].trim(), jar);
                    }
                }
            }
        }
        return out;
    }
}
