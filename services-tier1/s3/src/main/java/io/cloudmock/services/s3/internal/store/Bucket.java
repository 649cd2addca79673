package io.cloudmock.services.s3.internal.store;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

import io.cloudmock.api.Struct;

/** A bucket: its facts, its stored configurations and its objects in S3's (UTF-8 binary) key order. */
public final class Bucket {

    private final String name;
    private final String region;
    private final String owner;
    private final Instant created;
    private volatile String versioning;
    private final Map<String, Object> configs = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<String, ObjectEntry> objects = new ConcurrentSkipListMap<>(Keys.ORDER);
    private final Map<String, MultipartUpload> uploads = new ConcurrentHashMap<>();

    public Bucket(String name, String region, String owner, Instant created) {
        this.name = name;
        this.region = region;
        this.owner = owner;
        this.created = created;
    }

    public String name() {
        return name;
    }

    public String region() {
        return region;
    }

    public String owner() {
        return owner;
    }

    public Instant created() {
        return created;
    }

    /** {@code null} (never versioned), {@code Enabled} or {@code Suspended}. */
    public String versioning() {
        return versioning;
    }

    void versioning(String status) {
        this.versioning = status;
    }

    /** A stored configuration (Tagging, Policy, Cors, Lifecycle, ...), or null. */
    public Object config(String name) {
        return configs.get(name);
    }

    Map<String, Object> configs() {
        return configs;
    }

    public ConcurrentSkipListMap<String, ObjectEntry> objects() {
        return objects;
    }

    public Map<String, MultipartUpload> uploads() {
        return uploads;
    }

    Struct toStruct() {
        return Struct.of("n", name, "r", region, "o", owner, "c", created, "v", versioning,
                "cfg", new Struct(configs));
    }

    static Bucket fromStruct(Struct s) {
        Bucket b = new Bucket(s.string("n"), s.string("r"), s.string("o"), s.timestamp("c"));
        b.versioning = s.string("v");
        s.map("cfg").forEach((k, v) -> {
            if (v != null) {
                b.configs.put(k, v);
            }
        });
        return b;
    }
}
