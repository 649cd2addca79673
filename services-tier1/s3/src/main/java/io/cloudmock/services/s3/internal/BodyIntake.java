package io.cloudmock.services.s3.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.BlobStream;
import io.cloudmock.api.Struct;
import io.cloudmock.services.s3.internal.store.BlobStore;
import io.cloudmock.services.s3.internal.store.Digests;

/**
 * Receives an object or part body: streams it to a staged blob while computing MD5 and the flexible checksums,
 * then checks the declared length, {@code Content-MD5} (BadDigest) and {@code x-amz-checksum-*} values.
 */
final class BodyIntake {

    static final String[] HEADER_MEMBERS = {"ContentType", "ContentEncoding", "ContentDisposition", "CacheControl",
        "ContentLanguage", "WebsiteRedirectLocation"};

    private BodyIntake() {
    }

    /** The checksum algorithms a request asks for (explicitly or by sending a value). */
    static Set<String> algorithms(Struct in) {
        Set<String> algs = new LinkedHashSet<>();
        String requested = in.string("ChecksumAlgorithm");
        if (requested != null && Digests.ALGORITHMS.contains(requested.toUpperCase(Locale.ROOT))) {
            algs.add(requested.toUpperCase(Locale.ROOT));
        }
        for (String a : Digests.ALGORITHMS) {
            if (in.get("Checksum" + a) != null) {
                algs.add(a);
            }
        }
        return algs;
    }

    static BlobStore.Staged receive(BlobStore blobs, Struct in, Set<String> algorithms) {
        BlobStream body = in.get("Body") instanceof BlobStream b ? b : null;
        InputStream stream = body == null ? InputStream.nullInputStream() : body.stream();
        long expected = body == null ? 0 : body.length();
        BlobStore.Staged staged;
        try (InputStream s = stream) {
            staged = blobs.write(s, expected, algorithms);
        } catch (IOException e) {
            throw S3Errors.incompleteBody();
        }
        try {
            check(staged.digests(), in, expected);
        } catch (AwsException e) {
            staged.close();
            throw e;
        }
        return staged;
    }

    private static void check(Digests digests, Struct in, long expected) {
        if (expected >= 0 && digests.size() != expected) {
            throw S3Errors.incompleteBody();
        }
        String md5 = in.string("ContentMD5");
        if (md5 != null) {
            byte[] given;
            try {
                given = Base64.getDecoder().decode(md5.trim());
            } catch (IllegalArgumentException e) {
                throw S3Errors.invalidDigest();
            }
            if (given.length != 16) {
                throw S3Errors.invalidDigest();
            }
            if (!java.util.Arrays.equals(given, digests.md5())) {
                throw S3Errors.badDigest("Content-MD5");
            }
        }
        Map<String, String> actual = digests.checksums();
        for (Map.Entry<String, String> c : actual.entrySet()) {
            String given = in.string("Checksum" + c.getKey());
            if (given != null && !given.equals(c.getValue())) {
                throw S3Errors.badDigest(c.getKey());
            }
        }
    }

    /** The representation headers of a request, by member name. */
    static Map<String, String> headers(Struct in) {
        Map<String, String> h = new LinkedHashMap<>();
        for (String m : HEADER_MEMBERS) {
            if (in.get(m) != null) {
                h.put(m, in.string(m));
            }
        }
        if (!h.containsKey("ContentType")) {
            h.put("ContentType", "binary/octet-stream");
        }
        if (in.get("Expires") instanceof Instant t) {
            h.put("Expires", Long.toString(t.toEpochMilli()));
        }
        return h;
    }

    /** User metadata, keys lower-cased as S3 stores them. */
    static Map<String, String> metadata(Struct in) {
        Map<String, String> m = new LinkedHashMap<>();
        in.map("Metadata").forEach((k, v) -> m.put(k.toLowerCase(Locale.ROOT), String.valueOf(v)));
        return m;
    }

    /** Adds stored representation headers to an output. */
    static void addHeaders(Struct out, Map<String, String> headers) {
        headers.forEach((k, v) -> {
            if (k.equals("Expires")) {
                out.put(k, Instant.ofEpochMilli(Long.parseLong(v)));
            } else {
                out.put(k, v);
            }
        });
    }

    static String encodeChecksum(byte[] raw) {
        return Base64.getEncoder().encodeToString(raw);
    }
}
