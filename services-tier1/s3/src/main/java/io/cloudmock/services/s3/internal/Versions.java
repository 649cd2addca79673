package io.cloudmock.services.s3.internal;

import java.util.List;

import io.cloudmock.api.AwsException;
import io.cloudmock.services.s3.internal.store.Bucket;
import io.cloudmock.services.s3.internal.store.ObjectEntry;
import io.cloudmock.services.s3.internal.store.ObjectVersion;
import io.cloudmock.services.s3.internal.store.S3Store;

/** S3's versioning rules for writes, deletes and reads of one key. */
final class Versions {

    private final S3Store store;

    Versions(S3Store store) {
        this.store = store;
    }

    /** Stores a new current version: a fresh id when versioning is enabled, else replaces the "null" version. */
    ObjectVersion put(Bucket b, ObjectVersion v) {
        boolean enabled = "Enabled".equals(b.versioning());
        ObjectVersion stored = v.withVersionId(enabled ? S3Names.newVersionId() : ObjectVersion.NULL_VERSION);
        store.update(b, v.key(), list -> {
            if (!enabled) {
                list.removeIf(x -> x.versionId().equals(ObjectVersion.NULL_VERSION));
            }
            list.add(0, stored);
            return list;
        });
        return stored;
    }

    /** The outcome of a delete: the version id removed or created, and whether it is a delete marker. */
    record Deleted(String versionId, boolean deleteMarker) {
    }

    Deleted delete(Bucket b, String key, String versionId) {
        if (versionId != null) {
            boolean[] marker = {false};
            store.update(b, key, list -> {
                list.removeIf(x -> {
                    if (x.versionId().equals(versionId)) {
                        marker[0] = x.deleteMarker();
                        return true;
                    }
                    return false;
                });
                return list;
            });
            return new Deleted(versionId, marker[0]);
        }
        String status = b.versioning();
        if (status == null) {
            if (b.objects().containsKey(key)) {
                store.update(b, key, list -> {
                    list.clear();
                    return list;
                });
            }
            return new Deleted(null, false);
        }
        boolean enabled = "Enabled".equals(status);
        ObjectVersion marker = ObjectVersion.deleteMarker(key, enabled ? S3Names.newVersionId()
                : ObjectVersion.NULL_VERSION);
        store.update(b, key, list -> {
            if (!enabled) {
                list.removeIf(x -> x.versionId().equals(ObjectVersion.NULL_VERSION));
            }
            list.add(0, marker);
            return list;
        });
        return new Deleted(marker.versionId(), true);
    }

    /** The version a read addresses, raising NoSuchKey / NoSuchVersion / MethodNotAllowed like S3. */
    ObjectVersion read(Bucket b, String key, String versionId) {
        ObjectEntry entry = b.objects().get(key);
        List<ObjectVersion> versions = entry == null ? List.of() : entry.versions();
        if (versionId == null) {
            ObjectVersion latest = versions.isEmpty() ? null : versions.get(0);
            if (latest == null) {
                throw S3Errors.noSuchKey(b.name(), key);
            }
            if (latest.deleteMarker()) {
                AwsException e = S3Errors.noSuchKey(b.name(), key).withHeader("x-amz-delete-marker", "true");
                throw e.withHeader("x-amz-version-id", latest.versionId());
            }
            return latest;
        }
        for (ObjectVersion v : versions) {
            if (v.versionId().equals(versionId)) {
                if (v.deleteMarker()) {
                    throw S3Errors.methodNotAllowed().withHeader("x-amz-delete-marker", "true")
                            .withHeader("x-amz-version-id", versionId).with("Method", "GET")
                            .with("ResourceType", "DeleteMarker");
                }
                return v;
            }
        }
        if (!ObjectVersion.NULL_VERSION.equals(versionId) && versionId.indexOf('.') < 0) {
            throw S3Errors.invalidArgument("Invalid version id specified").with("ArgumentName", "versionId")
                    .with("ArgumentValue", versionId);
        }
        throw S3Errors.noSuchVersion(b.name(), key, versionId);
    }
}
