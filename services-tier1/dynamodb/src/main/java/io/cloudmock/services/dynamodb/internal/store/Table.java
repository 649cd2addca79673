package io.cloudmock.services.dynamodb.internal.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

import io.cloudmock.services.dynamodb.internal.DynamoDbErrors;
import io.cloudmock.services.dynamodb.internal.model.AttrValue;
import io.cloudmock.services.dynamodb.internal.model.ItemCodec;
import io.cloudmock.services.dynamodb.internal.model.ItemSize;

/**
 * The items of one table and its indexes. Items are kept encoded ({@link ItemCodec}) in a sorted concurrent map so
 * that reads need no lock; every write runs under the table's lock, which makes conditional writes and
 * transactions atomic. Index entries point to base keys and are maintained on each write.
 */
public final class Table {

    public final String scope;
    public final TableMeta meta;
    private final ConcurrentSkipListMap<IKey, byte[]> items = new ConcurrentSkipListMap<>(IKey.ORDER);
    private final Map<String, ConcurrentSkipListMap<IKey, IKey>> indexes = new ConcurrentHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicLong count = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private volatile Journal journal;
    private volatile StreamLog stream;
    /** Bytes per partition of tables with local secondary indexes, whose item collections are limited. */
    private final Map<AttrValue, AtomicLong> collections = new ConcurrentHashMap<>();

    /** DynamoDB's item collection limit for tables with local secondary indexes: 10 GB. */
    public static final long ITEM_COLLECTION_LIMIT = 10L * 1024 * 1024 * 1024;

    public Table(String scope, TableMeta meta, Journal journal) {
        this.scope = scope;
        this.meta = meta;
        this.journal = journal;
        for (IndexDef i : meta.indexes) {
            indexes.put(i.name(), new ConcurrentSkipListMap<>(IKey.ORDER));
        }
    }

    /** The result of a write: the item before and after (either may be null). */
    public record Change(Map<String, AttrValue> oldItem, Map<String, AttrValue> newItem) {
    }

    public IKey keyOf(Map<String, AttrValue> item) {
        return meta.key.keyOf(item, null);
    }

    public Map<String, AttrValue> get(IKey key) {
        byte[] b = items.get(key);
        return b == null ? null : ItemCodec.decode(b);
    }

    void journal(Journal j) {
        journal = j;
    }

    public long itemCount() {
        return count.get();
    }

    /** The table size: the stored (encoded) size of its items, within a few bytes per attribute of AWS's. */
    public long sizeBytes() {
        return bytes.get();
    }

    public void lock() {
        lock.lock();
    }

    public void unlock() {
        lock.unlock();
    }

    /**
     * Reads the item at {@code key}, lets {@code change} compute its new version (null deletes, the same instance
     * leaves it unchanged, an exception aborts) and stores it, all under the table lock.
     */
    public Change write(IKey key, UnaryOperator<Map<String, AttrValue>> change, boolean byTtl) {
        lock.lock();
        try {
            Map<String, AttrValue> old = get(key);
            Map<String, AttrValue> updated = change.apply(old);
            if (updated == old) {
                return new Change(old, old);
            }
            checkCollection(key, old, updated);
            apply(key, old, updated, byTtl);
            return new Change(old, updated);
        } finally {
            lock.unlock();
        }
    }

    /** Fails a write that would grow an item collection of a table with LSIs past the limit. */
    public void checkCollection(IKey key, Map<String, AttrValue> old, Map<String, AttrValue> updated) {
        if (meta.localIndexes().isEmpty() || updated == null) {
            return;
        }
        long delta = ItemSize.of(updated) - (old == null ? 0 : ItemSize.of(old));
        AtomicLong current = collections.get(key.hash());
        if (delta > 0 && (current == null ? 0 : current.get()) + delta > ITEM_COLLECTION_LIMIT) {
            throw DynamoDbErrors.itemCollectionSizeLimitExceeded();
        }
    }

    /** Stores a new version of an item; the caller holds the lock. */
    public void apply(IKey key, Map<String, AttrValue> old, Map<String, AttrValue> updated, boolean byTtl) {
        store(key, old, updated, byTtl, true);
    }

    private void store(IKey key, Map<String, AttrValue> old, Map<String, AttrValue> updated, boolean byTtl,
                       boolean record) {
        if (old == null && updated == null) {
            return;
        }
        if (updated == null) {
            byte[] previous = items.remove(key);
            count.decrementAndGet();
            bytes.addAndGet(-(previous == null ? 0 : previous.length));
            if (record) {
                journal.itemDeleted(scope, meta.name, ItemCodec.encode(meta.key.keyAttributes(old)));
            }
        } else {
            byte[] encoded = ItemCodec.encode(updated);
            byte[] previous = items.put(key, encoded);
            if (previous == null) {
                count.incrementAndGet();
            }
            bytes.addAndGet(encoded.length - (previous == null ? 0 : previous.length));
            if (record) {
                journal.itemPut(scope, meta.name, encoded);
            }
        }
        for (IndexDef def : meta.indexes) {
            ConcurrentSkipListMap<IKey, IKey> index = indexes.get(def.name());
            if (index == null) {
                continue;
            }
            IKey oldKey = old == null ? null : def.key().keyOf(old, key);
            IKey newKey = updated == null ? null : def.key().keyOf(updated, key);
            if (oldKey != null && !oldKey.equals(newKey)) {
                index.remove(oldKey);
            }
            if (newKey != null) {
                index.put(newKey, key);
            }
        }
        if (!meta.localIndexes().isEmpty()) {
            long delta = (updated == null ? 0 : ItemSize.of(updated)) - (old == null ? 0 : ItemSize.of(old));
            collections.computeIfAbsent(key.hash(), h -> new AtomicLong()).addAndGet(delta);
        }
        StreamLog s = stream;
        boolean unchanged = old != null && old.equals(updated);
        if (record && s != null && s.enabled() && !unchanged) {
            s.append(meta.key.keyAttributes(updated != null ? updated : old), old, updated, byTtl);
        }
    }

    /** Loads an item while replaying the data log (no journal, no stream). */
    public void load(Map<String, AttrValue> item) {
        IKey key = keyOf(item);
        store(key, get(key), item, false, false);
    }

    /** Removes an item while replaying the data log. */
    public void unload(IKey key) {
        Map<String, AttrValue> old = get(key);
        if (old != null) {
            store(key, old, null, false, false);
        }
    }

    /** Sorted entries between two bounds (inclusive). */
    public NavigableMap<IKey, byte[]> range(IKey from, IKey to) {
        return items.subMap(from, true, to, true);
    }

    /** All entries in key order, from after {@code exclusiveStart} when given. */
    public NavigableMap<IKey, byte[]> all(IKey exclusiveStart) {
        return exclusiveStart == null ? items : items.tailMap(exclusiveStart, false);
    }

    /** Entries of an index between two bounds: index key → base key. */
    public NavigableMap<IKey, IKey> indexRange(String index, IKey from, IKey to) {
        return indexes.get(index).subMap(from, true, to, true);
    }

    public NavigableMap<IKey, IKey> indexAll(String index, IKey exclusiveStart) {
        ConcurrentSkipListMap<IKey, IKey> m = indexes.get(index);
        return exclusiveStart == null ? m : m.tailMap(exclusiveStart, false);
    }

    /** Adds an index and fills it from the items (caller holds the lock). */
    public void addIndex(IndexDef def) {
        ConcurrentSkipListMap<IKey, IKey> index = new ConcurrentSkipListMap<>(IKey.ORDER);
        for (Map.Entry<IKey, byte[]> e : items.entrySet()) {
            IKey k = def.key().keyOf(ItemCodec.decode(e.getValue()), e.getKey());
            if (k != null) {
                index.put(k, e.getKey());
            }
        }
        indexes.put(def.name(), index);
    }

    public void removeIndex(String name) {
        indexes.remove(name);
    }

    public long indexCount(String name) {
        ConcurrentSkipListMap<IKey, IKey> m = indexes.get(name);
        return m == null ? 0 : m.size();
    }

    public StreamLog stream() {
        return stream;
    }

    public void stream(StreamLog s) {
        stream = s;
    }

    /** Every item, decoded (for snapshots and the TTL sweep). */
    public List<Map<String, AttrValue>> snapshot() {
        List<Map<String, AttrValue>> out = new ArrayList<>();
        for (byte[] b : items.values()) {
            out.add(ItemCodec.decode(b));
        }
        return out;
    }

    public Iterable<byte[]> encodedItems() {
        return items.values();
    }
}
