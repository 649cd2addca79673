package io.cloudmock.services.s3.internal;

import java.util.ArrayList;
import java.util.List;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.Struct;
import io.cloudmock.services.s3.internal.store.Bucket;

/** DeleteObjects: a batch of up to 1000 deletes, each reported (or only errors in quiet mode). */
final class DeleteObjectsOperation {

    private final Buckets buckets;
    private final Versions versions;

    DeleteObjectsOperation(Buckets buckets, Versions versions) {
        this.buckets = buckets;
        this.versions = versions;
    }

    Struct deleteObjects(Struct in) {
        Bucket b = buckets.require(in.string("Bucket"));
        Struct delete = in.struct("Delete");
        if (delete == null || delete.structs("Objects").isEmpty() || delete.structs("Objects").size() > 1000) {
            throw S3Errors.malformedXml();
        }
        boolean quiet = delete.bool("Quiet", false);
        List<Object> deleted = new ArrayList<>();
        List<Object> errors = new ArrayList<>();
        for (Struct o : delete.structs("Objects")) {
            String key = o.string("Key");
            String versionId = o.string("VersionId");
            try {
                Versions.Deleted d = versions.delete(b, key, versionId);
                if (quiet) {
                    continue;
                }
                Struct r = Struct.of("Key", key);
                if (versionId != null) {
                    r.put("VersionId", versionId);
                    if (d.deleteMarker()) {
                        r.put("DeleteMarker", true);
                        r.put("DeleteMarkerVersionId", versionId);
                    }
                } else if (d.deleteMarker()) {
                    r.put("DeleteMarker", true);
                    r.put("DeleteMarkerVersionId", d.versionId());
                }
                deleted.add(r);
            } catch (AwsException e) {
                errors.add(Struct.of("Key", key, "VersionId", versionId, "Code", e.code(), "Message", e.getMessage()));
            }
        }
        return Struct.of("Deleted", deleted.isEmpty() ? null : deleted, "Errors", errors.isEmpty() ? null : errors);
    }
}
