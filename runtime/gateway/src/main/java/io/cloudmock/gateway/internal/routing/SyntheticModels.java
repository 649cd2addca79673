package io.cloudmock.gateway.internal.routing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cloudmock.api.ActionDef;
import io.cloudmock.api.model.Member;
import io.cloudmock.api.model.Operation;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.ServiceSummary;
import io.cloudmock.api.model.Shape;
import io.cloudmock.api.model.ShapeType;

/**
 * Models for services that have no AWS model (custom plugins): each declared action becomes an operation whose
 * input and output are untyped JSON documents.
 */
public final class SyntheticModels {

    static final String DOCUMENT = "__Document";

    private SyntheticModels() {
    }

    public static ServiceSummary summary(String name, String protocol, String targetPrefix, String signingName,
                                         int operations) {
        String p = protocol == null || protocol.isEmpty() ? "json" : protocol;
        return new ServiceSummary(name, "custom", p, List.of(p), "1.1", blankToNull(targetPrefix),
                signingName == null || signingName.isEmpty() ? name : signingName, name, name, false, operations);
    }

    public static ServiceModel model(ServiceSummary summary, List<ActionDef> actions) {
        Shape document = new Shape(DOCUMENT, ShapeType.STRUCTURE, Map.of(), Set.of(), null, null, null, List.of(),
                false, null, null, null, false, null, false, null, false, false, true, false, null, null, null, false);
        Map<String, Operation> ops = new LinkedHashMap<>();
        for (ActionDef a : actions) {
            ops.put(a.name(), new Operation(a.name(), a.method() == null ? "POST" : a.method(), "/", 200,
                    Member.of("", DOCUMENT), Member.of("", DOCUMENT), null, List.of(), null, false, null, List.of(),
                    null));
        }
        return new ServiceModel(summary, null, Map.copyOf(ops), Map.of(DOCUMENT, document), Map.of());
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
