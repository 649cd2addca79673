package io.cloudmock.services.dynamodb.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmock.api.Struct;
import io.cloudmock.services.dynamodb.internal.store.IndexDef;
import io.cloudmock.services.dynamodb.internal.store.Table;
import io.cloudmock.services.dynamodb.internal.store.TableMeta;

/** The changes of one UpdateTable call: throughput, billing mode, GSIs, streams, deletion protection. */
final class TableUpdates {

    private final TableSchemas schemas;

    TableUpdates(TableSchemas schemas) {
        this.schemas = schemas;
    }

    /** Applies the update to {@code t}; the caller holds the table lock. */
    void apply(Table t, Struct in) {
        TableMeta m = t.meta;
        String billing = in.string("BillingMode", m.billingMode);
        if (in.containsKey("ProvisionedThroughput") || !billing.equals(m.billingMode)) {
            long[] tp = schemas.throughput(billing, in.struct("ProvisionedThroughput"), null);
            m.readCapacity = tp[0];
            m.writeCapacity = tp[1];
            m.billingMode = billing;
        }
        Map<String, String> types = new LinkedHashMap<>(m.attributeTypes);
        types.putAll(schemas.attributeTypes(in.structs("AttributeDefinitions")));
        List<IndexDef> indexes = new ArrayList<>(m.indexes);
        for (Struct u : in.structs("GlobalSecondaryIndexUpdates")) {
            if (u.struct("Create") != null) {
                IndexDef def = schemas.index(u.struct("Create"), true, m.key, types, m.billingMode);
                if (m.index(def.name()) != null) {
                    throw DynamoDbErrors.validation("One or more parameter values were invalid: Index with name "
                            + def.name() + " already exists");
                }
                indexes.add(def);
                t.addIndex(def);
            } else if (u.struct("Delete") != null) {
                String name = u.struct("Delete").string("IndexName");
                IndexDef def = m.index(name);
                if (def == null || !def.global()) {
                    throw DynamoDbErrors.resourceNotFound("Requested resource not found: Index: " + name
                            + " not found");
                }
                indexes.remove(def);
                t.removeIndex(name);
            } else if (u.struct("Update") != null) {
                Struct up = u.struct("Update");
                IndexDef def = m.index(up.string("IndexName"));
                if (def == null || !def.global()) {
                    throw DynamoDbErrors.resourceNotFound("Requested resource not found: Index: "
                            + up.string("IndexName") + " not found");
                }
                long[] tp = schemas.throughput(m.billingMode, up.struct("ProvisionedThroughput"), def.name());
                indexes.set(indexes.indexOf(def), new IndexDef(def.name(), true, def.key(), def.projectionType(),
                        def.nonKeyAttributes(), tp[0], tp[1]));
            }
        }
        m.indexes = List.copyOf(indexes);
        types.keySet().retainAll(m.allKeyAttributes());
        m.attributeTypes = types;
        Struct stream = in.struct("StreamSpecification");
        if (stream != null) {
            boolean enable = stream.bool("StreamEnabled", false);
            if (enable && m.streamViewType != null) {
                throw DynamoDbErrors.validation("Table already has an enabled stream: TableName: " + m.name);
            }
            if (!enable && m.streamViewType == null) {
                throw DynamoDbErrors.validation("Table already has no enabled stream: TableName: " + m.name);
            }
            if (enable) {
                m.streamViewType = schemas.streamViewType(stream);
                m.streamLabel = StreamOperations.newLabel();
            } else {
                m.streamViewType = null;
                if (t.stream() != null) {
                    t.stream().disable();
                }
            }
        }
        if (in.containsKey("DeletionProtectionEnabled")) {
            m.deletionProtection = in.bool("DeletionProtectionEnabled", false);
        }
        if (in.containsKey("TableClass")) {
            m.tableClass = in.string("TableClass");
        }
    }
}
