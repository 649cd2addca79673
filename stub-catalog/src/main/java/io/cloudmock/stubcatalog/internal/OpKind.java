package io.cloudmock.stubcatalog.internal;

/** What the engine does with one operation. */
public enum OpKind {
    CREATE, READ, LIST, UPDATE, DELETE, ACTION, TAG, UNTAG, LIST_TAGS,
    /** A read-only operation the catalog gives no meaning to: a valid output with required members only. */
    EMPTY_READ,
    /** Anything else: 501 NotImplemented. */
    UNSUPPORTED;

    /** Whether the operation reads or changes stored resources. */
    public boolean stateful() {
        return this != EMPTY_READ && this != UNSUPPORTED;
    }

    /** The tier label used by {@code /api/services} and {@code docs/COVERAGE.md}. */
    public String tierLabel() {
        return stateful() ? "tier2-stateful" : this == EMPTY_READ ? "tier2-shape-only" : "not-served";
    }
}
