package io.cloudmock.services.dynamodb.internal.expr;

/** An invalid expression; the message is DynamoDB's, mapped to a ValidationException at the edge. */
public final class ExpressionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExpressionException(String message) {
        super(message, null, false, false);
    }

    /** {@code Invalid X: Syntax error; token: "t", near: "..."} with the previous token as context. */
    static ExpressionException syntax(String exprName, String src, String token, int nearStart, int nearEnd) {
        String near = src.substring(Math.max(0, nearStart), Math.min(src.length(), nearEnd));
        return new ExpressionException("Invalid " + exprName + ": Syntax error; token: \"" + token + "\", near: \""
                + near + "\"");
    }
}
