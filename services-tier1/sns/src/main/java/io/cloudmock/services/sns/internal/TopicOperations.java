package io.cloudmock.services.sns.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;

/** CreateTopic, DeleteTopic, ListTopics, Get/SetTopicAttributes and the tagging operations. */
final class TopicOperations {

    static final Set<String> SETTABLE = Set.of("DisplayName", "Policy", "DeliveryPolicy", "KmsMasterKeyId",
            "SignatureVersion", "TracingConfig", "ContentBasedDeduplication", "FifoTopic", "ArchivePolicy",
            "DataProtectionPolicy", "FifoThroughputScope", "HTTPSuccessFeedbackRoleArn",
            "HTTPSuccessFeedbackSampleRate", "HTTPFailureFeedbackRoleArn", "SQSSuccessFeedbackRoleArn",
            "SQSSuccessFeedbackSampleRate", "SQSFailureFeedbackRoleArn", "LambdaSuccessFeedbackRoleArn",
            "LambdaSuccessFeedbackSampleRate", "LambdaFailureFeedbackRoleArn");
    static final int PAGE = 100;

    private final SnsStore store;
    private final Runnable changed;

    TopicOperations(SnsStore store, Runnable changed) {
        this.store = store;
        this.changed = changed;
    }

    Struct createTopic(RequestContext ctx, Struct in) {
        String name = in.string("Name");
        Map<String, String> attrs = strings(in.map("Attributes"));
        boolean fifo = name != null && name.endsWith(".fifo");
        boolean fifoAttr = "true".equalsIgnoreCase(attrs.get("FifoTopic"));
        if (name == null || !name.matches("[A-Za-z0-9_-]{1,256}(\\.fifo)?") || name.length() > 256) {
            throw SnsErrors.invalidParameter("Topic Name");
        }
        if (fifo != fifoAttr) {
            throw SnsErrors.invalidParameter(fifo ? "Topic Name" : "Fifo Topic names must end with .fifo and must "
                    + "be made up of only uppercase and lowercase ASCII letters, numbers, underscores, and hyphens, "
                    + "and must be between 1 and 256 characters long.");
        }
        validate(attrs, fifo);
        String arn = ctx.arn("sns", name);
        Topic t = new Topic(arn, ctx.accountId(), ctx.region(), name);
        t.attributes.putAll(attrs);
        if (in.string("DataProtectionPolicy") != null) {
            t.attributes.put("DataProtectionPolicy", in.string("DataProtectionPolicy"));
        }
        for (Struct tag : in.structs("Tags")) {
            t.tags.put(tag.string("Key"), tag.string("Value", ""));
        }
        Topic existing = store.topics.putIfAbsent(arn, t);
        if (existing != null) {
            for (Map.Entry<String, String> e : attrs.entrySet()) {
                if (!e.getValue().equals(existing.attributes.get(e.getKey()))) {
                    throw SnsErrors.invalidParameter("Attributes Reason: Topic already exists with different "
                            + "attributes");
                }
            }
        } else {
            changed.run();
        }
        return Struct.of("TopicArn", arn);
    }

    static void validate(Map<String, String> attrs, boolean fifo) {
        for (Map.Entry<String, String> e : attrs.entrySet()) {
            String k = e.getKey();
            if (!SETTABLE.contains(k) || (!fifo && k.equals("ContentBasedDeduplication"))) {
                throw SnsErrors.invalidParameter("AttributeName");
            }
            if ((k.equals("ContentBasedDeduplication") || k.equals("FifoTopic"))
                    && !e.getValue().equalsIgnoreCase("true") && !e.getValue().equalsIgnoreCase("false")) {
                throw SnsErrors.invalidParameter("Attributes Reason: " + k + " must be true or false");
            }
        }
    }

    Struct deleteTopic(RequestContext ctx, Struct in) {
        String arn = in.string("TopicArn");
        if (store.topics.remove(arn) != null) {
            store.subscriptions.values().removeIf(s -> s.topicArn.equals(arn));
            changed.run();
        }
        return new Struct();
    }

    Struct listTopics(RequestContext ctx, Struct in) {
        List<Topic> all = store.topics(ctx.accountId(), ctx.region());
        int start = Pages.start(in.string("NextToken"));
        List<Object> page = new ArrayList<>();
        for (int i = start; i < Math.min(all.size(), start + PAGE); i++) {
            page.add(Struct.of("TopicArn", all.get(i).arn));
        }
        return Struct.of("Topics", page, "NextToken", start + PAGE < all.size() ? Pages.token(start + PAGE) : null);
    }

    Struct getTopicAttributes(RequestContext ctx, Struct in) {
        Topic t = store.topic(in.string("TopicArn"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("Policy", defaultPolicy(t));
        out.put("Owner", t.account);
        out.put("TopicArn", t.arn);
        out.put("DisplayName", "");
        long confirmed = 0;
        long pending = 0;
        for (Subscription s : store.subscriptionsOf(t.arn)) {
            if (s.confirmed) {
                confirmed++;
            } else {
                pending++;
            }
        }
        out.put("SubscriptionsConfirmed", Long.toString(confirmed));
        out.put("SubscriptionsPending", Long.toString(pending));
        out.put("SubscriptionsDeleted", "0");
        out.put("EffectiveDeliveryPolicy", "{\"http\":{\"defaultHealthyRetryPolicy\":{\"minDelayTarget\":20,"
                + "\"maxDelayTarget\":20,\"numRetries\":3,\"numMaxDelayRetries\":0,\"numNoDelayRetries\":0,"
                + "\"numMinDelayRetries\":0,\"backoffFunction\":\"linear\"},\"disableSubscriptionOverrides\":false,"
                + "\"defaultRequestPolicy\":{\"headerContentType\":\"text/plain; charset=UTF-8\"}}}");
        if (t.fifo) {
            out.put("FifoTopic", "true");
            out.put("ContentBasedDeduplication", "false");
        }
        out.putAll(t.attributes);
        return Struct.of("Attributes", out);
    }

    private static String defaultPolicy(Topic t) {
        return "{\"Version\":\"2008-10-17\",\"Id\":\"__default_policy_ID\",\"Statement\":[{\"Sid\":"
                + "\"__default_statement_ID\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":["
                + "\"SNS:GetTopicAttributes\",\"SNS:SetTopicAttributes\",\"SNS:AddPermission\",\"SNS:RemovePermission\","
                + "\"SNS:DeleteTopic\",\"SNS:Subscribe\",\"SNS:ListSubscriptionsByTopic\",\"SNS:Publish\"],"
                + "\"Resource\":\"" + t.arn + "\",\"Condition\":{\"StringEquals\":{\"AWS:SourceOwner\":\"" + t.account
                + "\"}}}]}";
    }

    Struct setTopicAttributes(RequestContext ctx, Struct in) {
        Topic t = store.topic(in.string("TopicArn"));
        String name = in.string("AttributeName");
        String value = in.string("AttributeValue", "");
        if ("FifoTopic".equals(name)) {
            throw SnsErrors.invalidParameter("AttributeName");
        }
        validate(Map.of(name, value), t.fifo);
        t.attributes.put(name, value);
        changed.run();
        return new Struct();
    }

    private Topic taggable(String arn) {
        Topic t = arn == null ? null : store.topics.get(arn);
        if (t == null) {
            throw SnsErrors.resourceNotFound();
        }
        return t;
    }

    Struct tagResource(RequestContext ctx, Struct in) {
        Topic t = taggable(in.string("ResourceArn"));
        for (Struct tag : in.structs("Tags")) {
            t.tags.put(tag.string("Key"), tag.string("Value", ""));
        }
        if (t.tags.size() > 50) {
            throw new io.cloudmock.api.AwsException("TagLimitExceededException", "Could not complete request: tag "
                    + "quota of per resource exceeded", 400);
        }
        changed.run();
        return new Struct();
    }

    Struct untagResource(RequestContext ctx, Struct in) {
        Topic t = taggable(in.string("ResourceArn"));
        in.strings("TagKeys").forEach(t.tags::remove);
        changed.run();
        return new Struct();
    }

    Struct listTagsForResource(RequestContext ctx, Struct in) {
        Topic t = taggable(in.string("ResourceArn"));
        List<Object> tags = new ArrayList<>();
        t.tags.forEach((k, v) -> tags.add(Struct.of("Key", k, "Value", v)));
        return Struct.of("Tags", tags);
    }

    static Map<String, String> strings(Map<String, Object> m) {
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v == null ? "" : v.toString()));
        return out;
    }
}
