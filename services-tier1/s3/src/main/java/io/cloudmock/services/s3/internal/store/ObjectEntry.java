package io.cloudmock.services.s3.internal.store;

import java.util.List;

/**
 * All versions of one key, newest first. The list is replaced whole (copy on write) under the entry's lock,
 * so readers see a consistent snapshot without locking.
 */
public final class ObjectEntry {

    private volatile List<ObjectVersion> versions = List.of();
    private boolean removed;

    /** The versions, newest first. */
    public List<ObjectVersion> versions() {
        return versions;
    }

    /** The current version (possibly a delete marker), or null. */
    public ObjectVersion latest() {
        List<ObjectVersion> v = versions;
        return v.isEmpty() ? null : v.get(0);
    }

    void versions(List<ObjectVersion> v) {
        this.versions = List.copyOf(v);
    }

    boolean removed() {
        return removed;
    }

    void markRemoved() {
        removed = true;
    }
}
