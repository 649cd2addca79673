package io.cloudmock.services.sqs.internal;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;

/** AddPermission and RemovePermission: statements labelled by Sid in the queue's {@code Policy} attribute. */
final class PermissionOperations {

    private final SqsStore store;
    private final Runnable changed;

    PermissionOperations(SqsStore store, Runnable changed) {
        this.store = store;
        this.changed = changed;
    }

    Struct addPermission(RequestContext ctx, Struct in) {
        Queue q = store.byUrl(ctx, in.string("QueueUrl"));
        String label = in.string("Label");
        if (in.strings("AWSAccountIds").isEmpty() || in.strings("Actions").isEmpty()) {
            throw SqsErrors.missingParameter(in.strings("AWSAccountIds").isEmpty() ? "AWSAccountIds" : "Actions");
        }
        synchronized (q) {
            ObjectNode policy = policy(q);
            ArrayNode statements = policy.withArray("Statement");
            for (JsonNode s : statements) {
                if (label.equals(s.path("Sid").asText())) {
                    throw SqsErrors.invalidParameterValue("Value " + label + " for parameter Label is invalid. "
                            + "Reason: Already exists.");
                }
            }
            ObjectNode s = statements.addObject();
            s.put("Sid", label);
            s.put("Effect", "Allow");
            ArrayNode principals = s.putObject("Principal").putArray("AWS");
            in.strings("AWSAccountIds").forEach(a -> principals.add("arn:aws:iam::" + a + ":root"));
            ArrayNode actions = s.putArray("Action");
            in.strings("Actions").forEach(a -> actions.add(a.startsWith("SQS:") ? a : "SQS:" + a));
            s.put("Resource", q.arn());
            q.attributes.apply(Map.of("Policy", policy.toString()));
        }
        changed.run();
        return new Struct();
    }

    Struct removePermission(RequestContext ctx, Struct in) {
        Queue q = store.byUrl(ctx, in.string("QueueUrl"));
        String label = in.string("Label");
        synchronized (q) {
            ObjectNode policy = policy(q);
            boolean removed = false;
            for (Iterator<JsonNode> it = policy.withArray("Statement").iterator(); it.hasNext(); ) {
                if (label.equals(it.next().path("Sid").asText())) {
                    it.remove();
                    removed = true;
                }
            }
            if (!removed) {
                throw SqsErrors.invalidParameterValue("Value " + label + " for parameter Label is invalid. Reason: "
                        + "can't find label.");
            }
            q.attributes.apply(Map.of("Policy", policy.withArray("Statement").isEmpty() ? "" : policy.toString()));
        }
        changed.run();
        return new Struct();
    }

    private static ObjectNode policy(Queue q) {
        String current = q.attributes.get("Policy");
        if (current != null && !current.isEmpty()) {
            try {
                JsonNode n = QueueAttributes.JSON.readTree(current);
                if (n instanceof ObjectNode o) {
                    return o;
                }
            } catch (IOException e) {
                // replaced below
            }
        }
        ObjectNode o = QueueAttributes.JSON.createObjectNode();
        o.put("Version", "2012-10-17");
        o.put("Id", q.arn() + "/SQSDefaultPolicy");
        o.putArray("Statement");
        return o;
    }
}
