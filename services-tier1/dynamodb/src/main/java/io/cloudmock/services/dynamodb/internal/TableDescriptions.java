package io.cloudmock.services.dynamodb.internal;

import java.util.ArrayList;
import java.util.List;

import io.cloudmock.api.Struct;
import io.cloudmock.services.dynamodb.internal.store.IndexDef;
import io.cloudmock.services.dynamodb.internal.store.KeyDef;
import io.cloudmock.services.dynamodb.internal.store.Table;
import io.cloudmock.services.dynamodb.internal.store.TableMeta;

/** Renders TableDescription, index descriptions and key schemas as DynamoDB returns them. */
final class TableDescriptions {

    private TableDescriptions() {
    }

    static Struct describe(Table t, String status) {
        TableMeta m = t.meta;
        Struct d = Struct.of("TableName", m.name, "TableId", m.tableId, "TableArn", m.arn, "TableStatus", status,
                "CreationDateTime", m.createdAt, "KeySchema", keySchema(m.key));
        List<Object> defs = new ArrayList<>();
        m.attributeTypes.forEach((k, v) -> defs.add(Struct.of("AttributeName", k, "AttributeType", v)));
        d.set("AttributeDefinitions", defs);
        d.set("ProvisionedThroughput", throughput(m.readCapacity, m.writeCapacity));
        if (m.billingMode.equals("PAY_PER_REQUEST")) {
            d.set("BillingModeSummary", Struct.of("BillingMode", "PAY_PER_REQUEST",
                    "LastUpdateToPayPerRequestDateTime", m.createdAt));
        } else {
            d.set("BillingModeSummary", Struct.of("BillingMode", "PROVISIONED"));
        }
        d.set("TableSizeBytes", t.sizeBytes());
        d.set("ItemCount", t.itemCount());
        List<Object> gsis = new ArrayList<>();
        List<Object> lsis = new ArrayList<>();
        for (IndexDef i : m.indexes) {
            Struct s = Struct.of("IndexName", i.name(), "KeySchema", keySchema(i.key()), "Projection",
                    projection(i), "IndexSizeBytes", 0L, "ItemCount", t.indexCount(i.name()),
                    "IndexArn", m.arn + "/index/" + i.name());
            if (i.global()) {
                s.set("IndexStatus", "ACTIVE");
                s.set("ProvisionedThroughput", throughput(i.readCapacity(), i.writeCapacity()));
                gsis.add(s);
            } else {
                lsis.add(s);
            }
        }
        if (!gsis.isEmpty()) {
            d.set("GlobalSecondaryIndexes", gsis);
        }
        if (!lsis.isEmpty()) {
            d.set("LocalSecondaryIndexes", lsis);
        }
        if (m.streamViewType != null) {
            d.set("StreamSpecification", Struct.of("StreamEnabled", true, "StreamViewType", m.streamViewType));
        }
        if (m.streamLabel != null) {
            d.set("LatestStreamLabel", m.streamLabel);
            d.set("LatestStreamArn", m.streamArn());
        }
        d.set("DeletionProtectionEnabled", m.deletionProtection);
        d.set("TableClassSummary", Struct.of("TableClass", m.tableClass));
        return d;
    }

    static List<Object> keySchema(KeyDef k) {
        List<Object> out = new ArrayList<>();
        out.add(Struct.of("AttributeName", k.hash(), "KeyType", "HASH"));
        if (k.hasRange()) {
            out.add(Struct.of("AttributeName", k.range(), "KeyType", "RANGE"));
        }
        return out;
    }

    static Struct projection(IndexDef i) {
        Struct p = Struct.of("ProjectionType", i.projectionType());
        if (!i.nonKeyAttributes().isEmpty()) {
            p.set("NonKeyAttributes", new ArrayList<Object>(i.nonKeyAttributes()));
        }
        return p;
    }

    static Struct throughput(long read, long write) {
        return Struct.of("NumberOfDecreasesToday", 0L, "ReadCapacityUnits", read, "WriteCapacityUnits", write);
    }
}
