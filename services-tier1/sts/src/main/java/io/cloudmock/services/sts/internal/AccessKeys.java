package io.cloudmock.services.sts.internal;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Access key ids in AWS's format, with the account id encoded the way AWS encodes it (base32 of a 10-byte value
 * whose bits 7..46 carry the account), so any tool that decodes the account from a key id gets the right one.
 */
final class AccessKeys {

    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessKeys() {
    }

    /** A key id with {@code prefix} (ASIA for temporary, AKIA for long-term) encoding {@code account}. */
    static String newKeyId(String prefix, String account) {
        long acct = Long.parseLong(account);
        byte[] raw = new byte[10];
        RANDOM.nextBytes(raw);
        long head = (acct << 7) | (raw[5] & 0x7f);
        for (int i = 0; i < 6; i++) {
            raw[i] = (byte) (head >>> (8 * (5 - i)));
        }
        return prefix + base32(raw);
    }

    /** The account a key id encodes. */
    static String accountOf(String keyId) {
        byte[] raw = unbase32(keyId.substring(4));
        long head = 0;
        for (int i = 0; i < 6; i++) {
            head = (head << 8) | (raw[i] & 0xff);
        }
        return String.format("%012d", (head & 0x7fffffffff80L) >>> 7);
    }

    static String secret() {
        byte[] b = new byte[30];
        RANDOM.nextBytes(b);
        return Base64.getEncoder().encodeToString(b);
    }

    static String sessionToken() {
        byte[] b = new byte[96];
        RANDOM.nextBytes(b);
        return "FQoGZXIvYXdzE" + Base64.getEncoder().encodeToString(b);
    }

    static String uniqueId(String prefix) {
        byte[] b = new byte[11];
        RANDOM.nextBytes(b);
        return prefix + base32(b).substring(0, 17);
    }

    private static String base32(byte[] data) {
        StringBuilder sb = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                sb.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return sb.toString();
    }

    private static byte[] unbase32(String s) {
        byte[] out = new byte[s.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int n = 0;
        for (char c : s.toCharArray()) {
            int v = c >= 'A' && c <= 'Z' ? c - 'A' : c - '2' + 26;
            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8) {
                out[n++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return out;
    }
}
