package io.cloudmock.grpc.bridge.internal;

import java.util.ArrayList;
import java.util.List;

import io.cloudmock.api.ActionDef;
import io.cloudmock.grpc.plugin.v1.RegisterResponse;

/** What a plugin answered to {@code Register}: its service name and actions. */
public record PluginRegistration(String serviceName, List<ActionDef> actions) {

    /** Converts and checks a {@code RegisterResponse}; throws {@link IllegalArgumentException} when unusable. */
    public static PluginRegistration of(RegisterResponse response) {
        String name = response.getServiceName().trim();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Register returned no service_name");
        }
        List<ActionDef> actions = new ArrayList<>();
        for (var a : response.getActionsList()) {
            if (a.getName().isBlank()) {
                throw new IllegalArgumentException("Register returned an action without a name");
            }
            String method = a.getMethod().isBlank() ? "POST" : a.getMethod();
            String iam = a.getIamAction().isBlank() ? name + ":" + a.getName() : a.getIamAction();
            actions.add(new ActionDef(a.getName(), method, iam));
        }
        return new PluginRegistration(name, List.copyOf(actions));
    }

    public boolean supports(String action) {
        for (ActionDef a : actions) {
            if (a.name().equals(action)) {
                return true;
            }
        }
        return false;
    }
}
