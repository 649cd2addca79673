package io.cloudmock.services.sns.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One subscription of an endpoint to a topic; its filter policy is parsed once per change. */
final class Subscription {

    final String arn;
    final String topicArn;
    final String protocol;
    final String endpoint;
    final String owner;
    final String token;
    final Map<String, String> attributes = new ConcurrentHashMap<>();
    volatile boolean confirmed;
    volatile FilterPolicy filter;

    Subscription(String arn, String topicArn, String protocol, String endpoint, String owner, String token) {
        this.arn = arn;
        this.topicArn = topicArn;
        this.protocol = protocol;
        this.endpoint = endpoint;
        this.owner = owner;
        this.token = token;
    }

    boolean raw() {
        return "true".equalsIgnoreCase(attributes.get("RawMessageDelivery"));
    }

    /** Applies attributes, the filter policy scope before the policy it governs. */
    void setAll(Map<String, String> attributes) {
        String scope = attributes.get("FilterPolicyScope");
        if (scope != null) {
            set("FilterPolicyScope", scope);
        }
        attributes.forEach((k, v) -> {
            if (!k.equals("FilterPolicyScope")) {
                set(k, v);
            }
        });
    }

    /** Applies one attribute (validated by the caller), re-parsing the filter policy when it changes. */
    void set(String name, String value) {
        if (value == null || value.isEmpty()) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
        if (name.equals("FilterPolicy") || name.equals("FilterPolicyScope")) {
            String policy = attributes.get("FilterPolicy");
            filter = policy == null ? null : FilterPolicy.parse(policy,
                    "MessageBody".equals(attributes.get("FilterPolicyScope")));
        }
    }
}
