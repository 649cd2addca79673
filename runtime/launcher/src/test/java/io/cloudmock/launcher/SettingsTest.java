package io.cloudmock.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void defaultsBindLocalhostOnTheStandardPorts() throws Exception {
        Settings s = Settings.load(new String[0], Map.of(), dir);
        assertEquals("127.0.0.1", s.get("cloudmock.host"));
        assertEquals(4566, s.port("cloudmock.gateway.port"));
        assertEquals(4599, s.port("cloudmock.admin.port"));
        assertEquals("off", s.get("cloudmock.iam.mode"));
    }

    @Test
    void flagsBeatEnvironmentWhichBeatsTheFile() throws Exception {
        Files.writeString(dir.resolve("cloudmock.yml"), "gateway:\n  port: 1111\nadmin_port: 2222\nhost: 0.0.0.0\n"
                + "plugins:\n  - name: widgets\n    type: grpc\n    address: localhost:50051\n");
        Settings s = Settings.load(new String[] {"--gateway-port", "3333", "--data-dir=/tmp/x"},
                Map.of("CLOUDMOCK_ADMIN_PORT", "4444", "PATH", "/bin"), dir);
        assertEquals("3333", s.get("cloudmock.gateway.port"));
        assertEquals("4444", s.get("cloudmock.admin.port"));
        assertEquals("0.0.0.0", s.get("cloudmock.host"));
        assertEquals("/tmp/x", s.get("cloudmock.data.dir"));
        assertEquals("[{\"name\":\"widgets\",\"type\":\"grpc\",\"address\":\"localhost:50051\"}]", s.get("cloudmock.plugins"));
    }

    @Test
    void noShellAndHelp() throws Exception {
        assertEquals("false", Settings.load(new String[] {"--no-shell"}, Map.of(), dir).get("cloudmock.shell"));
        assertTrue(Settings.load(new String[] {"--help"}, Map.of(), dir).help());
        assertTrue(Settings.usage().contains("--deploy-dir DIR"));
    }

    @Test
    void mistakesAreReportedClearly() {
        assertThrows(IllegalArgumentException.class, () -> Settings.load(new String[] {"--nope", "1"}, Map.of(), dir));
        assertThrows(IllegalArgumentException.class, () -> Settings.load(new String[] {"--gateway-port"}, Map.of(), dir));
        assertThrows(IllegalArgumentException.class, () -> Settings.load(new String[] {"--config", "missing.yml"}, Map.of(), dir));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Settings.load(new String[] {"--admin-port", "99999"}, Map.of(), dir).port("cloudmock.admin.port"));
        assertTrue(e.getMessage().contains("port"));
    }
}
