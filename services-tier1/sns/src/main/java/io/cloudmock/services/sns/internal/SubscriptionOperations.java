package io.cloudmock.services.sns.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;

/** Subscribe, ConfirmSubscription, Unsubscribe, ListSubscriptions(ByTopic), Get/SetSubscriptionAttributes. */
final class SubscriptionOperations {

    static final Set<String> PROTOCOLS = Set.of("http", "https", "email", "email-json", "sms", "sqs", "application",
            "lambda", "firehose");
    static final Set<String> SETTABLE = Set.of("DeliveryPolicy", "FilterPolicy", "FilterPolicyScope",
            "RawMessageDelivery", "RedrivePolicy", "SubscriptionRoleArn", "ReplayPolicy");

    private final SnsStore store;
    private final Deliveries deliveries;
    private final Runnable changed;

    SubscriptionOperations(SnsStore store, Deliveries deliveries, Runnable changed) {
        this.store = store;
        this.deliveries = deliveries;
        this.changed = changed;
    }

    Struct subscribe(RequestContext ctx, Struct in) {
        Topic t = store.topic(in.string("TopicArn"));
        String protocol = in.string("Protocol", "").toLowerCase(java.util.Locale.ROOT);
        String endpoint = in.string("Endpoint");
        if (!PROTOCOLS.contains(protocol)) {
            throw SnsErrors.invalidParameter("Amazon SNS does not support this protocol string: " + protocol);
        }
        checkEndpoint(protocol, endpoint);
        Map<String, String> attrs = TopicOperations.strings(in.map("Attributes"));
        attrs.forEach(SubscriptionOperations::validate);
        if (attrs.get("FilterPolicy") != null && !attrs.get("FilterPolicy").isEmpty()) {
            FilterPolicy.parse(attrs.get("FilterPolicy"), "MessageBody".equals(attrs.get("FilterPolicyScope")));
        }
        for (Subscription s : store.subscriptionsOf(t.arn)) {
            if (s.protocol.equals(protocol) && s.endpoint.equals(endpoint)) {
                for (Map.Entry<String, String> e : attrs.entrySet()) {
                    if (!e.getValue().equals(s.attributes.get(e.getKey()))) {
                        throw SnsErrors.invalidParameter("Attributes Reason: Subscription already exists with "
                                + "different attributes");
                    }
                }
                return Struct.of("SubscriptionArn", s.confirmed || in.bool("ReturnSubscriptionArn", false)
                        ? s.arn : "pending confirmation");
            }
        }
        String token = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Subscription s = new Subscription(t.arn + ":" + UUID.randomUUID(), t.arn, protocol, endpoint,
                ctx.accountId(), token);
        s.setAll(attrs);
        s.confirmed = protocol.equals("sqs") || protocol.equals("lambda") || protocol.equals("firehose")
                || protocol.equals("application");
        store.subscriptions.put(s.arn, s);
        changed.run();
        if (protocol.equals("http") || protocol.equals("https")) {
            deliveries.confirm(t, s, UUID.randomUUID().toString(), Instant.now().toString());
        }
        return Struct.of("SubscriptionArn", s.confirmed || in.bool("ReturnSubscriptionArn", false)
                ? s.arn : "pending confirmation");
    }

    private static void checkEndpoint(String protocol, String endpoint) {
        boolean ok = switch (protocol) {
            case "sqs" -> endpoint != null && endpoint.matches("arn:aws[a-z-]*:sqs:[a-z0-9-]+:\\d{12}:[A-Za-z0-9_.-]+");
            case "lambda", "firehose", "application" -> endpoint != null && endpoint.startsWith("arn:");
            case "http" -> endpoint != null && endpoint.startsWith("http://");
            case "https" -> endpoint != null && endpoint.startsWith("https://");
            default -> endpoint != null && !endpoint.isEmpty();
        };
        if (!ok) {
            throw SnsErrors.invalidParameter(protocol.equals("sqs") ? "SQS endpoint ARN"
                    : "Endpoint must match the specified protocol");
        }
    }

    static void validate(String name, String value) {
        if (!SETTABLE.contains(name)) {
            throw SnsErrors.invalidParameter("AttributeName");
        }
        switch (name) {
            case "RawMessageDelivery" -> {
                if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                    throw SnsErrors.invalidParameter("Attributes Reason: RawMessageDelivery: Invalid value ["
                            + value + "]. Must be true or false.");
                }
            }
            case "FilterPolicyScope" -> {
                if (!value.equals("MessageAttributes") && !value.equals("MessageBody")) {
                    throw SnsErrors.invalidParameter("Attributes Reason: FilterPolicyScope: Invalid value ["
                            + value + "]. Please use either MessageBody or MessageAttributes");
                }
            }
            default -> { }
        }
    }

    Struct confirmSubscription(RequestContext ctx, Struct in) {
        Topic t = store.topic(in.string("TopicArn"));
        String token = in.string("Token");
        for (Subscription s : store.subscriptionsOf(t.arn)) {
            if (s.token.equals(token)) {
                s.confirmed = true;
                changed.run();
                return Struct.of("SubscriptionArn", s.arn);
            }
        }
        throw SnsErrors.invalidParameter("Token");
    }

    Struct unsubscribe(RequestContext ctx, Struct in) {
        String arn = in.string("SubscriptionArn");
        if (store.subscriptions.remove(arn) == null) {
            throw SnsErrors.subscriptionNotFound();
        }
        changed.run();
        return new Struct();
    }

    Struct listSubscriptions(RequestContext ctx, Struct in) {
        List<Subscription> all = new ArrayList<>();
        for (Subscription s : store.allSubscriptions()) {
            Topic t = store.topics.get(s.topicArn);
            if (t != null && t.account.equals(ctx.accountId()) && t.region.equals(ctx.region())) {
                all.add(s);
            }
        }
        all.sort((a, b) -> a.arn.compareTo(b.arn));
        return page(all, in.string("NextToken"));
    }

    Struct listSubscriptionsByTopic(RequestContext ctx, Struct in) {
        Topic t = store.topic(in.string("TopicArn"));
        return page(store.subscriptionsOf(t.arn), in.string("NextToken"));
    }

    private static Struct page(List<Subscription> all, String token) {
        int start = Pages.start(token);
        List<Object> out = new ArrayList<>();
        for (int i = start; i < Math.min(all.size(), start + TopicOperations.PAGE); i++) {
            Subscription s = all.get(i);
            out.add(Struct.of("SubscriptionArn", s.confirmed ? s.arn : "PendingConfirmation", "Owner", s.owner,
                    "Protocol", s.protocol, "Endpoint", s.endpoint, "TopicArn", s.topicArn));
        }
        int next = start + TopicOperations.PAGE;
        return Struct.of("Subscriptions", out, "NextToken", next < all.size() ? Pages.token(next) : null);
    }

    Struct getSubscriptionAttributes(RequestContext ctx, Struct in) {
        Subscription s = subscription(in.string("SubscriptionArn"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("Owner", s.owner);
        out.put("RawMessageDelivery", "false");
        out.put("TopicArn", s.topicArn);
        out.put("Endpoint", s.endpoint);
        out.put("Protocol", s.protocol);
        out.put("PendingConfirmation", Boolean.toString(!s.confirmed));
        out.put("ConfirmationWasAuthenticated", Boolean.toString(s.confirmed));
        out.put("SubscriptionArn", s.arn);
        out.putAll(s.attributes);
        if (s.attributes.containsKey("FilterPolicy") && !s.attributes.containsKey("FilterPolicyScope")) {
            out.put("FilterPolicyScope", "MessageAttributes");
        }
        return Struct.of("Attributes", out);
    }

    Struct setSubscriptionAttributes(RequestContext ctx, Struct in) {
        Subscription s = subscription(in.string("SubscriptionArn"));
        String name = in.string("AttributeName");
        String value = in.string("AttributeValue", "");
        validate(name, value);
        if (name.equals("FilterPolicy") && !value.isEmpty()) {
            FilterPolicy.parse(value, "MessageBody".equals(s.attributes.get("FilterPolicyScope")));
        }
        s.set(name, value);
        changed.run();
        return new Struct();
    }

    private Subscription subscription(String arn) {
        Subscription s = arn == null ? null : store.subscriptions.get(arn);
        if (s == null) {
            throw SnsErrors.subscriptionNotFound();
        }
        return s;
    }
}
