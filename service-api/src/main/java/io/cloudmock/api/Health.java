package io.cloudmock.api;

/** Health of a service or plugin as {@code GET /api/health} reports it. */
public record Health(Status status, String message) {

    public enum Status { UP, DEGRADED, DOWN }

    public static Health up() {
        return new Health(Status.UP, "");
    }

    public static Health down(String message) {
        return new Health(Status.DOWN, message);
    }

    public boolean isUp() {
        return status == Status.UP;
    }
}
