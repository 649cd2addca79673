package io.cloudmock.gateway.internal.protocol.s3;

import java.util.Map;

import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.Struct;
import io.cloudmock.api.model.Operation;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.Shape;
import io.cloudmock.gateway.internal.http.HttpResponseData;
import io.cloudmock.gateway.internal.protocol.rest.RestXmlCodec;
import io.cloudmock.gateway.internal.protocol.xml.XmlBuilder;
import io.cloudmock.gateway.internal.protocol.xml.XmlShapeWriter;

/** Writes an S3 output through the rest-xml bindings, with S3's root element names, unwrapped location and 206. */
final class S3ResponseWriter {

    /** Root elements S3 uses where they differ from the output shape name. */
    private static final Map<String, String> ROOTS = Map.ofEntries(
            Map.entry("ListObjects", "ListBucketResult"), Map.entry("ListObjectsV2", "ListBucketResult"),
            Map.entry("ListBuckets", "ListAllMyBucketsResult"), Map.entry("ListObjectVersions", "ListVersionsResult"),
            Map.entry("ListMultipartUploads", "ListMultipartUploadsResult"), Map.entry("ListParts", "ListPartsResult"),
            Map.entry("CreateMultipartUpload", "InitiateMultipartUploadResult"),
            Map.entry("CompleteMultipartUpload", "CompleteMultipartUploadResult"),
            Map.entry("DeleteObjects", "DeleteResult"), Map.entry("GetObjectTagging", "Tagging"),
            Map.entry("GetBucketTagging", "Tagging"), Map.entry("GetBucketVersioning", "VersioningConfiguration"),
            Map.entry("GetBucketCors", "CORSConfiguration"),
            Map.entry("GetBucketLifecycleConfiguration", "LifecycleConfiguration"),
            Map.entry("GetBucketAcl", "AccessControlPolicy"), Map.entry("GetObjectAcl", "AccessControlPolicy"),
            Map.entry("GetBucketWebsite", "WebsiteConfiguration"),
            Map.entry("GetBucketNotificationConfiguration", "NotificationConfiguration"),
            Map.entry("GetBucketLogging", "BucketLoggingStatus"),
            Map.entry("GetBucketRequestPayment", "RequestPaymentConfiguration"),
            Map.entry("GetBucketAccelerateConfiguration", "AccelerateConfiguration"),
            Map.entry("GetObjectAttributes", "GetObjectAttributesResponse"));

    private S3ResponseWriter() {
    }

    static HttpResponseData write(ServiceModel model, Operation operation, AwsResponse response) {
        Struct output = response.output();
        int status = response.status() != 0 ? response.status() : operation.responseCode();
        HttpResponseData r = new HttpResponseData(status == 0 ? 200 : status);
        if (operation.output() == null) {
            return r;
        }
        Shape shape = model.target(operation.output());
        if ("GetBucketLocation".equals(operation.name())) {
            XmlBuilder x = new XmlBuilder().declaration().start("LocationConstraint").attribute("xmlns", S3Codec.XMLNS);
            String loc = output.string("LocationConstraint");
            if (loc != null && !loc.isEmpty()) {
                x.text(loc);
            }
            r.header("Content-Type", RestXmlCodec.CONTENT_TYPE);
            return r.body(x.end("LocationConstraint").toBytes());
        }
        String root = ROOTS.getOrDefault(operation.name(), shape.name().endsWith("Output")
                ? shape.name().substring(0, shape.name().length() - 6) + "Result" : shape.name());
        if (root.equals("AccessControlPolicy")) {
            // grantees carry xsi:type, so the xsi prefix is declared on the root as S3 does
            XmlBuilder x = new XmlBuilder().declaration().start(root).attribute("xmlns", S3Codec.XMLNS)
                    .attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
            XmlShapeWriter.writeMembers(x, output, shape, model);
            r.header("Content-Type", RestXmlCodec.CONTENT_TYPE);
            return r.body(x.end(root).toBytes());
        }
        RestXmlCodec.writeOutput(r, output, shape, model, root);
        if (shape.payload() == null && r.body().length == 0 && ROOTS.containsKey(operation.name())) {
            XmlBuilder x = new XmlBuilder().declaration().start(root).attribute("xmlns", S3Codec.XMLNS).end(root);
            r.header("Content-Type", RestXmlCodec.CONTENT_TYPE);
            r.body(x.toBytes());
        }
        if ("GetObject".equals(operation.name()) && output.get("ContentRange") != null && r.status() == 200) {
            r.status(206);
        }
        return r;
    }
}
