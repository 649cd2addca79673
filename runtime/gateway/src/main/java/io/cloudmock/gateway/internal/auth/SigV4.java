package io.cloudmock.gateway.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.CommonErrors;
import io.cloudmock.gateway.internal.http.FormEncoding;
import io.cloudmock.gateway.internal.http.HttpRequestData;

/** AWS Signature Version 4: reading the credential scope, and verifying header and presigned signatures. */
public final class SigV4 {

    /** The credential scope of a signed request. */
    public record Scope(String accessKeyId, String date, String region, String service, String amzDate,
                        List<String> signedHeaders, String signature, boolean presigned, long expiresSeconds) {
    }

    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private SigV4() {
    }

    /** The scope from the {@code Authorization} header or presigned query, or null when the request is unsigned. */
    public static Scope scope(HttpRequestData request) {
        String auth = request.header("Authorization");
        if (auth != null && auth.startsWith(ALGORITHM)) {
            Map<String, String> parts = new TreeMap<>();
            for (String p : auth.substring(ALGORITHM.length()).split(",")) {
                int eq = p.indexOf('=');
                if (eq > 0) {
                    parts.put(p.substring(0, eq).trim(), p.substring(eq + 1).trim());
                }
            }
            String credential = parts.get("Credential");
            if (credential == null) {
                throw CommonErrors.incompleteSignature("Authorization header requires 'Credential' parameter.");
            }
            return build(credential, request.header("X-Amz-Date"), parts.get("SignedHeaders"), parts.get("Signature"),
                    false, 0);
        }
        String credential = request.queryParameter("X-Amz-Credential");
        if (credential != null) {
            long expires;
            try {
                expires = Long.parseLong(request.queryParameter("X-Amz-Expires") == null ? "604800"
                        : request.queryParameter("X-Amz-Expires"));
            } catch (NumberFormatException e) {
                throw new AwsException("AuthorizationQueryParametersError", "X-Amz-Expires should be a number", 400);
            }
            return build(credential, request.queryParameter("X-Amz-Date"), request.queryParameter("X-Amz-SignedHeaders"),
                    request.queryParameter("X-Amz-Signature"), true, expires);
        }
        return null;
    }

    private static Scope build(String credential, String amzDate, String signedHeaders, String signature,
                               boolean presigned, long expires) {
        String[] c = credential.split("/");
        if (c.length != 5 || !"aws4_request".equals(c[4])) {
            throw CommonErrors.incompleteSignature("Credential should be scoped to a valid region and service, "
                    + "got '" + credential + "'.");
        }
        List<String> headers = signedHeaders == null ? List.of() : List.of(signedHeaders.toLowerCase(Locale.ROOT).split(";"));
        return new Scope(c[0], c[1], c[2], c[3], amzDate, headers, signature, presigned, expires);
    }

    /** Fails with the AWS error when a presigned URL has expired. */
    public static void checkNotExpired(Scope scope, Instant now) {
        if (!scope.presigned() || scope.amzDate() == null) {
            return;
        }
        Instant signedAt = parseAmzDate(scope.amzDate());
        if (now.isAfter(signedAt.plus(Duration.ofSeconds(scope.expiresSeconds())))) {
            throw new AwsException("AccessDenied", "Request has expired", 403);
        }
    }

    /** Verifies the signature with the caller's secret key; throws SignatureDoesNotMatch otherwise. */
    public static void verify(HttpRequestData request, Scope scope, String secretKey, boolean s3Style) {
        if (scope.signature() == null || scope.amzDate() == null) {
            throw CommonErrors.incompleteSignature("Authorization header requires 'Signature' and 'X-Amz-Date'.");
        }
        String canonical = canonicalRequest(request, scope, s3Style);
        String stringToSign = ALGORITHM + "\n" + scope.amzDate() + "\n" + scope.date() + "/" + scope.region() + "/"
                + scope.service() + "/aws4_request\n" + hex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), scope.date());
        key = hmac(key, scope.region());
        key = hmac(key, scope.service());
        key = hmac(key, "aws4_request");
        String expected = hex(hmac(key, stringToSign));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                scope.signature().getBytes(StandardCharsets.US_ASCII))) {
            throw CommonErrors.signatureDoesNotMatch();
        }
    }

    static String canonicalRequest(HttpRequestData request, Scope scope, boolean s3Style) {
        StringBuilder sb = new StringBuilder(256);
        sb.append(request.method()).append('\n');
        sb.append(canonicalUri(request.rawPath(), s3Style)).append('\n');
        sb.append(canonicalQuery(request.rawQuery(), scope.presigned())).append('\n');
        for (String h : scope.signedHeaders()) {
            List<String> values = request.headerValues(h);
            List<String> trimmed = new ArrayList<>();
            for (String v : values) {
                trimmed.add(v.trim().replaceAll("\\s+", " "));
            }
            sb.append(h).append(':').append(String.join(",", trimmed)).append('\n');
        }
        sb.append('\n').append(String.join(";", scope.signedHeaders())).append('\n');
        sb.append(payloadHash(request, scope));
        return sb.toString();
    }

    private static String payloadHash(HttpRequestData request, Scope scope) {
        String declared = request.header("X-Amz-Content-Sha256");
        if (declared != null) {
            return declared;
        }
        if (scope.presigned()) {
            return "UNSIGNED-PAYLOAD";
        }
        return hex(sha256(request.body()));
    }

    private static String canonicalUri(String rawPath, boolean s3Style) {
        String decoded = FormEncoding.decodePath(rawPath);
        if (s3Style) {
            return FormEncoding.encode(decoded, true);
        }
        // every other service signs the already-encoded path encoded once more
        return FormEncoding.encode(FormEncoding.encode(decoded, true), true);
    }

    private static String canonicalQuery(String rawQuery, boolean presigned) {
        TreeMap<String, List<String>> sorted = new TreeMap<>();
        FormEncoding.decode(rawQuery.replace("+", "%2B")).forEach((k, vs) -> {
            if (!(presigned && k.equals("X-Amz-Signature"))) {
                String ek = FormEncoding.encode(k, false);
                for (String v : vs) {
                    sorted.computeIfAbsent(ek, x -> new ArrayList<>()).add(FormEncoding.encode(v, false));
                }
            }
        });
        StringBuilder sb = new StringBuilder();
        sorted.forEach((k, vs) -> {
            vs.sort(null);
            for (String v : vs) {
                if (sb.length() > 0) {
                    sb.append('&');
                }
                sb.append(k).append('=').append(v);
            }
        });
        return sb.toString();
    }

    private static Instant parseAmzDate(String s) {
        try {
            return Instant.from(AMZ_DATE.parse(s));
        } catch (DateTimeParseException e) {
            throw new AwsException("AuthorizationQueryParametersError", "X-Amz-Date must be in the ISO8601 Long Format", 400);
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
