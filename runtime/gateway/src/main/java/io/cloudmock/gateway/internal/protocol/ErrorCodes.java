package io.cloudmock.gateway.internal.protocol;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.Shape;

/** Maps the API error (code = error shape name) to what a protocol puts on the wire. */
public final class ErrorCodes {

    private ErrorCodes() {
    }

    /** The error shape named by the error's code, or null when the model has none of that name. */
    public static Shape errorShape(ServiceModel model, String code) {
        Shape s = model == null ? null : model.shapes().get(code);
        return s != null && s.exception() ? s : null;
    }

    /** The code the query protocols use: the shape's {@code error.code} when the model sets one. */
    public static String queryCode(ServiceModel model, AwsException error) {
        Shape s = errorShape(model, error.code());
        return s != null && s.error() != null && s.error().code() != null ? s.error().code() : error.code();
    }
}
