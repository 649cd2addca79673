package io.cloudmock.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * CloudMock's settings as framework properties ({@code cloudmock.gateway.port}, ...), merged in this order,
 * later winning: defaults, {@code cloudmock.yml}, {@code CLOUDMOCK_*} environment variables, command-line flags.
 */
public final class Settings {

    /** The documented flags: name, argument, meaning, default. */
    static final String[][] FLAGS = {
        {"--gateway-port", "N", "AWS gateway port", "4566"},
        {"--admin-port", "N", "admin REST API port", "4599"},
        {"--host", "ADDR", "address to bind (0.0.0.0 to expose on the network)", "127.0.0.1"},
        {"--hostname", "NAME", "host name in URLs CloudMock returns (queue URLs, ...)", "localhost"},
        {"--deploy-dir", "DIR", "folder watched for drop-in bundle JARs", "deploy"},
        {"--data-dir", "DIR", "folder where state survives restarts (default: in memory/temporary)", ""},
        {"--iam-mode", "MODE", "off (accept any credentials) or verify (check SigV4 signatures)", "off"},
        {"--config", "FILE", "settings file", "cloudmock.yml"},
        {"--log-level", "LEVEL", "error, warn, info, debug", "info"},
        {"--no-shell", "", "never start the Gogo shell, even with a terminal", ""},
        {"--help", "", "print this help", ""},
    };

    private final Map<String, String> values = new LinkedHashMap<>();
    private boolean help;

    private Settings() {
    }

    public static Settings load(String[] args, Map<String, String> env, Path workDir) throws IOException {
        Settings s = new Settings();
        for (String[] f : FLAGS) {
            if (!f[3].isEmpty() && !f[0].equals("--config")) {
                s.values.put(key(f[0].substring(2)), f[3]);
            }
        }
        Map<String, String> cli = parseArgs(args, s);
        String config = cli.getOrDefault("cloudmock.config", env.getOrDefault("CLOUDMOCK_CONFIG", "cloudmock.yml"));
        Path file = workDir.resolve(config);
        if (Files.isRegularFile(file)) {
            s.values.putAll(readYaml(file));
        } else if (cli.containsKey("cloudmock.config") || env.containsKey("CLOUDMOCK_CONFIG")) {
            throw new IllegalArgumentException("config file not found: " + file);
        }
        env.forEach((k, v) -> {
            if (k.startsWith("CLOUDMOCK_") && !k.equals("CLOUDMOCK_CONFIG") && !k.equals("CLOUDMOCK_JAVA_OPTS")) {
                s.values.put(key(k.substring("CLOUDMOCK_".length())), v);
            }
        });
        s.values.putAll(cli);
        return s;
    }

    private static Map<String, String> parseArgs(String[] args, Settings s) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                s.help = true;
            } else if (a.equals("--no-shell")) {
                out.put("cloudmock.shell", "false");
            } else if (a.startsWith("--")) {
                String name = a.substring(2);
                String value;
                int eq = name.indexOf('=');
                if (eq > 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new IllegalArgumentException("option --" + name + " needs a value");
                }
                if (!known("--" + name)) {
                    throw new IllegalArgumentException("unknown option --" + name + " (see --help)");
                }
                out.put(key(name), value);
            } else {
                throw new IllegalArgumentException("unexpected argument " + a + " (see --help)");
            }
        }
        return out;
    }

    private static boolean known(String flag) {
        for (String[] f : FLAGS) {
            if (f[0].equals(flag)) {
                return true;
            }
        }
        return false;
    }

    /** {@code gateway-port}, {@code GATEWAY_PORT}, {@code gateway_port} → {@code cloudmock.gateway.port}. */
    static String key(String name) {
        return "cloudmock." + name.toLowerCase(Locale.ROOT).replace('_', '.').replace('-', '.');
    }

    private static Map<String, String> readYaml(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
            if (root instanceof Map<?, ?> m) {
                flatten("", m, out);
            } else if (root != null) {
                throw new IllegalArgumentException(file + ": expected a mapping of settings");
            }
        }
        return out;
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<String, String> out) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String name = prefix + e.getKey();
            Object v = e.getValue();
            if (v instanceof Map<?, ?> nested) {
                flatten(name + ".", nested, out);
            } else if (v instanceof List<?> list) {
                out.put(key(name), Json.write(list));
            } else if (v != null) {
                out.put(key(name), String.valueOf(v));
            }
        }
    }

    public boolean help() {
        return help;
    }

    public String get(String key) {
        return values.get(key);
    }

    public int port(String key) {
        String v = values.get(key);
        try {
            int p = Integer.parseInt(v);
            if (p < 0 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a port number, got '" + v + "'");
        }
    }

    /** All settings, as framework properties. */
    public Map<String, String> asProperties() {
        return values;
    }

    static String usage() {
        StringBuilder sb = new StringBuilder("Usage: ./cloudmock [options]\n\nStarts CloudMock: the AWS gateway, the "
                + "admin API and, with a terminal, the Gogo shell.\n\nOptions:\n");
        for (String[] f : FLAGS) {
            String left = f[0] + (f[1].isEmpty() ? "" : " " + f[1]);
            sb.append(String.format("  %-22s %s%s%n", left, f[2], f[3].isEmpty() ? "" : " (default " + f[3] + ")"));
        }
        sb.append("\nEvery option can also be set as an environment variable (--gateway-port = CLOUDMOCK_GATEWAY_PORT)\n"
                + "or in cloudmock.yml (gateway_port: 4566 or gateway: {port: 4566}); flags win over the environment,\n"
                + "the environment over the file.\n");
        return sb.toString();
    }
}
