package io.cloudmock.services.dynamodb.internal.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmock.services.dynamodb.internal.model.ItemCodec.In;
import io.cloudmock.services.dynamodb.internal.model.ItemCodec.Out;

/** Writes and reads {@link TableMeta} in the data log. */
final class MetaCodec {

    private MetaCodec() {
    }

    static void write(Out o, TableMeta m) {
        o.string(m.name);
        o.string(m.tableId);
        o.string(m.arn);
        o.string(Long.toString(m.createdAt.toEpochMilli()));
        key(o, m.key);
        map(o, m.attributeTypes);
        str(o, m.billingMode);
        o.string(Long.toString(m.readCapacity));
        o.string(Long.toString(m.writeCapacity));
        o.varint(m.indexes.size());
        for (IndexDef i : m.indexes) {
            o.string(i.name());
            o.write(i.global() ? 1 : 0);
            key(o, i.key());
            o.string(i.projectionType());
            o.varint(i.nonKeyAttributes().size());
            i.nonKeyAttributes().forEach(o::string);
            o.string(Long.toString(i.readCapacity()));
            o.string(Long.toString(i.writeCapacity()));
        }
        str(o, m.streamViewType);
        str(o, m.streamLabel);
        str(o, m.ttlAttribute);
        map(o, m.tags);
        o.write(m.deletionProtection ? 1 : 0);
        str(o, m.tableClass);
    }

    static TableMeta read(In in) {
        String name = in.string();
        String id = in.string();
        String arn = in.string();
        Instant created = Instant.ofEpochMilli(Long.parseLong(in.string()));
        TableMeta m = new TableMeta(name, id, arn, created, key(in));
        m.attributeTypes = map(in);
        m.billingMode = str(in);
        m.readCapacity = Long.parseLong(in.string());
        m.writeCapacity = Long.parseLong(in.string());
        int n = in.varint();
        List<IndexDef> indexes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String iname = in.string();
            boolean global = in.read() == 1;
            KeyDef k = key(in);
            String projection = in.string();
            int na = in.varint();
            List<String> attrs = new ArrayList<>();
            for (int j = 0; j < na; j++) {
                attrs.add(in.string());
            }
            indexes.add(new IndexDef(iname, global, k, projection, attrs, Long.parseLong(in.string()),
                    Long.parseLong(in.string())));
        }
        m.indexes = List.copyOf(indexes);
        m.streamViewType = str(in);
        m.streamLabel = str(in);
        m.ttlAttribute = str(in);
        m.tags = map(in);
        m.deletionProtection = in.read() == 1;
        m.tableClass = str(in);
        return m;
    }

    private static void key(Out o, KeyDef k) {
        str(o, k.hash());
        str(o, k.hashType());
        str(o, k.range());
        str(o, k.rangeType());
    }

    private static KeyDef key(In in) {
        return new KeyDef(str(in), str(in), str(in), str(in));
    }

    private static void str(Out o, String s) {
        o.write(s == null ? 0 : 1);
        if (s != null) {
            o.string(s);
        }
    }

    private static String str(In in) {
        return in.read() == 0 ? null : in.string();
    }

    private static void map(Out o, Map<String, String> m) {
        o.varint(m.size());
        m.forEach((k, v) -> {
            o.string(k);
            o.string(v);
        });
    }

    private static Map<String, String> map(In in) {
        int n = in.varint();
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            m.put(in.string(), in.string());
        }
        return m;
    }
}
