package io.cloudmock.services.s3.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.cloudmock.api.Struct;
import io.cloudmock.services.s3.internal.store.Bucket;
import io.cloudmock.services.s3.internal.store.Keys;
import io.cloudmock.services.s3.internal.store.MultipartUpload;

/** ListParts and ListMultipartUploads. */
final class UploadListings {

    private final Buckets buckets;

    UploadListings(Buckets buckets) {
        this.buckets = buckets;
    }

    Struct listParts(Struct in) {
        Bucket b = buckets.require(in.string("Bucket"));
        MultipartUpload u = MultipartOperations.upload(b, in.string("Key"), in.string("UploadId"));
        int marker = in.integer("PartNumberMarker", 0);
        int max = Math.max(0, Math.min(in.integer("MaxParts", 1000), 1000));
        List<Object> parts = new ArrayList<>();
        boolean truncated = false;
        int next = marker;
        for (MultipartUpload.Part p : u.parts().tailMap(marker, false).values()) {
            if (parts.size() >= max) {
                truncated = true;
                break;
            }
            Struct s = Struct.of("PartNumber", p.number(), "LastModified", p.lastModified(), "ETag", p.etag(),
                    "Size", p.size());
            p.checksums().forEach((alg, v) -> s.put("Checksum" + alg, v));
            parts.add(s);
            next = p.number();
        }
        return Struct.of("Bucket", b.name(), "Key", u.key(), "UploadId", u.id(), "PartNumberMarker", marker,
                "NextPartNumberMarker", next, "MaxParts", max, "IsTruncated", truncated,
                "Parts", parts.isEmpty() ? null : parts, "Initiator", initiator(), "Owner", S3Names.owner(),
                "StorageClass", "STANDARD", "ChecksumAlgorithm", u.checksumAlgorithm());
    }

    Struct listMultipartUploads(Struct in) {
        Bucket b = buckets.require(in.string("Bucket"));
        String prefix = in.string("Prefix", "");
        String keyMarker = in.string("KeyMarker");
        String idMarker = in.string("UploadIdMarker");
        int max = Math.max(0, Math.min(in.integer("MaxUploads", 1000), 1000));
        List<MultipartUpload> all = new ArrayList<>(b.uploads().values());
        all.sort(Comparator.comparing(MultipartUpload::key, Keys.ORDER).thenComparing(MultipartUpload::initiated)
                .thenComparing(MultipartUpload::id));
        List<Object> uploads = new ArrayList<>();
        boolean truncated = false;
        String nextKey = null;
        String nextId = null;
        boolean skipping = keyMarker != null && idMarker != null;
        for (MultipartUpload u : all) {
            if (!u.key().startsWith(prefix)) {
                continue;
            }
            if (keyMarker != null) {
                int c = Keys.compare(u.key(), keyMarker);
                if (c < 0 || c == 0 && idMarker == null) {
                    continue;
                }
                if (c == 0 && skipping) {
                    if (u.id().equals(idMarker)) {
                        skipping = false;
                    }
                    continue;
                }
            }
            if (uploads.size() >= max) {
                truncated = true;
                break;
            }
            uploads.add(Struct.of("UploadId", u.id(), "Key", u.key(), "Initiated", u.initiated(),
                    "StorageClass", "STANDARD", "Owner", S3Names.owner(), "Initiator", initiator(),
                    "ChecksumAlgorithm", u.checksumAlgorithm()));
            nextKey = u.key();
            nextId = u.id();
        }
        return Struct.of("Bucket", b.name(), "KeyMarker", keyMarker == null ? "" : keyMarker,
                "UploadIdMarker", idMarker == null ? "" : idMarker, "NextKeyMarker", nextKey,
                "NextUploadIdMarker", nextId, "MaxUploads", max, "IsTruncated", truncated,
                "Prefix", in.string("Prefix"), "Uploads", uploads.isEmpty() ? null : uploads);
    }

    private static Map<String, Object> initiator() {
        return Struct.of("ID", S3Names.OWNER_ID, "DisplayName", "webfile");
    }
}
