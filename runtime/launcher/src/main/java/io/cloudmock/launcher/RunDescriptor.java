package io.cloudmock.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what the container runs from a bnd run descriptor ({@code cnf/cloudmock.bndrun}): the bundles of
 * {@code -runbundles} with their {@code startlevel}, the {@code -runproperties} and {@code -runsystempackages}.
 */
public record RunDescriptor(List<RunBundle> bundles, Map<String, String> properties, String systemPackages) {

    /** One bundle to run: its symbolic name, start level, and whether only a terminal session starts it. */
    public record RunBundle(String symbolicName, int startLevel, boolean shellOnly) {
    }

    public static RunDescriptor read(Path file) throws IOException {
        Map<String, String> instructions = instructions(Files.readString(file, StandardCharsets.UTF_8));
        List<RunBundle> bundles = new ArrayList<>();
        for (String clause : split(instructions.getOrDefault("-runbundles", ""))) {
            String[] parts = clause.split(";");
            int level = 1;
            boolean shellOnly = false;
            for (int i = 1; i < parts.length; i++) {
                String[] kv = parts[i].split("=", 2);
                String k = kv[0].trim();
                String v = kv.length > 1 ? unquote(kv[1].trim()) : "";
                if (k.equals("startlevel")) {
                    level = Integer.parseInt(v);
                } else if (k.equals("cloudmock.shell")) {
                    shellOnly = Boolean.parseBoolean(v);
                }
            }
            bundles.add(new RunBundle(parts[0].trim(), level, shellOnly));
        }
        Map<String, String> props = new LinkedHashMap<>();
        for (String clause : split(instructions.getOrDefault("-runproperties", ""))) {
            String[] kv = clause.split("=", 2);
            props.put(kv[0].trim(), kv.length > 1 ? unquote(kv[1].trim()) : "");
        }
        return new RunDescriptor(bundles, props, instructions.getOrDefault("-runsystempackages", "").trim());
    }

    /** Joins continuation lines, drops comments, splits {@code key: value} instructions. */
    private static Map<String, String> instructions(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        StringBuilder logical = new StringBuilder();
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (logical.length() == 0 && (t.startsWith("#") || t.isEmpty())) {
                continue;
            }
            if (t.endsWith("\\")) {
                logical.append(t, 0, t.length() - 1).append(' ');
                continue;
            }
            logical.append(t);
            String l = logical.toString();
            logical.setLength(0);
            int colon = l.indexOf(':');
            if (colon > 0) {
                out.put(l.substring(0, colon).trim(), l.substring(colon + 1).trim());
            }
        }
        return out;
    }

    /** Splits at commas outside quotes. */
    private static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : value.toCharArray()) {
            if (c == '\'' || c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                if (!cur.toString().isBlank()) {
                    out.add(cur.toString().trim());
                }
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().trim());
        }
        return out;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("'") || s.startsWith("\"")) && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
