package io.cloudmock.services.dynamodb.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;
import io.cloudmock.services.dynamodb.internal.store.DynamoDbStore;
import io.cloudmock.services.dynamodb.internal.store.IndexDef;
import io.cloudmock.services.dynamodb.internal.store.KeyDef;
import io.cloudmock.services.dynamodb.internal.store.Table;
import io.cloudmock.services.dynamodb.internal.store.TableMeta;

/** CreateTable, DescribeTable, ListTables, UpdateTable, DeleteTable. */
final class TableOperations {

    private final DynamoDbStore store;
    private final TableSchemas schemas = new TableSchemas();

    TableOperations(DynamoDbStore store) {
        this.store = store;
    }

    Struct createTable(RequestContext ctx, Struct in) {
        String name = in.string("TableName");
        schemas.checkName(name, "tableName");
        Map<String, String> types = schemas.attributeTypes(in.structs("AttributeDefinitions"));
        KeyDef key = schemas.keySchema(in.structs("KeySchema"), types, "KeySchema");
        String billing = in.string("BillingMode", "PROVISIONED");
        long[] throughput = schemas.throughput(billing, in.struct("ProvisionedThroughput"), null);
        List<IndexDef> indexes = new ArrayList<>();
        for (Struct s : in.structs("LocalSecondaryIndexes")) {
            indexes.add(schemas.index(s, false, key, types, billing));
        }
        for (Struct s : in.structs("GlobalSecondaryIndexes")) {
            indexes.add(schemas.index(s, true, key, types, billing));
        }
        schemas.checkAllDefinitionsUsed(types, key, indexes);
        String id = UUID.randomUUID().toString();
        TableMeta m = new TableMeta(name, id, ctx.arn("dynamodb", "table/" + name), Instant.now(), key);
        m.attributeTypes = types;
        m.billingMode = billing;
        m.readCapacity = throughput[0];
        m.writeCapacity = throughput[1];
        m.indexes = List.copyOf(indexes);
        m.deletionProtection = in.bool("DeletionProtectionEnabled", false);
        m.tableClass = in.string("TableClass", "STANDARD");
        Map<String, String> tags = new LinkedHashMap<>();
        for (Struct t : in.structs("Tags")) {
            tags.put(t.string("Key"), t.string("Value"));
        }
        m.tags = tags;
        Struct stream = in.struct("StreamSpecification");
        if (stream != null && stream.bool("StreamEnabled", false)) {
            m.streamViewType = schemas.streamViewType(stream);
            m.streamLabel = StreamOperations.newLabel();
        }
        Table t = store.create(Requests.scope(ctx), m);
        if (t.meta != m) {
            throw DynamoDbErrors.resourceInUse("Table already exists: " + name);
        }
        StreamOperations.attachStream(store, t);
        return Struct.of("TableDescription", TableDescriptions.describe(t, "ACTIVE"));
    }

    Struct describeTable(RequestContext ctx, Struct in) {
        return Struct.of("Table", TableDescriptions.describe(described(ctx, in.string("TableName")), "ACTIVE"));
    }

    private Table described(RequestContext ctx, String name) {
        Table t = store.table(Requests.scope(ctx), Requests.tableName(name));
        if (t == null) {
            throw DynamoDbErrors.tableNotFound(name);
        }
        return t;
    }

    Struct listTables(RequestContext ctx, Struct in) {
        int limit = in.integer("Limit", 100);
        if (limit < 1 || limit > 100) {
            throw DynamoDbErrors.validation("1 validation error detected: Value '" + limit + "' at 'limit' failed to "
                    + "satisfy constraint: Member must have value " + (limit < 1 ? "greater than or equal to 1"
                    : "less than or equal to 100"));
        }
        String start = in.string("ExclusiveStartTableName");
        List<Object> names = new ArrayList<>();
        String last = null;
        List<String> all = store.names(Requests.scope(ctx));
        for (String n : all) {
            if (start != null && n.compareTo(start) <= 0) {
                continue;
            }
            if (names.size() == limit) {
                break;
            }
            names.add(n);
            last = n;
        }
        Struct out = Struct.of("TableNames", names);
        if (last != null && !last.equals(all.get(all.size() - 1))) {
            out.set("LastEvaluatedTableName", last);
        }
        return out;
    }

    Struct updateTable(RequestContext ctx, Struct in) {
        Table t = described(ctx, in.string("TableName"));
        t.lock();
        try {
            new TableUpdates(schemas).apply(t, in);
        } finally {
            t.unlock();
        }
        store.metaChanged(t);
        StreamOperations.attachStream(store, t);
        return Struct.of("TableDescription", TableDescriptions.describe(t, "ACTIVE"));
    }

    Struct deleteTable(RequestContext ctx, Struct in) {
        Table t = described(ctx, in.string("TableName"));
        if (t.meta.deletionProtection) {
            throw DynamoDbErrors.validation("Resource cannot be deleted as it is currently protected against "
                    + "deletion. Disable deletion protection first.");
        }
        store.delete(Requests.scope(ctx), t.meta.name);
        return Struct.of("TableDescription", TableDescriptions.describe(t, "DELETING"));
    }

    Struct describeLimits() {
        return Struct.of("AccountMaxReadCapacityUnits", 80000L, "AccountMaxWriteCapacityUnits", 80000L,
                "TableMaxReadCapacityUnits", 40000L, "TableMaxWriteCapacityUnits", 40000L);
    }

    Struct describeEndpoints(RequestContext ctx) {
        String host = ctx.host() == null ? "dynamodb." + ctx.region() + ".amazonaws.com" : ctx.host();
        return Struct.of("Endpoints", List.of(Struct.of("Address", host, "CachePeriodInMinutes", 1440L)));
    }

    Struct describeContinuousBackups(RequestContext ctx, Struct in) {
        described(ctx, in.string("TableName"));
        return Struct.of("ContinuousBackupsDescription", Struct.of("ContinuousBackupsStatus", "ENABLED",
                "PointInTimeRecoveryDescription", Struct.of("PointInTimeRecoveryStatus", "DISABLED")));
    }
}
