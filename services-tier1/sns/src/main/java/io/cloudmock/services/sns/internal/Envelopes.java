package io.cloudmock.services.sns.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON documents SNS delivers (Notification, SubscriptionConfirmation) with the fields in AWS's order and a
 * SignatureVersion 1 signature field over the canonical string (see {@link #sign}).
 */
final class Envelopes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final byte[] secret = new byte[32];

    Envelopes(String baseUrl) {
        this.baseUrl = baseUrl;
        new java.security.SecureRandom().nextBytes(secret);
    }

    String certUrl(String region) {
        return "https://sns." + region + ".amazonaws.com/SimpleNotificationService-cloudmock.pem";
    }

    /** The wrapped notification a subscription of {@code protocol} receives. */
    String notification(Notification n, String protocol, String subscriptionArn, String region,
                        Map<String, String> signatures) {
        String message = n.messageFor(protocol);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Type", "Notification");
        m.put("MessageId", n.messageId());
        if (n.sequenceNumber() != null) {
            m.put("SequenceNumber", n.sequenceNumber());
        }
        m.put("TopicArn", n.topicArn());
        if (n.subject() != null) {
            m.put("Subject", n.subject());
        }
        m.put("Message", message);
        m.put("Timestamp", n.timestamp());
        m.put("SignatureVersion", "1");
        m.put("Signature", signatures.computeIfAbsent(message, text -> sign(canonical(text, n.messageId(),
                n.subject(), null, n.timestamp(), null, n.topicArn(), "Notification"))));
        m.put("SigningCertURL", certUrl(region));
        m.put("UnsubscribeURL", baseUrl + "/?Action=Unsubscribe&SubscriptionArn=" + encode(subscriptionArn));
        if (!n.attributes().isEmpty()) {
            Map<String, Object> attrs = new LinkedHashMap<>();
            n.attributes().forEach((k, v) -> {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("Type", v[0]);
                a.put("Value", v[1]);
                attrs.put(k, a);
            });
            m.put("MessageAttributes", attrs);
        }
        return write(m);
    }

    /** The SubscriptionConfirmation an HTTP/S endpoint receives. */
    String confirmation(String messageId, String topicArn, String token, String timestamp, String region) {
        String message = "You have chosen to subscribe to the topic " + topicArn
                + ".\nTo confirm the subscription, visit the SubscribeURL included in this message.";
        String subscribeUrl = baseUrl + "/?Action=ConfirmSubscription&TopicArn=" + encode(topicArn) + "&Token="
                + token;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Type", "SubscriptionConfirmation");
        m.put("MessageId", messageId);
        m.put("Token", token);
        m.put("TopicArn", topicArn);
        m.put("Message", message);
        m.put("SubscribeURL", subscribeUrl);
        m.put("Timestamp", timestamp);
        m.put("SignatureVersion", "1");
        m.put("Signature", sign(canonical(message, messageId, null, subscribeUrl, timestamp, token, topicArn,
                "SubscriptionConfirmation")));
        m.put("SigningCertURL", certUrl(region));
        return write(m);
    }

    private static String canonical(String message, String messageId, String subject, String subscribeUrl,
                                    String timestamp, String token, String topicArn, String type) {
        StringBuilder sb = new StringBuilder();
        field(sb, "Message", message);
        field(sb, "MessageId", messageId);
        field(sb, "Subject", subject);
        field(sb, "SubscribeURL", subscribeUrl);
        field(sb, "Timestamp", timestamp);
        field(sb, "Token", token);
        field(sb, "TopicArn", topicArn);
        field(sb, "Type", type);
        return sb.toString();
    }

    private static void field(StringBuilder sb, String name, String value) {
        if (value != null) {
            sb.append(name).append('\n').append(value).append('\n');
        }
    }

    /**
     * The signature over the canonical string: 256 bytes (the size of an RSA-2048 signature) derived with
     * HMAC-SHA256 from a per-process secret. The signing certificate is not served, so clients cannot verify it
     * anyway; an RSA signature per publish cost too much CPU on the fan-out path.
     */
    private String sign(String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] out = new byte[256];
            byte[] block = canonical.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < out.length; i += 32) {
                block = mac.doFinal(block);
                System.arraycopy(block, 0, out, i, 32);
            }
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
