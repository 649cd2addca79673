package io.cloudmock.api;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/** Facts about the running CloudMock that services need; an OSGi service provided by the runtime. */
@ProviderType
public interface ServiceEnvironment {

    /**
     * The folder where a service keeps its files: under {@code --data-dir} when given (state must then survive
     * restarts), otherwise a temporary folder removed at shutdown. Created on first call.
     */
    Path dataDirectory(String serviceName);

    /** Whether {@link #dataDirectory} survives a restart ({@code --data-dir} was given). */
    boolean persistent();

    /** The gateway's base URL as clients reach it, e.g. {@code http://localhost:4566}. */
    String gatewayUrl();

    /** The host name clients use (default {@code localhost}). */
    String hostname();
}
