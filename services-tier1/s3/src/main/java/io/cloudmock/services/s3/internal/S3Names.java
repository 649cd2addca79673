package io.cloudmock.services.s3.internal;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

import io.cloudmock.api.Struct;

/** Small S3 naming facts: bucket name rules, version and upload ids, ETags, owners, URL encoding of listings. */
final class S3Names {

    static final String OWNER_ID = "75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a";
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern IP = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private S3Names() {
    }

    static boolean validBucketName(String name) {
        return name != null && BUCKET.matcher(name).matches() && !IP.matcher(name).matches() && !name.contains("..")
                && !name.contains(".-") && !name.contains("-.") && !name.startsWith("xn--")
                && !name.endsWith("-s3alias");
    }

    /** A fresh version id: time-ordered, URL-safe. */
    static String newVersionId() {
        byte[] r = new byte[12];
        RANDOM.nextBytes(r);
        return Long.toString(System.currentTimeMillis(), 36) + "." + HexFormat.of().formatHex(r);
    }

    static String newUploadId() {
        byte[] r = new byte[24];
        RANDOM.nextBytes(r);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(r);
    }

    static String etag(byte[] md5) {
        return "\"" + HexFormat.of().formatHex(md5) + "\"";
    }

    static String unquote(String etag) {
        String e = etag.trim();
        if (e.startsWith("W/")) {
            e = e.substring(2);
        }
        return e.length() >= 2 && e.startsWith("\"") && e.endsWith("\"") ? e.substring(1, e.length() - 1) : e;
    }

    static Struct owner() {
        return Struct.of("DisplayName", "webfile", "ID", OWNER_ID);
    }

    /** Percent-decodes (a plus stays a plus). */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] in = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '%' && i + 2 < in.length && Character.digit(in[i + 1], 16) >= 0
                    && Character.digit(in[i + 2], 16) >= 0) {
                out.write(Character.digit(in[i + 1], 16) * 16 + Character.digit(in[i + 2], 16));
                i += 2;
            } else {
                out.write(in[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** URL-encodes a listing value for {@code encoding-type=url} (spaces as %20, slashes kept). */
    static String urlEncode(String s) {
        return s == null ? null : URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/");
    }
}
