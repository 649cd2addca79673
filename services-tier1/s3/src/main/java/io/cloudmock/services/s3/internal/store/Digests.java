package io.cloudmock.services.s3.internal.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/** MD5 (for the ETag) plus the flexible checksums (CRC32, CRC32C, SHA1, SHA256) of bytes written once. */
public final class Digests {

    public static final Set<String> ALGORITHMS = Set.of("CRC32", "CRC32C", "SHA1", "SHA256");

    private final MessageDigest md5 = digest("MD5");
    private final Map<String, Object> checksums = new LinkedHashMap<>();
    private long size;
    private byte[] md5Value;
    private Map<String, String> checksumValues;

    public Digests(Set<String> algorithms) {
        for (String a : algorithms) {
            switch (a) {
                case "CRC32" -> checksums.put(a, new CRC32());
                case "CRC32C" -> checksums.put(a, new CRC32C());
                case "SHA1" -> checksums.put(a, digest("SHA-1"));
                case "SHA256" -> checksums.put(a, digest("SHA-256"));
                default -> {
                }
            }
        }
    }

    void update(byte[] b, int off, int len) {
        size += len;
        md5.update(b, off, len);
        for (Object c : checksums.values()) {
            if (c instanceof java.util.zip.Checksum crc) {
                crc.update(b, off, len);
            } else {
                ((MessageDigest) c).update(b, off, len);
            }
        }
    }

    /** Counts bytes copied without digesting them (their MD5 is not wanted). */
    void skip(long n) {
        size += n;
    }

    public long size() {
        return size;
    }

    public synchronized byte[] md5() {
        if (md5Value == null) {
            md5Value = md5.digest();
        }
        return md5Value;
    }

    /** The checksums, base64 as S3 returns them, by algorithm. */
    public synchronized Map<String, String> checksums() {
        if (checksumValues == null) {
            Map<String, String> out = new LinkedHashMap<>();
            checksums.forEach((k, c) -> out.put(k, Base64.getEncoder().encodeToString(value(c))));
            checksumValues = java.util.Collections.unmodifiableMap(out);
        }
        return checksumValues;
    }

    /** The raw checksum bytes of an algorithm. */
    public static byte[] value(Object c) {
        if (c instanceof java.util.zip.Checksum crc) {
            long v = crc.getValue();
            return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
        }
        return ((MessageDigest) c).digest();
    }

    /** A fresh digest of an algorithm, for checksums of checksums. */
    public static Object create(String algorithm) {
        return switch (algorithm) {
            case "CRC32" -> new CRC32();
            case "CRC32C" -> new CRC32C();
            case "SHA1" -> digest("SHA-1");
            case "SHA256" -> digest("SHA-256");
            default -> null;
        };
    }

    public static void update(Object c, byte[] b) {
        if (c instanceof java.util.zip.Checksum crc) {
            crc.update(b, 0, b.length);
        } else {
            ((MessageDigest) c).update(b);
        }
    }

    public static MessageDigest digest(String name) {
        try {
            return MessageDigest.getInstance(name);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
