package io.cloudmock.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one error type of the API: an AWS error code (the model's error shape name), a message, the HTTP
 * status and who is at fault. The gateway serializes it in the protocol's error format; services never
 * render errors themselves.
 */
public class AwsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Who caused the error: the client ({@code Sender}) or the service ({@code Receiver}). */
    public enum Fault { SENDER, RECEIVER }

    private final String code;
    private final int status;
    private final Fault fault;
    private final Struct fields = new Struct();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public AwsException(String code, String message, int status) {
        this(code, message, status, status >= 500 ? Fault.RECEIVER : Fault.SENDER);
    }

    public AwsException(String code, String message, int status, Fault fault) {
        super(message, null, false, false);
        this.code = code;
        this.status = status;
        this.fault = fault;
    }

    /** Adds a member of the error shape (e.g. {@code CancellationReasons}) to the serialized error. */
    public AwsException with(String member, Object value) {
        fields.put(member, value);
        return this;
    }

    /** Adds a response header. */
    public AwsException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public Fault fault() {
        return fault;
    }

    /** Members of the error shape besides code and message. */
    public Struct fields() {
        return fields;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
