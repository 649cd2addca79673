package io.cloudmock.services.dynamodb.internal.store;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import io.cloudmock.services.dynamodb.internal.model.ItemCodec;
import io.cloudmock.services.dynamodb.internal.model.ItemCodec.In;
import io.cloudmock.services.dynamodb.internal.model.ItemCodec.Out;

/**
 * The persistent journal under {@code --data-dir}: an append-only log of table and item changes, each record
 * written through to the OS before the request is acknowledged. On start the log is replayed into the store and
 * rewritten compacted (one record per table and live item).
 */
public final class DataLog implements Journal, AutoCloseable {

    private static final byte TABLE = 'T';
    private static final byte DROP = 'X';
    private static final byte PUT = 'P';
    private static final byte DELETE = 'D';

    private final Path file;
    private OutputStream out;

    private DataLog(Path file) {
        this.file = file;
    }

    /** Replays {@code dir/dynamodb.log} into {@code store}, compacts it and journals further changes there. */
    public static DataLog open(Path dir, DynamoDbStore store) {
        try {
            Files.createDirectories(dir);
            DataLog log = new DataLog(dir.resolve("dynamodb.log"));
            if (Files.exists(log.file)) {
                replay(log.file, store);
            }
            Path tmp = dir.resolve("dynamodb.log.tmp");
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                log.out = o;
                for (Table t : store.all()) {
                    log.tableChanged(t.scope, t.meta);
                    for (byte[] item : t.encodedItems()) {
                        log.itemPut(t.scope, t.meta.name, item);
                    }
                }
            }
            Files.move(tmp, log.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            log.out = new BufferedOutputStream(Files.newOutputStream(log.file, StandardOpenOption.APPEND), 1 << 16);
            return log;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void replay(Path file, DynamoDbStore store) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file),
                1 << 16))) {
            while (true) {
                int type;
                byte[] payload;
                try {
                    type = in.read();
                    if (type < 0) {
                        return;
                    }
                    payload = new byte[in.readInt()];
                    in.readFully(payload);
                } catch (EOFException e) {
                    return;
                }
                In r = new In(payload);
                String scope = r.string();
                switch (type) {
                    case TABLE -> {
                        TableMeta meta = MetaCodec.read(r);
                        Table existing = store.table(scope, meta.name);
                        if (existing == null) {
                            Table t = store.restore(scope, meta);
                            if (meta.streamEnabled()) {
                                StreamLog s = new StreamLog(meta.streamArn(), meta.streamLabel, meta.streamViewType,
                                        meta.name, meta.key, Instant.now());
                                t.stream(s);
                                store.addStream(s);
                            }
                        } else {
                            copyMeta(meta, existing);
                        }
                    }
                    case DROP -> store.restoreDelete(scope, r.string());
                    case PUT -> {
                        Table t = store.table(scope, r.string());
                        if (t != null) {
                            t.load(ItemCodec.decode(r.bytes()));
                        }
                    }
                    case DELETE -> {
                        Table t = store.table(scope, r.string());
                        if (t != null) {
                            t.unload(t.keyOf(ItemCodec.decode(r.bytes())));
                        }
                    }
                    default -> {
                        return;
                    }
                }
            }
        }
    }

    private static void copyMeta(TableMeta from, Table to) {
        TableMeta m = to.meta;
        m.attributeTypes = from.attributeTypes;
        m.billingMode = from.billingMode;
        m.readCapacity = from.readCapacity;
        m.writeCapacity = from.writeCapacity;
        for (IndexDef i : from.indexes) {
            if (m.index(i.name()) == null) {
                to.addIndex(i);
            }
        }
        for (IndexDef i : m.indexes) {
            if (from.index(i.name()) == null) {
                to.removeIndex(i.name());
            }
        }
        m.indexes = from.indexes;
        m.streamViewType = from.streamViewType;
        m.streamLabel = from.streamLabel;
        m.ttlAttribute = from.ttlAttribute;
        m.tags = from.tags;
        m.deletionProtection = from.deletionProtection;
        m.tableClass = from.tableClass;
    }

    private synchronized void append(byte type, Out payload) {
        try {
            out.write(type);
            int n = payload.size();
            out.write(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
            payload.writeTo(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Out start(String scope, int size) {
        Out o = new Out(size + 32);
        o.string(scope);
        return o;
    }

    @Override
    public void tableChanged(String scope, TableMeta meta) {
        Out o = start(scope, 256);
        MetaCodec.write(o, meta);
        append(TABLE, o);
    }

    @Override
    public void tableDeleted(String scope, String table) {
        Out o = start(scope, 32);
        o.string(table);
        append(DROP, o);
    }

    @Override
    public void itemPut(String scope, String table, byte[] item) {
        Out o = start(scope, item.length + table.length());
        o.string(table);
        o.bytes(item);
        append(PUT, o);
    }

    @Override
    public void itemDeleted(String scope, String table, byte[] key) {
        Out o = start(scope, key.length + table.length());
        o.string(table);
        o.bytes(key);
        append(DELETE, o);
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
