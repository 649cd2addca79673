package io.cloudmock.services.s3.internal;

import io.cloudmock.services.s3.internal.store.Bucket;
import io.cloudmock.services.s3.internal.store.S3Store;

/** Looks buckets up, raising S3's errors. */
final class Buckets {

    private final S3Store store;

    Buckets(S3Store store) {
        this.store = store;
    }

    Bucket require(String name) {
        Bucket b = store.bucket(name);
        if (b == null) {
            throw S3Errors.noSuchBucket(name);
        }
        return b;
    }
}
