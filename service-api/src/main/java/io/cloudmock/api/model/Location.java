package io.cloudmock.api.model;

/** Where a member travels in a REST request or response ({@code BODY} when the model names no location). */
public enum Location {
    BODY, URI, QUERYSTRING, HEADER, HEADERS, STATUS_CODE;

    public static Location of(String name) {
        if (name == null) {
            return BODY;
        }
        return switch (name) {
            case "uri" -> URI;
            case "querystring" -> QUERYSTRING;
            case "header" -> HEADER;
            case "headers" -> HEADERS;
            case "statusCode" -> STATUS_CODE;
            default -> BODY;
        };
    }
}
