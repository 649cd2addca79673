package io.cloudmock.services.s3.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;
import io.cloudmock.services.s3.internal.store.Bucket;
import io.cloudmock.services.s3.internal.store.S3Store;

/** CreateBucket, HeadBucket, ListBuckets, DeleteBucket, GetBucketLocation. */
final class BucketOperations {

    private final S3Store store;
    private final Buckets buckets;

    BucketOperations(S3Store store, Buckets buckets) {
        this.store = store;
        this.buckets = buckets;
    }

    Struct createBucket(RequestContext ctx, Struct in) {
        String name = in.string("Bucket");
        if (!S3Names.validBucketName(name)) {
            throw S3Errors.invalidBucketName(name);
        }
        Struct config = in.struct("CreateBucketConfiguration");
        String constraint = config == null ? null : config.string("LocationConstraint");
        if ("us-east-1".equals(constraint)) {
            throw S3Errors.invalidRequest("The specified location-constraint is not valid").with("LocationConstraint",
                    constraint);
        }
        String region = constraint == null || constraint.isEmpty() ? ctx.region() : constraint;
        if ("EU".equals(region)) {
            region = "eu-west-1";
        }
        Bucket existing = store.createBucket(new Bucket(name, region, ctx.accountId(), Instant.now()));
        if (existing != null) {
            throw existing.owner().equals(ctx.accountId()) ? S3Errors.bucketAlreadyOwnedByYou(name)
                    : S3Errors.bucketAlreadyExists(name);
        }
        return Struct.of("Location", "/" + name);
    }

    Struct headBucket(Struct in) {
        Bucket b = store.bucket(in.string("Bucket"));
        if (b == null) {
            throw new io.cloudmock.api.AwsException("NotFound", "Not Found", 404);
        }
        return Struct.of("BucketRegion", b.region(), "AccessPointAlias", false);
    }

    Struct listBuckets(RequestContext ctx, Struct in) {
        String prefix = in.string("Prefix", "");
        String after = in.string("ContinuationToken");
        int max = Math.max(1, Math.min(in.integer("MaxBuckets", 10000), 10000));
        List<Bucket> all = new ArrayList<>(store.buckets());
        all.sort(Comparator.comparing(Bucket::name));
        List<Object> out = new ArrayList<>();
        String next = null;
        for (Bucket b : all) {
            if (!b.owner().equals(ctx.accountId()) || !b.name().startsWith(prefix)
                    || after != null && b.name().compareTo(after) <= 0) {
                continue;
            }
            if (out.size() == max) {
                next = ((Struct) out.get(out.size() - 1)).string("Name");
                break;
            }
            out.add(Struct.of("Name", b.name(), "CreationDate", b.created(), "BucketRegion", b.region()));
        }
        return Struct.of("Buckets", out, "Owner", S3Names.owner(), "ContinuationToken", next,
                "Prefix", in.string("Prefix"));
    }

    Struct deleteBucket(Struct in) {
        Bucket b = buckets.require(in.string("Bucket"));
        if (!b.objects().isEmpty()) {
            throw S3Errors.bucketNotEmpty(b.name());
        }
        store.deleteBucket(b);
        return new Struct();
    }

    Struct getBucketLocation(Struct in) {
        Bucket b = buckets.require(in.string("Bucket"));
        return Struct.of("LocationConstraint", "us-east-1".equals(b.region()) ? null : b.region());
    }
}
