package io.cloudmock.gateway.internal.protocol.ec2;

import static io.cloudmock.gateway.internal.protocol.support.Requests.context;
import static io.cloudmock.gateway.internal.protocol.support.Requests.request;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.Struct;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.gateway.internal.http.HttpRequestData;
import io.cloudmock.gateway.internal.http.HttpResponseData;
import io.cloudmock.gateway.internal.protocol.support.Models;

/** The ec2 protocol against the real EC2 model. */
class Ec2CodecTest {

    private final Ec2Codec codec = new Ec2Codec();
    private final ServiceModel ec2 = Models.of("ec2");

    @Test
    void describeInstancesReadsEc2StyleLists() {
        HttpRequestData request = request("POST", "/", "Action=DescribeInstances&Version=2016-11-15"
                + "&InstanceId.1=i-1&InstanceId.2=i-2&Filter.1.Name=instance-state-name&Filter.1.Value.1=running"
                + "&MaxResults=5&DryRun=false", "Content-Type", "application/x-www-form-urlencoded");
        assertEquals("DescribeInstances", codec.requestedOperation(request, ec2));
        Struct in = codec.parse(request, ec2, ec2.operation("DescribeInstances"));
        assertEquals(List.of("i-1", "i-2"), in.strings("InstanceIds"));
        Struct filter = in.structs("Filters").get(0);
        assertEquals("instance-state-name", filter.string("Name"));
        assertEquals(List.of("running"), filter.strings("Values"));
        assertEquals(5, in.integer("MaxResults"));
        assertEquals(false, in.bool("DryRun"));
    }

    @Test
    void describeInstancesWritesItemListsUnderTheResponseRoot() {
        Struct out = Struct.of("Reservations", List.of(Struct.of("ReservationId", "r-1",
                "Instances", List.of(Struct.of("InstanceId", "i-1", "State", Struct.of("Name", "running"))))));
        HttpResponseData r = codec.serialize(ec2, ec2.operation("DescribeInstances"), AwsResponse.of(out), context());
        assertEquals("<DescribeInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15\">"
                + "<requestId>req-1</requestId><reservationSet><item><reservationId>r-1</reservationId>"
                + "<instancesSet><item><instanceId>i-1</instanceId><instanceState><name>running</name>"
                + "</instanceState></item></instancesSet></item></reservationSet></DescribeInstancesResponse>",
                r.bodyText());
    }

    @Test
    void errorsUseTheResponseErrorsEnvelope() {
        HttpResponseData r = codec.serializeError(ec2, null,
                new AwsException("InvalidInstanceID.NotFound", "The instance ID 'i-1' does not exist", 400), "req-3");
        assertEquals(400, r.status());
        assertEquals("<Response><Errors><Error><Code>InvalidInstanceID.NotFound</Code>"
                + "<Message>The instance ID 'i-1' does not exist</Message></Error></Errors>"
                + "<RequestID>req-3</RequestID></Response>", r.bodyText());
    }
}
