package io.cloudmock.services.s3.internal;

import java.io.IOException;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.propertytypes.ServiceRanking;

import io.cloudmock.api.AwsRequest;
import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.AwsService;
import io.cloudmock.api.AwsServiceProperties;
import io.cloudmock.api.ServiceEnvironment;
import io.cloudmock.api.ServiceTier;
import io.cloudmock.api.Struct;
import io.cloudmock.services.s3.internal.store.S3Store;

/**
 * Amazon S3 (rest-xml): buckets, objects streamed to files under the data directory, versions, multipart
 * uploads, tagging and stored bucket configurations. Wire quirks live in the gateway's S3 codec.
 */
@Component(service = AwsService.class)
@AwsServiceProperties(service_name = "s3")
@ServiceRanking(ServiceTier.TIER1_RANKING)
public class S3Service implements AwsService {

    private static final Set<String> OPERATIONS = Set.of("CreateBucket", "HeadBucket", "ListBuckets", "DeleteBucket",
            "GetBucketLocation", "PutBucketVersioning", "GetBucketVersioning", "GetBucketAcl", "PutBucketAcl",
            "GetObjectAcl", "PutObjectAcl", "PutObject", "GetObject", "HeadObject", "DeleteObject", "DeleteObjects",
            "CopyObject", "PutObjectTagging", "GetObjectTagging", "DeleteObjectTagging", "ListObjects", "ListObjectsV2",
            "ListObjectVersions", "CreateMultipartUpload", "UploadPart", "UploadPartCopy", "CompleteMultipartUpload",
            "AbortMultipartUpload", "ListParts", "ListMultipartUploads");

    private final S3Store store;
    private final BucketOperations bucketOps;
    private final BucketConfigOperations configOps;
    private final ObjectOperations objectOps;
    private final CopyOperations copyOps;
    private final DeleteObjectsOperation deleteObjectsOp;
    private final ListOperations listOps;
    private final MultipartOperations multipartOps;
    private final UploadListings uploadListings;

    @Activate
    public S3Service(@Reference ServiceEnvironment environment) {
        this(new S3Store(environment.dataDirectory("s3")));
    }

    /** For tests: a service over a given store. */
    public S3Service(S3Store store) {
        this.store = store;
        Buckets buckets = new Buckets(store);
        Versions versions = new Versions(store);
        this.bucketOps = new BucketOperations(store, buckets);
        this.configOps = new BucketConfigOperations(store, buckets);
        this.objectOps = new ObjectOperations(store, buckets, versions);
        this.copyOps = new CopyOperations(store, buckets, versions);
        this.deleteObjectsOp = new DeleteObjectsOperation(buckets, versions);
        this.listOps = new ListOperations(buckets);
        this.multipartOps = new MultipartOperations(store, buckets, versions, copyOps);
        this.uploadListings = new UploadListings(buckets);
    }

    @Override
    public AwsResponse handle(AwsRequest request) {
        Struct in = request.input();
        String op = request.operation();
        if (BucketConfigOperations.handles(op)) {
            return AwsResponse.of(configOps.handle(op, in));
        }
        return AwsResponse.of(switch (op) {
            case "CreateBucket" -> bucketOps.createBucket(request.context(), in);
            case "HeadBucket" -> bucketOps.headBucket(in);
            case "ListBuckets" -> bucketOps.listBuckets(request.context(), in);
            case "DeleteBucket" -> bucketOps.deleteBucket(in);
            case "GetBucketLocation" -> bucketOps.getBucketLocation(in);
            case "PutBucketVersioning" -> configOps.putBucketVersioning(in);
            case "GetBucketVersioning" -> configOps.getBucketVersioning(in);
            case "GetBucketAcl", "GetObjectAcl" -> configOps.getAcl(in);
            case "PutBucketAcl", "PutObjectAcl" -> configOps.putAcl(in);
            case "PutObject" -> objectOps.putObject(in);
            case "GetObject" -> objectOps.getObject(in);
            case "HeadObject" -> objectOps.headObject(in);
            case "DeleteObject" -> objectOps.deleteObject(in);
            case "DeleteObjects" -> deleteObjectsOp.deleteObjects(in);
            case "CopyObject" -> copyOps.copyObject(in);
            case "PutObjectTagging" -> objectOps.putObjectTagging(in);
            case "GetObjectTagging" -> objectOps.getObjectTagging(in);
            case "DeleteObjectTagging" -> objectOps.deleteObjectTagging(in);
            case "ListObjects" -> listOps.listObjects(in);
            case "ListObjectsV2" -> listOps.listObjectsV2(in);
            case "ListObjectVersions" -> listOps.listObjectVersions(in);
            case "CreateMultipartUpload" -> multipartOps.createMultipartUpload(in);
            case "UploadPart" -> multipartOps.uploadPart(in);
            case "UploadPartCopy" -> multipartOps.uploadPartCopy(in);
            case "CompleteMultipartUpload" -> multipartOps.completeMultipartUpload(in);
            case "AbortMultipartUpload" -> multipartOps.abortMultipartUpload(in);
            case "ListParts" -> uploadListings.listParts(in);
            case "ListMultipartUploads" -> uploadListings.listMultipartUploads(in);
            default -> throw new IllegalStateException("unsupported " + op);
        });
    }

    @Override
    public boolean supports(String operation) {
        return OPERATIONS.contains(operation) || BucketConfigOperations.handles(operation);
    }

    @Override
    public void reset() {
        store.reset();
    }

    @Deactivate
    void deactivate() throws IOException {
        store.close();
    }
}
