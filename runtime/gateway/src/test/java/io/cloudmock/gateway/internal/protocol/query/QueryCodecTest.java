package io.cloudmock.gateway.internal.protocol.query;

import static io.cloudmock.gateway.internal.protocol.support.Requests.context;
import static io.cloudmock.gateway.internal.protocol.support.Requests.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.Struct;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.gateway.internal.http.HttpRequestData;
import io.cloudmock.gateway.internal.http.HttpResponseData;
import io.cloudmock.gateway.internal.protocol.support.Models;

/** The query protocol against the real STS and SQS models. */
class QueryCodecTest {

    private final QueryCodec codec = new QueryCodec();
    private final ServiceModel sts = Models.of("sts");
    private final ServiceModel sqs = Models.of("sqs");

    @Test
    void assumeRoleReadsMemberListsAndStructures() {
        HttpRequestData r = request("POST", "/", "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A1%3Arole%2Fr"
                + "&RoleSessionName=s&DurationSeconds=900&Tags.member.1.Key=k&Tags.member.1.Value=v"
                + "&TransitiveTagKeys.member.1=k", "Content-Type", "application/x-www-form-urlencoded");
        assertEquals("AssumeRole", codec.requestedOperation(r, sts));
        Struct in = codec.parse(r, sts, sts.operation("AssumeRole"));
        assertEquals("arn:aws:iam::1:role/r", in.string("RoleArn"));
        assertEquals(900, in.integer("DurationSeconds"));
        assertEquals("v", in.structs("Tags").get(0).string("Value"));
        assertEquals(List.of("k"), in.strings("TransitiveTagKeys"));
    }

    @Test
    void responsesWrapTheResultAndMetadata() {
        HttpResponseData r = codec.serialize(sts, sts.operation("GetCallerIdentity"),
                AwsResponse.of(Struct.of("Account", "000000000000", "Arn", "arn:aws:iam::000000000000:root")), context());
        String xml = r.bodyText();
        assertTrue(xml.startsWith("<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                + "<GetCallerIdentityResult><Account>000000000000</Account>"
                + "<Arn>arn:aws:iam::000000000000:root</Arn></GetCallerIdentityResult>"), xml);
        assertTrue(xml.endsWith("<ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata>"
                + "</GetCallerIdentityResponse>"), xml);
    }

    @Test
    void flattenedListsAreNamedAfterTheListMember() {
        ServiceModel sdb = Models.of("sdb");
        HttpRequestData r = request("POST", "/", "Action=PutAttributes&DomainName=d&ItemName=i"
                + "&Attribute.1.Name=color&Attribute.1.Value=red&Attribute.1.Replace=true",
                "Content-Type", "application/x-www-form-urlencoded");
        Struct in = codec.parse(r, sdb, sdb.operation("PutAttributes"));
        Struct attribute = in.structs("Attributes").get(0);
        assertEquals("color", attribute.string("Name"));
        assertEquals(true, attribute.bool("Replace"));
        String xml = codec.serialize(sdb, sdb.operation("Select"), AwsResponse.of(Struct.of("Items",
                List.of(Struct.of("Name", "i1"), Struct.of("Name", "i2")))), context()).bodyText();
        assertTrue(xml.contains("<SelectResult><Item><Name>i1</Name></Item><Item><Name>i2</Name></Item>"), xml);
    }

    @Test
    void errorsUseTheLegacyCode() {
        HttpResponseData r = codec.serializeError(sqs, null,
                new AwsException("QueueDoesNotExist", "The specified queue does not exist.", 400), "req-5");
        assertEquals("<ErrorResponse><Error><Type>Sender</Type><Code>AWS.SimpleQueueService.NonExistentQueue</Code>"
                + "<Message>The specified queue does not exist.</Message></Error><RequestId>req-5</RequestId>"
                + "</ErrorResponse>", r.bodyText());
    }
}
