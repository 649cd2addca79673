package io.cloudmock.itests.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.cloudmock.itests.AwsClients;
import io.cloudmock.itests.CloudMockProcess;
import io.cloudmock.itests.Http;
import software.amazon.awssdk.services.sqs.SqsClient;

/** SQS on the wire: the legacy query form, query-compatible JSON errors, host-style queue URLs. */
class SqsWireTest {

    private final CloudMockProcess cm = CloudMockProcess.shared();

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void queryFormSendsAndReportsLegacyErrorCodes() {
        String name = SqsQueueSdkTest.name("query");
        HttpResponse<String> created = Http.post(cm.endpoint(), "application/x-www-form-urlencoded",
                "Action=CreateQueue&Version=2012-11-05&QueueName=" + name);
        assertEquals(200, created.statusCode(), created.body());
        assertTrue(created.body().contains("<QueueUrl>" + cm.endpoint() + "/000000000000/" + name + "</QueueUrl>"),
                created.body());
        String url = cm.endpoint() + "/000000000000/" + name;
        HttpResponse<String> sent = Http.post(cm.endpoint(), "application/x-www-form-urlencoded",
                "Action=SendMessage&Version=2012-11-05&QueueUrl=" + enc(url) + "&MessageBody=hello");
        assertEquals(200, sent.statusCode(), sent.body());
        assertTrue(sent.body().contains("<MD5OfMessageBody>5d41402abc4b2a76b9719d911017c592</MD5OfMessageBody>"));
        HttpResponse<String> missing = Http.post(cm.endpoint(), "application/x-www-form-urlencoded",
                "Action=GetQueueUrl&Version=2012-11-05&QueueName=no-such-queue-here");
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().contains("<Code>AWS.SimpleQueueService.NonExistentQueue</Code>"), missing.body());
        assertTrue(missing.body().contains("<Type>Sender</Type>"));
    }

    @Test
    void legacyGetOnTheQueuePathFillsTheQueueUrl() {
        String name = SqsQueueSdkTest.name("path");
        try (SqsClient sqs = AwsClients.create(SqsClient.builder(), cm.endpoint())) {
            String url = sqs.createQueue(b -> b.queueName(name)).queueUrl();
            HttpResponse<String> r = Http.get(URI.create(url + "?Action=SendMessage&MessageBody=from-path"));
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().startsWith("<SendMessageResponse"), r.body());
            assertEquals("from-path", sqs.receiveMessage(b -> b.queueUrl(url)).messages().get(0).body());
        }
    }

    @Test
    void legacyQueryNamesAndXmlShapesForListsAndMaps() {
        String name = SqsQueueSdkTest.name("legacy");
        try (SqsClient sqs = AwsClients.create(SqsClient.builder(), cm.endpoint())) {
            String url = sqs.createQueue(b -> b.queueName(name)).queueUrl();
            HttpResponse<String> set = Http.get(URI.create(url + "?Action=SetQueueAttributes"
                    + "&Attribute.1.Name=VisibilityTimeout&Attribute.1.Value=45"));
            assertEquals(200, set.statusCode(), set.body());
            HttpResponse<String> attrs = Http.get(URI.create(url + "?Action=GetQueueAttributes&AttributeName.1=All"));
            assertTrue(attrs.body().contains("<Attribute><Name>VisibilityTimeout</Name><Value>45</Value></Attribute>"),
                    attrs.body());
            HttpResponse<String> sent = Http.get(URI.create(url + "?Action=SendMessage&MessageBody=legacy"
                    + "&MessageAttribute.1.Name=color&MessageAttribute.1.Value.DataType=String"
                    + "&MessageAttribute.1.Value.StringValue=red"));
            assertTrue(sent.body().contains("<MD5OfMessageAttributes>"), sent.body());
            HttpResponse<String> got = Http.get(URI.create(url + "?Action=ReceiveMessage&AttributeName.1=All"
                    + "&MessageAttributeName.1=All"));
            assertTrue(got.body().contains("<Message><MessageId>"), got.body());
            assertTrue(got.body().contains("<Attribute><Name>SenderId</Name><Value>000000000000</Value></Attribute>"),
                    got.body());
            assertTrue(got.body().contains("<MessageAttribute><Name>color</Name><Value><StringValue>red</StringValue>"
                    + "<DataType>String</DataType></Value></MessageAttribute>"), got.body());
            HttpResponse<String> list = Http.get(URI.create(cm.endpoint() + "/?Action=ListQueues&QueueNamePrefix="
                    + name));
            assertTrue(list.body().contains("<ListQueuesResult><QueueUrl>" + url + "</QueueUrl></ListQueuesResult>"),
                    list.body());
        }
    }

    @Test
    void legacyFormPostsToTheQueuePathUseTheLegacyNames() {
        String name = SqsQueueSdkTest.name("legacyform");
        String form = "application/x-www-form-urlencoded";
        HttpResponse<String> created = Http.post(cm.endpoint(), form, "Action=CreateQueue&QueueName=" + name
                + "&Attribute.1.Name=DelaySeconds&Attribute.1.Value=3&Version=2012-11-05");
        assertEquals(200, created.statusCode(), created.body());
        String url = created.body().replaceAll("(?s).*<QueueUrl>(.*)</QueueUrl>.*", "$1");
        HttpResponse<String> attrs = Http.post(URI.create(url), form,
                "Action=GetQueueAttributes&AttributeName.1=DelaySeconds&Version=2012-11-05");
        assertEquals(200, attrs.statusCode(), attrs.body());
        assertTrue(attrs.body().contains("<Attribute><Name>DelaySeconds</Name><Value>3</Value></Attribute>"),
                attrs.body());
    }

    @Test
    void jsonErrorsCarryTypeAndQueryErrorHeader() {
        HttpResponse<String> r = Http.post(cm.endpoint(), "application/x-amz-json-1.0",
                "{\"QueueName\":\"does-not-exist-anywhere\"}", "X-Amz-Target", "AmazonSQS.GetQueueUrl");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("\"__type\":\"QueueDoesNotExist\""), r.body());
        assertEquals("AWS.SimpleQueueService.NonExistentQueue;Sender",
                r.headers().firstValue("x-amzn-query-error").orElse(""));
    }

    @Test
    void regionalHostQueueUrlsNameTheirRegionAndWorkAsUrls() throws Exception {
        String name = SqsQueueSdkTest.name("host");
        String host = "sqs.eu-west-1.localhost:" + cm.gatewayPort();
        String body = raw(host, "{\"QueueName\":\"" + name + "\"}", "AmazonSQS.CreateQueue");
        String url = "http://" + host + "/000000000000/" + name;
        assertTrue(body.contains("\"QueueUrl\":\"" + url + "\""), body);
        try (SqsClient sqs = AwsClients.create(SqsClient.builder(), cm.endpoint())) {
            sqs.sendMessage(b -> b.queueUrl(url).messageBody("regional"));
            assertEquals("arn:aws:sqs:eu-west-1:000000000000:" + name, sqs.getQueueAttributes(b -> b.queueUrl(url)
                    .attributeNamesWithStrings("QueueArn")).attributesAsStrings().get("QueueArn"));
            assertTrue(sqs.listQueues(b -> b.queueNamePrefix(name)).queueUrls().isEmpty(), "not in us-east-1");
        }
    }

    /** A raw HTTP/1.1 POST with a chosen Host header (java.net.http does not allow setting Host). */
    private String raw(String host, String json, String target) throws Exception {
        try (Socket s = new Socket("127.0.0.1", cm.gatewayPort())) {
            byte[] b = json.getBytes(StandardCharsets.UTF_8);
            OutputStream out = s.getOutputStream();
            out.write(("POST / HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/x-amz-json-1.0\r\n"
                    + "X-Amz-Target: " + target + "\r\nContent-Length: " + b.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(b);
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toString(StandardCharsets.UTF_8);
        }
    }
}
