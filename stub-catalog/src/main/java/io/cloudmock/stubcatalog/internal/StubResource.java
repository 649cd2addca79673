package io.cloudmock.stubcatalog.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import io.cloudmock.api.Struct;

/**
 * One stored resource: the members it was created (and updated) with, its generated identity and its tags.
 * Guarded by the {@link StubStore.Scope} lock that holds it.
 */
public final class StubResource {

    private final String noun;
    private final String id;
    private final String name;
    private final String arn;
    private final Instant created;
    private final Struct values;
    private final Map<String, String> tags = new LinkedHashMap<>();
    private final Set<String> identities = new LinkedHashSet<>();

    StubResource(String noun, String id, String name, String arn, Instant created, Struct values) {
        this.noun = noun;
        this.id = id;
        this.name = name;
        this.arn = arn;
        this.created = created;
        this.values = values;
        identities.add(id);
        identities.add(name);
        identities.add(arn);
    }

    public String noun() {
        return noun;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String arn() {
        return arn;
    }

    public Instant created() {
        return created;
    }

    /** The stored input members (merged by updates). */
    public Struct values() {
        return values;
    }

    public Map<String, String> tags() {
        return tags;
    }

    /** Every string that names this resource: id, name, ARN and the key members it was created with. */
    public Set<String> identities() {
        return identities;
    }

    /** Whether {@code value} names this resource (its id, name, ARN, a key member or the ARN's last segment). */
    public boolean isNamedBy(String value) {
        if (value == null) {
            return false;
        }
        if (identities.contains(value)) {
            return true;
        }
        if (value.startsWith("arn:")) {
            // another ARN spelling of the same resource (e.g. API Gateway's arn:aws:apigateway:region::/apis/id)
            String last = value.substring(Math.max(value.lastIndexOf('/'), value.lastIndexOf(':')) + 1);
            return !last.isEmpty() && (last.equals(id) || last.equals(name));
        }
        return false;
    }
}
