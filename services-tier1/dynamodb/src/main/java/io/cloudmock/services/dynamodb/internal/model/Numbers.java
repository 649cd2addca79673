package io.cloudmock.services.dynamodb.internal.model;

import java.math.BigDecimal;
import java.math.MathContext;

import io.cloudmock.services.dynamodb.internal.DynamoDbErrors;

/** DynamoDB number rules: 38 significant digits, magnitude 1E-130 to 9.99..E+125, canonical plain strings. */
public final class Numbers {

    private static final BigDecimal MAX = new BigDecimal("9.9999999999999999999999999999999999999E+125");
    private static final BigDecimal MIN = new BigDecimal("1E-130");
    private static final MathContext PRECISION = new MathContext(38);

    private Numbers() {
    }

    /** Parses and validates a number as a client sent it. */
    public static BigDecimal parse(String text) {
        BigDecimal d;
        try {
            String t = text.trim();
            if (t.isEmpty() || t.endsWith("d") || t.endsWith("D") || t.endsWith("f") || t.endsWith("F")) {
                throw new NumberFormatException();
            }
            d = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw DynamoDbErrors.validation("A value provided cannot be converted into a number");
        }
        return check(d);
    }

    /** Validates precision and range; returns the canonical value (no trailing zeros). */
    public static BigDecimal check(BigDecimal d) {
        if (d.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal s = d.stripTrailingZeros();
        if (s.precision() > 38) {
            throw DynamoDbErrors.validation("Attempting to store more than 38 significant digits in a Number");
        }
        BigDecimal abs = s.abs();
        if (abs.compareTo(MAX) > 0) {
            throw DynamoDbErrors.validation(
                    "Number overflow. Attempting to store a number with magnitude larger than supported range");
        }
        if (abs.compareTo(MIN) < 0) {
            throw DynamoDbErrors.validation(
                    "Number underflow. Attempting to store a number with magnitude smaller than supported range");
        }
        return s;
    }

    /** The result of arithmetic, validated like a stored number. */
    public static BigDecimal add(BigDecimal a, BigDecimal b) {
        BigDecimal exact = a.add(b);
        if (exact.signum() != 0 && exact.stripTrailingZeros().precision() > 38) {
            BigDecimal rounded = exact.round(PRECISION);
            if (rounded.compareTo(exact) != 0) {
                throw DynamoDbErrors.validation(
                        "Number overflow. Attempting to store a number with magnitude larger than supported range");
            }
        }
        return check(exact);
    }

    /** The canonical wire form: plain digits, no exponent, no trailing zeros. */
    public static String format(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
}
