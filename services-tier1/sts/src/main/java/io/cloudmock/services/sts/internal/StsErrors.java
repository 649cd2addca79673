package io.cloudmock.services.sts.internal;

import io.cloudmock.api.AwsException;

/** The errors STS returns. */
final class StsErrors {

    private StsErrors() {
    }

    static AwsException validation(String value, String member, String constraint) {
        return new AwsException("ValidationError", "1 validation error detected: Value '" + value + "' at '" + member
                + "' failed to satisfy constraint: " + constraint, 400);
    }

    static AwsException durationOutOfRange(int seconds, int max) {
        return new AwsException("ValidationError", "The requested DurationSeconds exceeds the MaxSessionDuration set "
                + "for this role.", 400);
    }
}
