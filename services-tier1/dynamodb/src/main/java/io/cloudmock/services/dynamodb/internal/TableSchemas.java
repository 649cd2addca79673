package io.cloudmock.services.dynamodb.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.cloudmock.api.Struct;
import io.cloudmock.services.dynamodb.internal.store.IndexDef;
import io.cloudmock.services.dynamodb.internal.store.KeyDef;

/** Validation of table and index definitions (key schemas, attribute definitions, throughput, projections). */
final class TableSchemas {

    /** Table and index names: 3 to 255 characters of a-z, A-Z, 0-9, '_', '-', '.'. */
    void checkName(String name, String member) {
        if (name.length() < 3 || name.length() > 255) {
            throw DynamoDbErrors.validation("1 validation error detected: Value '" + name + "' at '" + member
                    + "' failed to satisfy constraint: Member must have length " + (name.length() < 3
                    ? "greater than or equal to 3" : "less than or equal to 255"));
        }
        if (!name.matches("[a-zA-Z0-9_.-]+")) {
            throw DynamoDbErrors.validation("1 validation error detected: Value '" + name + "' at '" + member
                    + "' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                    + "[a-zA-Z0-9_.-]+");
        }
    }

    Map<String, String> attributeTypes(List<Struct> defs) {
        Map<String, String> types = new LinkedHashMap<>();
        for (Struct d : defs) {
            String type = d.string("AttributeType");
            if (!Set.of("S", "N", "B").contains(type)) {
                throw DynamoDbErrors.validation("1 validation error detected: Value '" + type + "' at "
                        + "'attributeDefinitions.1.member.attributeType' failed to satisfy constraint: Member must "
                        + "satisfy enum value set: [B, N, S]");
            }
            if (types.put(d.string("AttributeName"), type) != null) {
                throw DynamoDbErrors.invalidParameters("Duplicate AttributeName in AttributeDefinitions: "
                        + d.string("AttributeName"));
            }
        }
        return types;
    }

    KeyDef keySchema(List<Struct> schema, Map<String, String> types, String what) {
        if (schema.isEmpty() || schema.size() > 2) {
            throw DynamoDbErrors.validation("1 validation error detected: Value '" + schema + "' at 'keySchema' failed "
                    + "to satisfy constraint: Member must have length less than or equal to 2");
        }
        if (!"HASH".equals(schema.get(0).string("KeyType"))) {
            throw DynamoDbErrors.validation("Invalid " + what + ": The first KeySchemaElement is not a HASH key type");
        }
        String hash = schema.get(0).string("AttributeName");
        String range = null;
        if (schema.size() == 2) {
            if (!"RANGE".equals(schema.get(1).string("KeyType"))) {
                throw DynamoDbErrors.validation("Invalid " + what + ": The second KeySchemaElement is not a RANGE key "
                        + "type");
            }
            range = schema.get(1).string("AttributeName");
            if (range.equals(hash)) {
                throw DynamoDbErrors.validation("Invalid " + what + ": Both the Hash Key and the Range Key element in "
                        + "the KeySchema have the same name");
            }
        }
        List<String> missing = new ArrayList<>();
        for (String a : new String[] {hash, range}) {
            if (a != null && !types.containsKey(a)) {
                missing.add(a);
            }
        }
        if (!missing.isEmpty()) {
            throw DynamoDbErrors.invalidParameters("Some index key attributes are not defined in "
                    + "AttributeDefinitions. Keys: " + missing + ", AttributeDefinitions: " + types.keySet());
        }
        return new KeyDef(hash, types.get(hash), range, range == null ? null : types.get(range));
    }

    long[] throughput(String billing, Struct pt, String index) {
        if (billing.equals("PAY_PER_REQUEST")) {
            if (pt != null && index == null) {
                throw DynamoDbErrors.invalidParameters("Neither ReadCapacityUnits nor WriteCapacityUnits can be "
                        + "specified when BillingMode is PAY_PER_REQUEST");
            }
            return new long[] {0, 0};
        }
        if (pt == null) {
            throw DynamoDbErrors.invalidParameters(index == null ? "ReadCapacityUnits and WriteCapacityUnits must "
                    + "both be specified when BillingMode is PROVISIONED"
                    : "ProvisionedThroughput must be specified for index: " + index);
        }
        long r = pt.longValue("ReadCapacityUnits");
        long w = pt.longValue("WriteCapacityUnits");
        if (r < 1 || w < 1) {
            throw DynamoDbErrors.validation("One or more parameter values were invalid: " + (r < 1 ? "Read" : "Write")
                    + "CapacityUnits must be greater than 0");
        }
        return new long[] {r, w};
    }

    IndexDef index(Struct s, boolean global, KeyDef table, Map<String, String> types, String billing) {
        String name = s.string("IndexName");
        checkName(name, "indexName");
        KeyDef key = keySchema(s.structs("KeySchema"), types, "KeySchema");
        if (!global) {
            if (!table.hasRange()) {
                throw DynamoDbErrors.invalidParameters("Table KeySchema does not have a range key, which is required "
                        + "when specifying a LocalSecondaryIndex");
            }
            if (!key.hash().equals(table.hash()) || !key.hasRange()) {
                throw DynamoDbErrors.invalidParameters("Index KeySchema does not have the same leading hash key as "
                        + "table KeySchema for index: " + name + ". index hash key: " + key.hash()
                        + ", table hash key: " + table.hash());
            }
        }
        Struct p = s.struct("Projection");
        String type = p == null ? "ALL" : p.string("ProjectionType", "ALL");
        List<String> nonKey = p == null ? List.of() : p.strings("NonKeyAttributes");
        if (type.equals("INCLUDE") && nonKey.isEmpty()) {
            throw DynamoDbErrors.invalidParameters("NonKeyAttributes must be specified when ProjectionType is INCLUDE");
        }
        if (!type.equals("INCLUDE") && !nonKey.isEmpty()) {
            throw DynamoDbErrors.invalidParameters("ProjectionType is " + type + ", but NonKeyAttributes is "
                    + "specified");
        }
        long[] tp = global ? throughput(billing, s.struct("ProvisionedThroughput"), name) : new long[] {0, 0};
        return new IndexDef(name, global, key, type, List.copyOf(nonKey), tp[0], tp[1]);
    }

    void checkAllDefinitionsUsed(Map<String, String> types, KeyDef key, List<IndexDef> indexes) {
        Set<String> used = new TreeSet<>();
        used.add(key.hash());
        if (key.hasRange()) {
            used.add(key.range());
        }
        Set<String> names = new TreeSet<>();
        for (IndexDef i : indexes) {
            if (!names.add(i.name())) {
                throw DynamoDbErrors.invalidParameters("Duplicate index name: " + i.name());
            }
            used.add(i.key().hash());
            if (i.key().hasRange()) {
                used.add(i.key().range());
            }
        }
        if (!used.equals(new TreeSet<>(types.keySet()))) {
            throw DynamoDbErrors.invalidParameters("Number of attributes in KeySchema does not exactly match number "
                    + "of attributes defined in AttributeDefinitions");
        }
    }

    String streamViewType(Struct stream) {
        String type = stream.string("StreamViewType");
        if (type == null) {
            throw DynamoDbErrors.validation("One or more parameter values were invalid: StreamViewType is required "
                    + "when StreamEnabled is true");
        }
        return type;
    }
}
