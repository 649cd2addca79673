package io.cloudmock.services.s3.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import io.cloudmock.api.Struct;

/**
 * S3 state: buckets (one global namespace, as in S3), their objects and versions, backed by blob files and a
 * durable index log. Mutations of one key are serialized on its {@link ObjectEntry}; the index record is written
 * under the same lock so the log order matches the memory order.
 */
public final class S3Store implements AutoCloseable {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final BlobStore blobs;
    private final IndexLog log;

    public S3Store(Path directory) {
        this.blobs = new BlobStore(directory);
        this.log = new IndexLog(directory.resolve("index.log"));
        try {
            log.replay(this::apply);
            List<String> referenced = new ArrayList<>();
            buckets.values().forEach(b -> b.objects().values().forEach(e -> e.versions().forEach(v -> {
                if (v.blobId() != null) {
                    referenced.add(v.blobId());
                }
            })));
            blobs.sweep(referenced);
            log.compact(sink -> buckets.values().forEach(b -> {
                sink.accept(Struct.of("t", "B", "b", b.toStruct()));
                b.objects().values().forEach(e -> {
                    List<ObjectVersion> vs = new ArrayList<>(e.versions());
                    for (int i = vs.size() - 1; i >= 0; i--) {
                        sink.accept(Struct.of("t", "V", "n", b.name(), "p", true, "v", vs.get(i).toStruct()));
                    }
                });
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BlobStore blobs() {
        return blobs;
    }

    public Bucket bucket(String name) {
        return name == null ? null : buckets.get(name);
    }

    public Collection<Bucket> buckets() {
        return buckets.values();
    }

    /** Adds a bucket unless one of that name exists; returns the existing one or null when added. */
    public Bucket createBucket(Bucket bucket) {
        Bucket existing = buckets.putIfAbsent(bucket.name(), bucket);
        if (existing == null) {
            log.append(Struct.of("t", "B", "b", bucket.toStruct()));
        }
        return existing;
    }

    public void deleteBucket(Bucket bucket) {
        if (buckets.remove(bucket.name(), bucket)) {
            log.append(Struct.of("t", "b", "n", bucket.name()));
            bucket.uploads().values().forEach(u -> u.parts().values().forEach(p -> blobs.delete(p.blobId())));
        }
    }

    /** Stores a configuration (null removes it) and persists the bucket. */
    public synchronized void config(Bucket bucket, String name, Object value) {
        if (value == null) {
            bucket.configs().remove(name);
        } else {
            bucket.configs().put(name, value);
        }
        log.append(Struct.of("t", "B", "b", bucket.toStruct()));
    }

    public synchronized void versioning(Bucket bucket, String status) {
        bucket.versioning(status);
        log.append(Struct.of("t", "B", "b", bucket.toStruct()));
    }

    /**
     * Changes the versions of a key atomically: {@code change} gets the current list (newest first) and returns
     * the new one. Blobs no longer referenced are deleted after the change is logged.
     */
    public List<ObjectVersion> update(Bucket bucket, String key, UnaryOperator<List<ObjectVersion>> change) {
        while (true) {
            ObjectEntry entry = bucket.objects().computeIfAbsent(key, k -> new ObjectEntry());
            List<String> dropped = new ArrayList<>();
            List<ObjectVersion> after;
            synchronized (entry) {
                if (entry.removed()) {
                    continue;
                }
                List<ObjectVersion> before = entry.versions();
                after = change.apply(new ArrayList<>(before));
                logChanges(bucket, before, after);
                entry.versions(after);
                for (ObjectVersion v : before) {
                    if (v.blobId() != null && after.stream().noneMatch(a -> v.blobId().equals(a.blobId()))) {
                        dropped.add(v.blobId());
                    }
                }
                if (after.isEmpty()) {
                    entry.markRemoved();
                    bucket.objects().remove(key, entry);
                }
            }
            dropped.forEach(blobs::delete);
            return after;
        }
    }

    private void logChanges(Bucket bucket, List<ObjectVersion> before, List<ObjectVersion> after) {
        for (ObjectVersion v : before) {
            if (after.stream().noneMatch(a -> a.versionId().equals(v.versionId()))) {
                log.append(Struct.of("t", "v", "n", bucket.name(), "k", v.key(), "i", v.versionId()));
            }
        }
        for (int i = after.size() - 1; i >= 0; i--) {
            ObjectVersion v = after.get(i);
            int was = indexOf(before, v.versionId());
            if (was < 0 || !before.get(was).equals(v)) {
                boolean pushed = was < 0 || i == 0 && was != 0;
                log.append(Struct.of("t", "V", "n", bucket.name(), "p", pushed, "v", v.toStruct()));
            }
        }
    }

    private static int indexOf(List<ObjectVersion> list, String versionId) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).versionId().equals(versionId)) {
                return i;
            }
        }
        return -1;
    }

    /** A version with its bytes opened under the key's lock, so a concurrent overwrite cannot remove them. */
    public record Opened(ObjectVersion version, InputStream body) {
    }

    /** Opens a range of a version's bytes; the version must not be a delete marker. */
    public Opened open(Bucket bucket, String key, ObjectVersion version, long offset, long length) throws IOException {
        ObjectEntry entry = bucket.objects().get(key);
        Object lock = entry == null ? this : entry;
        synchronized (lock) {
            return new Opened(version, blobs.open(version.blobId(), offset, length));
        }
    }

    private void apply(Struct r) {
        switch (r.string("t")) {
            case "B" -> {
                Bucket b = Bucket.fromStruct(r.struct("b"));
                Bucket old = buckets.get(b.name());
                if (old != null) {
                    b.objects().putAll(old.objects());
                }
                buckets.put(b.name(), b);
            }
            case "b" -> buckets.remove(r.string("n"));
            case "V" -> {
                Bucket b = buckets.get(r.string("n"));
                if (b != null) {
                    ObjectVersion v = ObjectVersion.fromStruct(r.struct("v"));
                    ObjectEntry e = b.objects().computeIfAbsent(v.key(), k -> new ObjectEntry());
                    List<ObjectVersion> vs = new ArrayList<>(e.versions());
                    int at = indexOf(vs, v.versionId());
                    if (at >= 0 && !r.bool("p", false)) {
                        vs.set(at, v);
                    } else {
                        if (at >= 0) {
                            vs.remove(at);
                        }
                        vs.add(0, v);
                    }
                    e.versions(vs);
                }
            }
            case "v" -> {
                Bucket b = buckets.get(r.string("n"));
                ObjectEntry e = b == null ? null : b.objects().get(r.string("k"));
                if (e != null) {
                    List<ObjectVersion> vs = new ArrayList<>(e.versions());
                    vs.removeIf(v -> v.versionId().equals(r.string("i")));
                    e.versions(vs);
                    if (vs.isEmpty()) {
                        b.objects().remove(r.string("k"));
                    }
                }
            }
            default -> {
            }
        }
    }

    /** Drops every bucket and blob. */
    public synchronized void reset() {
        for (Bucket b : new ArrayList<>(buckets.values())) {
            deleteBucket(b);
        }
        try {
            blobs.clear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        log.close();
        blobs.close();
    }
}
