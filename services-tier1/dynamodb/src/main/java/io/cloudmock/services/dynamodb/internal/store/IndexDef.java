package io.cloudmock.services.dynamodb.internal.store;

import java.util.List;

/**
 * A secondary index: name, key schema, projection (ALL, KEYS_ONLY, INCLUDE with non-key attributes), provisioned
 * throughput (GSIs), and whether it is global.
 */
public record IndexDef(String name, boolean global, KeyDef key, String projectionType, List<String> nonKeyAttributes,
                       long readCapacity, long writeCapacity) {
}
