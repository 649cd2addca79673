package io.cloudmock.gateway.internal.protocol.s3;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/** The flexible checksums S3 accepts in {@code x-amz-checksum-*} headers and trailers. */
abstract class Checksum {

    private final String algorithm;

    Checksum(String algorithm) {
        this.algorithm = algorithm;
    }

    String algorithm() {
        return algorithm;
    }

    abstract void update(byte[] b, int off, int len);

    abstract byte[] digest();

    /** The checksum of a header like {@code x-amz-checksum-crc32}, or null for an unknown algorithm. */
    static Checksum forHeader(String header) {
        String alg = header.substring(header.lastIndexOf('-') + 1);
        return switch (alg) {
            case "crc32" -> crc(new CRC32(), "CRC32");
            case "crc32c" -> crc(new CRC32C(), "CRC32C");
            case "sha1" -> digest("SHA-1", "SHA1");
            case "sha256" -> digest("SHA-256", "SHA256");
            default -> null;
        };
    }

    private static Checksum crc(java.util.zip.Checksum crc, String name) {
        return new Checksum(name) {
            @Override
            void update(byte[] b, int off, int len) {
                crc.update(b, off, len);
            }

            @Override
            byte[] digest() {
                long v = crc.getValue();
                return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
            }
        };
    }

    private static Checksum digest(String jca, String name) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance(jca);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return new Checksum(name) {
            @Override
            void update(byte[] b, int off, int len) {
                md.update(b, off, len);
            }

            @Override
            byte[] digest() {
                return md.digest();
            }
        };
    }
}
