package io.cloudmock.gateway.internal.protocol.s3;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The bucket and key a request addresses, path style ({@code /bucket/key}) or virtual-host style
 * ({@code bucket.s3.localhost}, {@code bucket.s3.<region>.localhost}, {@code bucket.localhost}); virtual-host
 * requests are rewritten to their path-style equivalent before the operation is resolved.
 *
 * @param bucket the bucket name, or null for service-level requests
 * @param key    the decoded object key, or null for bucket-level requests
 */
public record S3Address(String bucket, String key) {

    /** Resolves a request's Host header and raw (still percent-encoded) path. */
    public static S3Address of(String host, String rawPath) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        String vhostBucket = bucketFromHost(host);
        if (vhostBucket != null) {
            String key = path.length() > 1 ? decode(path.substring(1)) : null;
            return new S3Address(vhostBucket, key);
        }
        String rest = path.substring(1);
        if (rest.isEmpty()) {
            return new S3Address(null, null);
        }
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return new S3Address(decode(rest), null);
        }
        String key = rest.substring(slash + 1);
        return new S3Address(decode(rest.substring(0, slash)), key.isEmpty() ? null : decode(key));
    }

    /** The path-style resource ({@code /bucket/key}) for error bodies. */
    public String resource() {
        return bucket == null ? "/" : key == null ? "/" + bucket : "/" + bucket + "/" + key;
    }

    /** The bucket named by a virtual-host style Host header, or null for path-style hosts. */
    static String bucketFromHost(String host) {
        if (host == null || host.isEmpty()) {
            return null;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            return null;
        }
        int colon = h.lastIndexOf(':');
        if (colon > 0) {
            h = h.substring(0, colon);
        }
        if (h.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            return null;
        }
        String[] labels = h.split("\\.");
        for (int i = 0; i < labels.length; i++) {
            String l = labels[i];
            if (l.equals("s3") || l.startsWith("s3-") || l.equals("s3-website")) {
                return i == 0 ? null : String.join(".", java.util.Arrays.copyOfRange(labels, 0, i));
            }
        }
        if (h.endsWith(".localhost") && h.length() > ".localhost".length()) {
            return h.substring(0, h.length() - ".localhost".length());
        }
        return null;
    }

    /** Percent-decodes a URI path part as UTF-8; {@code +} stays a plus. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                out.writeBytes(b);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
