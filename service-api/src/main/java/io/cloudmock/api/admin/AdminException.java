package io.cloudmock.api.admin;

/** A client error of the admin API, rendered as {@code {"error": code, "message": message}} with its status. */
public class AdminException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public AdminException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public static AdminException notFound(String message) {
        return new AdminException(404, "NotFound", message);
    }

    public static AdminException badRequest(String message) {
        return new AdminException(400, "BadRequest", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
