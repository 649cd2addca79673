package io.cloudmock.services.sns.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.AwsRequest;
import io.cloudmock.api.AwsService;
import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;

/** Delivers to SQS in-process: calls the SQS service's SendMessage with the queue's account and region. */
final class SqsDelivery {

    private final Supplier<AwsService> sqs;

    SqsDelivery(Supplier<AwsService> sqs) {
        this.sqs = sqs;
    }

    /** {@code body} is the wrapped envelope, or null for raw delivery (message text plus attributes). */
    void deliver(Subscription s, Notification n, String body) {
        String[] arn = s.endpoint.split(":", 6);
        String region = arn[3];
        String account = arn[4];
        AwsService service = sqs.get();
        if (service == null) {
            System.err.println("sns: no SQS service to deliver " + n.messageId() + " to " + s.endpoint);
            return;
        }
        Struct input = Struct.of("QueueUrl", "http://localhost/" + account + "/" + arn[5],
                "MessageBody", body != null ? body : n.messageFor("sqs"));
        if (body == null && !n.attributes().isEmpty()) {
            Map<String, Object> attrs = new LinkedHashMap<>();
            n.attributes().forEach((k, v) -> {
                byte[] bin = n.binaryAttributes().get(k);
                attrs.put(k, Struct.of("DataType", v[0], "StringValue", bin == null ? v[1] : null, "BinaryValue", bin));
            });
            input.put("MessageAttributes", attrs);
        }
        if (arn[5].endsWith(".fifo")) {
            input.set("MessageGroupId", n.groupId());
            input.set("MessageDeduplicationId", n.deduplicationId() != null ? n.deduplicationId() : n.messageId());
        }
        RequestContext ctx = new RequestContext(account, region, "sns", "arn:aws:iam::" + account + ":root",
                Ids.uuid(), "sns", "sqs", null);
        try {
            service.handle(new AwsRequest(ctx, "SendMessage", input, null));
        } catch (AwsException e) {
            System.err.println("sns: SQS refused " + n.messageId() + " for " + s.endpoint + ": " + e.code() + " "
                    + e.getMessage());
        }
    }
}
