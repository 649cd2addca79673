package io.cloudmock.services.s3.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.cloudmock.api.Struct;
import io.cloudmock.services.s3.internal.store.BlobStore;
import io.cloudmock.services.s3.internal.store.Bucket;
import io.cloudmock.services.s3.internal.store.Digests;
import io.cloudmock.services.s3.internal.store.MultipartUpload;
import io.cloudmock.services.s3.internal.store.ObjectVersion;
import io.cloudmock.services.s3.internal.store.S3Store;

/** Multipart uploads: create, upload part (and part copy), complete, abort. Listings are in {@link UploadListings}. */
final class MultipartOperations {

    static final long MIN_PART_SIZE = 5L * 1024 * 1024;

    private final S3Store store;
    private final Buckets buckets;
    private final Versions versions;
    private final CopyOperations copies;

    MultipartOperations(S3Store store, Buckets buckets, Versions versions, CopyOperations copies) {
        this.store = store;
        this.buckets = buckets;
        this.versions = versions;
        this.copies = copies;
    }

    Struct createMultipartUpload(Struct in) {
        Bucket b = buckets.require(in.string("Bucket"));
        String key = ObjectOperations.validKey(in.string("Key"));
        Map<String, String> tags = Tags.fromHeader(in.string("Tagging"));
        Tags.validateObjectTags(tags);
        String algorithm = in.string("ChecksumAlgorithm");
        algorithm = algorithm == null ? null : algorithm.toUpperCase(Locale.ROOT);
        ObjectVersion template = new ObjectVersion(key, null, null, 0, null, Instant.now(), false,
                BodyIntake.headers(in), BodyIntake.metadata(in), in.get("ChecksumType") == null ? Map.of()
                : Map.of("Type", in.string("ChecksumType")), tags, List.of(), in.string("StorageClass"));
        MultipartUpload upload = new MultipartUpload(S3Names.newUploadId(), key, Instant.now(), template, algorithm);
        b.uploads().put(upload.id(), upload);
        return Struct.of("Bucket", b.name(), "Key", key, "UploadId", upload.id(), "ChecksumAlgorithm", algorithm,
                "ChecksumType", algorithm == null ? null : in.string("ChecksumType", "COMPOSITE"));
    }

    static MultipartUpload upload(Bucket b, String key, String uploadId) {
        MultipartUpload u = uploadId == null ? null : b.uploads().get(uploadId);
        if (u == null || !u.key().equals(key)) {
            throw S3Errors.noSuchUpload(uploadId);
        }
        return u;
    }

    private static int partNumber(Struct in) {
        Integer n = in.integer("PartNumber");
        if (n == null || n < 1 || n > 10000) {
            throw S3Errors.invalidArgument("Part number must be an integer between 1 and 10000, inclusive")
                    .with("ArgumentName", "partNumber").with("ArgumentValue", String.valueOf(n));
        }
        return n;
    }

    Struct uploadPart(Struct in) {
        Bucket b = buckets.require(in.string("Bucket"));
        MultipartUpload u = upload(b, in.string("Key"), in.string("UploadId"));
        int number = partNumber(in);
        Set<String> algorithms = new java.util.LinkedHashSet<>(BodyIntake.algorithms(in));
        if (u.checksumAlgorithm() != null) {
            algorithms.add(u.checksumAlgorithm());
        }
        try (BlobStore.Staged staged = BodyIntake.receive(store.blobs(), in, algorithms)) {
            MultipartUpload.Part part = addPart(b, u, number, staged);
            Struct out = Struct.of("ETag", part.etag());
            part.checksums().forEach((alg, v) -> out.put("Checksum" + alg, v));
            return out;
        }
    }

    Struct uploadPartCopy(Struct in) {
        Bucket b = buckets.require(in.string("Bucket"));
        MultipartUpload u = upload(b, in.string("Key"), in.string("UploadId"));
        int number = partNumber(in);
        CopyOperations.Source src = copies.source(in);
        long size = src.version().size();
        long offset = 0;
        long length = size;
        String range = in.string("CopySourceRange");
        if (range != null) {
            ReadConditions.Range r = ReadConditions.range(range, size);
            if (r == null) {
                throw S3Errors.invalidArgument("The x-amz-copy-source-range value must be of the form bytes=first-last "
                        + "where first and last are the zero-based offsets of the first and last bytes to copy");
            }
            offset = r.start();
            length = r.length();
        }
        Set<String> algorithms = u.checksumAlgorithm() == null ? Set.of() : Set.of(u.checksumAlgorithm());
        try (BlobStore.Staged staged = copies.copyBytes(src, offset, length, algorithms)) {
            MultipartUpload.Part part = addPart(b, u, number, staged);
            Struct result = Struct.of("ETag", part.etag(), "LastModified", part.lastModified());
            part.checksums().forEach((alg, v) -> result.put("Checksum" + alg, v));
            return Struct.of("CopyPartResult", result, "CopySourceVersionId",
                    src.bucket().versioning() != null ? src.version().versionId() : null);
        }
    }

    private MultipartUpload.Part addPart(Bucket b, MultipartUpload u, int number, BlobStore.Staged staged) {
        byte[] md5 = staged.digests().md5();
        MultipartUpload.Part part = new MultipartUpload.Part(number, staged.commit(), staged.digests().size(),
                S3Names.etag(md5), md5, Instant.now(), staged.digests().checksums());
        MultipartUpload.Part old = u.parts().put(number, part);
        if (old != null) {
            store.blobs().delete(old.blobId());
        }
        if (b.uploads().get(u.id()) != u) {
            store.blobs().delete(part.blobId());
            throw S3Errors.noSuchUpload(u.id());
        }
        return part;
    }

    Struct completeMultipartUpload(Struct in) {
        Bucket b = buckets.require(in.string("Bucket"));
        String key = in.string("Key");
        MultipartUpload u = upload(b, key, in.string("UploadId"));
        Struct body = in.struct("MultipartUpload");
        List<Struct> requested = body == null ? List.of() : body.structs("Parts");
        if (requested.isEmpty()) {
            throw S3Errors.malformedXml();
        }
        List<MultipartUpload.Part> parts = new ArrayList<>();
        int previous = 0;
        for (Struct p : requested) {
            int number = p.integer("PartNumber", 0);
            if (number <= previous) {
                throw S3Errors.invalidPartOrder();
            }
            previous = number;
            MultipartUpload.Part part = u.parts().get(number);
            if (part == null || p.get("ETag") == null
                    || !S3Names.unquote(p.string("ETag")).equals(S3Names.unquote(part.etag()))) {
                throw S3Errors.invalidPart(number);
            }
            parts.add(part);
        }
        for (int i = 0; i < parts.size() - 1; i++) {
            if (parts.get(i).size() < MIN_PART_SIZE) {
                throw S3Errors.entityTooSmall().with("ProposedSize", parts.get(i).size())
                        .with("MinSizeAllowed", MIN_PART_SIZE).with("PartNumber", parts.get(i).number())
                        .with("ETag", parts.get(i).etag());
            }
        }
        if (b.uploads().remove(u.id()) == null) {
            throw S3Errors.noSuchUpload(u.id());
        }
        ObjectVersion stored;
        try (BlobStore.Staged staged = store.blobs().concat(parts.stream().map(MultipartUpload.Part::blobId).toList(),
                fullObjectAlgorithms(u))) {
            MessageDigest md5s = Digests.digest("MD5");
            parts.forEach(p -> md5s.update(p.md5()));
            String etag = "\"" + HexFormat.of().formatHex(md5s.digest()) + "-" + parts.size() + "\"";
            long size = parts.stream().mapToLong(MultipartUpload.Part::size).sum();
            ObjectVersion t = u.template();
            stored = versions.put(b, new ObjectVersion(key, null, staged.commit(), size, etag, Instant.now(), false,
                    t.headers(), t.metadata(), checksums(u, parts, staged), t.tags(),
                    parts.stream().map(MultipartUpload.Part::size).toList(), t.storageClass()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            u.parts().values().forEach(p -> store.blobs().delete(p.blobId()));
        }
        Struct out = Struct.of("Location", "/" + b.name() + "/" + key, "Bucket", b.name(), "Key", key,
                "ETag", stored.etag());
        if (b.versioning() != null) {
            out.put("VersionId", stored.versionId());
        }
        stored.checksums().forEach((alg, v) -> out.put(alg.equals("Type") ? "ChecksumType" : "Checksum" + alg, v));
        return out;
    }

    private static Set<String> fullObjectAlgorithms(MultipartUpload u) {
        boolean full = "FULL_OBJECT".equals(u.template().checksums().get("Type"));
        return full && u.checksumAlgorithm() != null ? Set.of(u.checksumAlgorithm()) : Set.of();
    }

    /** Full-object checksums when asked for, else S3's composite form: the checksum of part checksums, "-N". */
    private static Map<String, String> checksums(MultipartUpload u, List<MultipartUpload.Part> parts,
                                                 BlobStore.Staged staged) {
        Map<String, String> out = new LinkedHashMap<>();
        String alg = u.checksumAlgorithm();
        if (alg == null) {
            return out;
        }
        if (!fullObjectAlgorithms(u).isEmpty()) {
            out.putAll(staged.digests().checksums());
            out.put("Type", "FULL_OBJECT");
            return out;
        }
        Object composite = Digests.create(alg);
        for (MultipartUpload.Part p : parts) {
            String v = p.checksums().get(alg);
            if (v == null) {
                return out;
            }
            Digests.update(composite, Base64.getDecoder().decode(v));
        }
        out.put(alg, Base64.getEncoder().encodeToString(Digests.value(composite)) + "-" + parts.size());
        out.put("Type", "COMPOSITE");
        return out;
    }

    Struct abortMultipartUpload(Struct in) {
        Bucket b = buckets.require(in.string("Bucket"));
        MultipartUpload u = upload(b, in.string("Key"), in.string("UploadId"));
        if (b.uploads().remove(u.id()) != null) {
            u.parts().values().forEach(p -> store.blobs().delete(p.blobId()));
        }
        return new Struct();
    }
}
