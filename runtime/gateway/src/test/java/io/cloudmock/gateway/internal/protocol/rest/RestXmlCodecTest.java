package io.cloudmock.gateway.internal.protocol.rest;

import static io.cloudmock.gateway.internal.protocol.support.Requests.context;
import static io.cloudmock.gateway.internal.protocol.support.Requests.request;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.BlobStream;
import io.cloudmock.api.Struct;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.gateway.internal.http.HttpRequestData;
import io.cloudmock.gateway.internal.http.HttpResponseData;
import io.cloudmock.gateway.internal.protocol.support.Models;

/** rest-xml against the real S3 and Route 53 models. */
class RestXmlCodecTest {

    private final RestXmlCodec codec = new RestXmlCodec();
    private final ServiceModel s3 = Models.of("s3");
    private final ServiceModel route53 = Models.of("route53");

    private Struct parse(ServiceModel model, HttpRequestData request) {
        String op = codec.requestedOperation(request, model);
        return codec.parse(request, model, model.operation(op));
    }

    @Test
    void createBucketReadsTheConfigurationPayloadAndHeaders() {
        Struct in = parse(s3, request("PUT", "/my-bucket", """
                <CreateBucketConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
                  <LocationConstraint>eu-west-1</LocationConstraint>
                </CreateBucketConfiguration>""", "x-amz-acl", "private"));
        assertEquals("my-bucket", in.string("Bucket"));
        assertEquals("private", in.string("ACL"));
        assertEquals("eu-west-1", in.struct("CreateBucketConfiguration").string("LocationConstraint"));
    }

    @Test
    void putObjectStreamsTheBodyWithoutBufferingIt() {
        ByteArrayInputStream body = new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8));
        HttpRequestData request = new HttpRequestData("PUT", "/b/dir/my%20file.txt", "",
                Map.of("Content-Length", List.of("5"), "x-amz-meta-owner", List.of("me"),
                        "Content-Type", List.of("text/plain")), body, "127.0.0.1");
        Struct in = parse(s3, request);
        assertEquals("b", in.string("Bucket"));
        assertEquals("dir/my file.txt", in.string("Key"));
        assertEquals(Map.of("owner", "me"), in.map("Metadata"));
        assertEquals(5L, in.longValue("ContentLength"));
        BlobStream blob = assertInstanceOf(BlobStream.class, in.get("Body"));
        assertSame(body, blob.stream(), "the request stream itself, not a buffered copy");
        assertEquals(5, blob.length());
    }

    @Test
    void listObjectsV2ReadsQueryMembers() {
        Struct in = parse(s3, request("GET", "/b?list-type=2&prefix=photos%2F&max-keys=10&delimiter=/", null));
        assertEquals("photos/", in.string("Prefix"));
        assertEquals(10, in.integer("MaxKeys"));
        assertEquals("/", in.string("Delimiter"));
    }

    @Test
    void getObjectStreamsTheBodyAndWritesHeaders() throws Exception {
        Struct out = Struct.of("Body", new BlobStream(new ByteArrayInputStream(new byte[] {1, 2, 3}), 3),
                "ContentLength", 3L, "ETag", "\"abc\"", "LastModified", Instant.parse("2024-01-02T03:04:05Z"),
                "Metadata", Map.of("owner", "me"));
        HttpResponseData r = codec.serialize(s3, s3.operation("GetObject"), AwsResponse.of(out), context());
        assertEquals(200, r.status());
        assertTrue(r.isStreaming());
        assertArrayEquals(new byte[] {1, 2, 3}, r.bodyStream().readAllBytes());
        assertEquals("3", r.header("Content-Length"));
        assertEquals("\"abc\"", r.header("ETag"));
        assertEquals("Tue, 02 Jan 2024 03:04:05 GMT", r.header("Last-Modified"));
        assertEquals("me", r.header("x-amz-meta-owner"));
    }

    @Test
    void listObjectsV2WritesFlattenedContents() {
        Struct out = Struct.of("Name", "b", "KeyCount", 2, "IsTruncated", false, "Contents", List.of(
                Struct.of("Key", "a", "Size", 1L), Struct.of("Key", "b", "Size", 2L)));
        String xml = codec.serialize(s3, s3.operation("ListObjectsV2"), AwsResponse.of(out), context()).bodyText();
        assertTrue(xml.startsWith("<ListObjectsV2Output xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"), xml);
        assertTrue(xml.contains("<Contents><Key>a</Key><Size>1</Size></Contents><Contents><Key>b</Key>"), xml);
        assertTrue(xml.contains("<IsTruncated>false</IsTruncated>"), xml);
    }

    @Test
    void route53CreateHostedZoneParsesTheRootElementAndAnswers201() {
        Struct in = parse(route53, request("POST", "/2013-04-01/hostedzone", """
                <CreateHostedZoneRequest xmlns="https://route53.amazonaws.com/doc/2013-04-01/">
                  <Name>example.com</Name><CallerReference>ref-1</CallerReference>
                  <HostedZoneConfig><Comment>hi</Comment><PrivateZone>false</PrivateZone></HostedZoneConfig>
                </CreateHostedZoneRequest>"""));
        assertEquals("example.com", in.string("Name"));
        assertEquals(false, in.struct("HostedZoneConfig").bool("PrivateZone"));
        Struct out = Struct.of("HostedZone", Struct.of("Id", "/hostedzone/Z1", "Name", "example.com."),
                "Location", "https://route53.amazonaws.com/2013-04-01/hostedzone/Z1");
        HttpResponseData r = codec.serialize(route53, route53.operation("CreateHostedZone"), AwsResponse.of(out),
                context());
        assertEquals(201, r.status());
        assertEquals("https://route53.amazonaws.com/2013-04-01/hostedzone/Z1", r.header("Location"));
        assertTrue(r.bodyText().startsWith(
                "<CreateHostedZoneResponse xmlns=\"https://route53.amazonaws.com/doc/2013-04-01/\"><HostedZone>"),
                r.bodyText());
    }

    @Test
    void route53LabelsArePercentDecoded() {
        Struct in = parse(route53, request("GET", "/2013-04-01/hostedzone/Z1%2FX", null));
        assertEquals("Z1/X", in.string("Id"));
    }

    @Test
    void errorsUseTheErrorResponseEnvelope() {
        HttpResponseData r = codec.serializeError(route53, null,
                new AwsException("NoSuchHostedZone", "No hosted zone found with ID: Z1", 404), "req-9");
        assertEquals(404, r.status());
        assertEquals("<ErrorResponse><Error><Type>Sender</Type><Code>NoSuchHostedZone</Code>"
                + "<Message>No hosted zone found with ID: Z1</Message></Error><RequestId>req-9</RequestId>"
                + "</ErrorResponse>", r.bodyText());
    }

    @Test
    void malformedXmlIsAClientError() {
        AwsException e = assertThrows(AwsException.class,
                () -> parse(route53, request("POST", "/2013-04-01/hostedzone", "<CreateHostedZoneRequest>")));
        assertEquals(400, e.status());
    }

    @Test
    void unknownPathIsUnknownOperation() {
        HttpRequestData request = request("GET", "/nope/nope", null);
        assertEquals(null, codec.requestedOperation(request, route53));
        assertEquals(404, codec.unknownOperation(route53, null).status());
    }
}
