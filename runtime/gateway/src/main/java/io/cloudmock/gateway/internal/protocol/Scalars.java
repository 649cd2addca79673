package io.cloudmock.gateway.internal.protocol;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.BlobStream;
import io.cloudmock.api.CommonErrors;
import io.cloudmock.api.model.Member;
import io.cloudmock.api.model.Shape;

/**
 * Scalar values as text, the way every AWS protocol writes them outside JSON: headers, query strings, URI
 * labels and XML text. Floats keep their float precision, NaN and infinities are spelled out, blobs are base64.
 */
public final class Scalars {

    private Scalars() {
    }

    /** The timestamp format of a member: the member's, else the shape's, else {@code fallback}. */
    public static String timestampFormat(Member ref, Shape shape, String fallback) {
        if (ref != null && ref.timestampFormat() != null) {
            return ref.timestampFormat();
        }
        return shape.timestampFormat() != null ? shape.timestampFormat() : fallback;
    }

    /** The text of a scalar value. */
    public static String text(Object v, Shape shape, String tsFormat) {
        return switch (shape.type()) {
            case TIMESTAMP -> Timestamps.format(v instanceof Instant t ? t : Timestamps.parse(v.toString()),
                    tsFormat != null ? tsFormat : Timestamps.ISO8601);
            case BLOB -> Base64.getEncoder().encodeToString(bytes(v));
            case FLOAT, DOUBLE -> number(v);
            case BOOLEAN -> Boolean.toString(v instanceof Boolean b ? b : Boolean.parseBoolean(v.toString()));
            default -> v.toString();
        };
    }

    /** A number as AWS writes it: integral values without a fraction, floats at float precision. */
    public static String number(Object v) {
        if (v instanceof Float f) {
            if (f.isNaN() || f.isInfinite()) {
                return formatDouble(f.doubleValue());
            }
            return f == Math.rint(f) && Math.abs(f) < 1e15 ? Long.toString(f.longValue()) : Float.toString(f);
        }
        if (v instanceof Number n) {
            return formatDouble(n.doubleValue());
        }
        return v.toString();
    }

    public static String formatDouble(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }

    /** Parses the text of a scalar; {@code where} names the value in the error for malformed input. */
    public static Object parse(String text, Shape shape, String tsFormat, String where) {
        String v = shape.type() == io.cloudmock.api.model.ShapeType.STRING ? text : text.trim();
        try {
            return switch (shape.type()) {
                case INTEGER -> Integer.valueOf(v);
                case LONG -> Long.valueOf(v);
                case FLOAT -> Float.valueOf(special(v));
                case DOUBLE -> Double.valueOf(special(v));
                case BOOLEAN -> parseBoolean(v);
                case TIMESTAMP -> Timestamps.parse(v);
                case BLOB -> Base64.getDecoder().decode(v);
                default -> v;
            };
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw invalid(where, text, shape);
        }
    }

    private static String special(String v) {
        // Java accepts "NaN"/"Infinity"/"-Infinity" but also hex and "1d"; refuse the latter
        char last = v.isEmpty() ? ' ' : v.charAt(v.length() - 1);
        if (last == 'd' || last == 'D' || last == 'f' || last == 'F' || v.contains("x") || v.contains("X")) {
            throw new NumberFormatException(v);
        }
        return v;
    }

    private static Boolean parseBoolean(String v) {
        if ("true".equals(v)) {
            return Boolean.TRUE;
        }
        if ("false".equals(v)) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException(v);
    }

    public static AwsException invalid(String where, String value, Shape shape) {
        return CommonErrors.serialization("Value '" + value + "' at '" + where + "' is not a valid "
                + shape.type().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The bytes of a blob value (byte[], BlobStream read whole, or a string's UTF-8). */
    public static byte[] bytes(Object v) {
        if (v instanceof byte[] b) {
            return b;
        }
        if (v instanceof BlobStream bs) {
            try (var in = bs.stream()) {
                return in.readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return v.toString().getBytes(StandardCharsets.UTF_8);
    }
}
