package io.cloudmock.gateway.internal.protocol.s3;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.BlobStream;
import io.cloudmock.api.Struct;
import io.cloudmock.api.model.Location;
import io.cloudmock.api.model.Member;
import io.cloudmock.api.model.Operation;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.Shape;
import io.cloudmock.api.model.ShapeType;
import io.cloudmock.gateway.internal.http.HttpResponseData;
import io.cloudmock.gateway.internal.protocol.Timestamps;
import io.cloudmock.gateway.internal.protocol.xml.XmlBuilder;
import io.cloudmock.gateway.internal.protocol.xml.XmlShapeWriter;

/** Writes an S3 output: header members, a streamed or XML payload, or body members under S3's root element. */
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
        boolean bodyMembers = false;
        for (Map.Entry<String, Member> e : shape.members().entrySet()) {
            Member m = e.getValue();
            Object v = output.get(e.getKey());
            if (m.location() == Location.BODY && !e.getKey().equals(shape.payload())) {
                bodyMembers |= v != null;
            }
            if (v == null) {
                continue;
            }
            switch (m.location()) {
                case HEADER -> r.header(m.wireName(), headerValue(v, model.target(m), m));
                case HEADERS -> ((Map<?, ?>) v).forEach((k, val) -> r.header(m.wireName() + k, String.valueOf(val)));
                case STATUS_CODE -> r.status(((Number) v).intValue());
                default -> {
                }
            }
        }
        if ("GetObject".equals(operation.name()) && output.get("ContentRange") != null && r.status() == 200) {
            r.status(206);
        }
        if (shape.payload() != null) {
            payload(r, model, shape.member(shape.payload()), output.get(shape.payload()));
        } else if ("GetBucketLocation".equals(operation.name())) {
            XmlBuilder x = new XmlBuilder().declaration().start("LocationConstraint").attribute("xmlns", S3Codec.XMLNS);
            String loc = output.string("LocationConstraint");
            if (loc != null && !loc.isEmpty()) {
                x.text(loc);
            }
            xml(r, x.end("LocationConstraint"));
        } else if (bodyMembers || !shape.members().isEmpty() && ROOTS.containsKey(operation.name())) {
            String root = ROOTS.getOrDefault(operation.name(), shape.name().endsWith("Output")
                    ? shape.name().substring(0, shape.name().length() - 6) + "Result" : shape.name());
            XmlBuilder x = new XmlBuilder().declaration().start(root).attribute("xmlns", S3Codec.XMLNS);
            if (root.equals("AccessControlPolicy")) {
                x.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
            }
            XmlShapeWriter.writeMembers(x, output, shape, model);
            xml(r, x.end(root));
        }
        return r;
    }

    private static void payload(HttpResponseData r, ServiceModel model, Member m, Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof BlobStream blob) {
            r.stream(blob.stream(), blob.length());
            return;
        }
        Shape target = model.target(m);
        if (target.type() == ShapeType.STRUCTURE) {
            String root = m.locationName() != null ? m.locationName()
                    : target.locationName() != null ? target.locationName() : target.name();
            XmlBuilder x = new XmlBuilder().declaration().start(root).attribute("xmlns", S3Codec.XMLNS);
            @SuppressWarnings("unchecked")
            Map<String, ?> value = (Map<String, ?>) v;
            XmlShapeWriter.writeMembers(x, value, target, model);
            xml(r, x.end(root));
        } else if (v instanceof byte[] bytes) {
            r.body(bytes);
        } else {
            r.body(v.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void xml(HttpResponseData r, XmlBuilder x) {
        r.header("Content-Type", "application/xml");
        r.body(x.toBytes());
    }

    private static String headerValue(Object v, Shape shape, Member m) {
        if (v instanceof Instant t) {
            return Timestamps.format(t, m.timestampFormat() != null ? m.timestampFormat()
                    : shape.timestampFormat() != null ? shape.timestampFormat() : Timestamps.RFC822);
        }
        if (v instanceof java.util.List<?> l) {
            return String.join(",", l.stream().map(String::valueOf).toList());
        }
        return String.valueOf(v);
    }
}
