package io.cloudmock.grpc.bridge.internal;

/** Where a plugin connection stands. */
public enum PluginState {
    /** Added, first {@code Register} not answered yet. */
    CONNECTING,
    /** Registered and answering. */
    ACTIVE,
    /** Registered before, not answering now: its requests get ServiceUnavailable while the bridge reconnects. */
    UNHEALTHY,
    /** Never registered: the bridge keeps trying with backoff. */
    UNREACHABLE,
    /** Removed or shut down. */
    CLOSED
}
