package io.cloudmock.services.dynamodb.internal.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All tables, per account and region ({@code scope} = {@code account/region}), and all streams by ARN (a stream
 * outlives the disabling of its table's stream setting). The journal receives every acknowledged change.
 */
public final class DynamoDbStore {

    private final Map<String, Map<String, Table>> tables = new ConcurrentHashMap<>();
    private final Map<String, StreamLog> streams = new ConcurrentHashMap<>();
    private volatile Journal journal = Journal.NONE;

    public static String scope(String account, String region) {
        return account + "/" + region;
    }

    public void journal(Journal j) {
        journal = j == null ? Journal.NONE : j;
        all().forEach(t -> t.journal(journal));
    }

    public Journal journal() {
        return journal;
    }

    private Map<String, Table> scoped(String scope) {
        return tables.computeIfAbsent(scope, s -> new ConcurrentHashMap<>());
    }

    public Table table(String scope, String name) {
        Map<String, Table> m = tables.get(scope);
        return m == null ? null : m.get(name);
    }

    /** Adds a table unless one of that name exists; returns the table now registered. */
    public Table create(String scope, TableMeta meta) {
        Table t = new Table(scope, meta, journal);
        Table existing = scoped(scope).putIfAbsent(meta.name, t);
        if (existing == null) {
            journal.tableChanged(scope, meta);
            return t;
        }
        return existing;
    }

    /** Restores a table while replaying the data log. */
    public Table restore(String scope, TableMeta meta) {
        Table t = new Table(scope, meta, journal);
        scoped(scope).put(meta.name, t);
        return t;
    }

    public Table delete(String scope, String name) {
        Map<String, Table> m = tables.get(scope);
        Table t = m == null ? null : m.remove(name);
        if (t != null) {
            journal.tableDeleted(scope, name);
            if (t.stream() != null) {
                t.stream().disable();
            }
        }
        return t;
    }

    /** Drops a table while replaying the data log. */
    public void restoreDelete(String scope, String name) {
        Map<String, Table> m = tables.get(scope);
        if (m != null) {
            m.remove(name);
        }
    }

    public void metaChanged(Table t) {
        journal.tableChanged(t.scope, t.meta);
    }

    public List<String> names(String scope) {
        Map<String, Table> m = tables.get(scope);
        List<String> out = new ArrayList<>(m == null ? List.of() : m.keySet());
        out.sort(null);
        return out;
    }

    public Collection<Table> all() {
        List<Table> out = new ArrayList<>();
        tables.values().forEach(m -> out.addAll(m.values()));
        return out;
    }

    /** Finds a table by ARN in a scope (for tagging). */
    public Table byArn(String scope, String arn) {
        Map<String, Table> m = tables.get(scope);
        if (m != null) {
            for (Table t : m.values()) {
                if (t.meta.arn.equals(arn)) {
                    return t;
                }
            }
        }
        return null;
    }

    public void addStream(StreamLog s) {
        streams.put(s.arn, s);
    }

    public StreamLog stream(String arn) {
        return streams.get(arn);
    }

    public Collection<StreamLog> streams() {
        return streams.values();
    }

    public void clear() {
        tables.clear();
        streams.clear();
    }
}
