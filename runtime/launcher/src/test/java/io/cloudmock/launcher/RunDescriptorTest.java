package io.cloudmock.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class RunDescriptorTest {

    @Test
    void readsTheProjectRunDescriptor() throws Exception {
        RunDescriptor run = RunDescriptor.read(Path.of("../../cnf/cloudmock.bndrun"));
        assertEquals("org.osgi.util.function", run.bundles().get(0).symbolicName());
        assertEquals(1, run.bundles().get(0).startLevel());
        var shell = run.bundles().stream().filter(b -> b.symbolicName().equals("org.apache.felix.gogo.jline")).findFirst()
                .orElseThrow();
        assertTrue(shell.shellOnly());
        assertEquals(4, shell.startLevel());
        assertTrue(run.bundles().stream().anyMatch(b -> b.symbolicName().equals("io.cloudmock.gateway")));
        assertEquals("500", run.properties().get("felix.fileinstall.poll"));
        assertEquals("sun.*,com.sun.*", run.properties().get("org.osgi.framework.bootdelegation"));
        assertTrue(run.systemPackages().startsWith("org.slf4j;version=2.0.17"));
    }
}
