package io.cloudmock.gateway.internal.protocol;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.CommonErrors;

/** The three timestamp formats of the AWS protocols. */
public final class Timestamps {

    public static final String ISO8601 = "iso8601";
    public static final String RFC822 = "rfc822";
    public static final String UNIX = "unixTimestamp";

    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    /** Formats in {@code format}: ISO 8601 with milliseconds only when non-zero, HTTP date, or epoch seconds. */
    public static String format(Instant t, String format) {
        return switch (format) {
            case RFC822 -> HTTP_DATE.format(t);
            case UNIX -> epochSeconds(t);
            default -> (t.getNano() / 1_000_000 == 0 ? ISO_SECONDS : ISO_MILLIS).format(t);
        };
    }

    /** Epoch seconds with up to three decimals ({@code 1515531081.123}), no exponent. */
    public static String epochSeconds(Instant t) {
        BigDecimal seconds = BigDecimal.valueOf(t.truncatedTo(ChronoUnit.MILLIS).toEpochMilli(), 3);
        return seconds.stripTrailingZeros().toPlainString();
    }

    /** Parses any of the three formats (what AWS services accept on input). */
    public static Instant parse(String text) {
        String s = text.trim();
        try {
            if (!s.isEmpty() && (Character.isDigit(s.charAt(0)) || s.charAt(0) == '-') && s.indexOf('-', 1) < 0) {
                return fromEpochSeconds(new BigDecimal(s));
            }
            if (s.length() > 3 && Character.isLetter(s.charAt(0))) {
                return Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(s));
            }
            return java.time.OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException | NumberFormatException e) {
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e2) {
                throw invalid(text);
            }
        }
    }

    public static Instant fromEpochSeconds(BigDecimal seconds) {
        return Instant.ofEpochMilli(seconds.movePointRight(3).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
    }

    private static AwsException invalid(String text) {
        return CommonErrors.serialization("Invalid timestamp: " + text);
    }
}
