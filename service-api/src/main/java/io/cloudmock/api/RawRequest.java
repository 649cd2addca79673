package io.cloudmock.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/** The HTTP request as it arrived at the gateway. Header names are matched case-insensitively. */
@ProviderType
public interface RawRequest {

    String method();

    /** The raw (still percent-encoded) path, without the query string. */
    String rawPath();

    /** The raw query string, or an empty string. */
    String rawQuery();

    /** Decoded query parameters in order of appearance. */
    Map<String, List<String>> queryParameters();

    /** The first value of a header, or {@code null}. */
    String header(String name);

    /** All headers, names as sent. */
    Map<String, List<String>> headers();

    /** The body, read at most once (the codec may already have consumed it: then use {@link #body()}). */
    InputStream bodyStream() throws IOException;

    /** The whole body (buffered on first call). Do not use for payloads that may be large. */
    byte[] body() throws IOException;

    /** Client address, for logs. */
    String remoteAddress();
}
