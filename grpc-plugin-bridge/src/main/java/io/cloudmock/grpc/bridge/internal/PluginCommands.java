package io.cloudmock.grpc.bridge.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Gogo commands in scope {@code cloudmock}: {@code plugins}, {@code addplugin NAME ADDRESS [TARGET_PREFIX]},
 * {@code removeplugin NAME}.
 */
@Component(service = PluginCommands.class, property = {
    "osgi.command.scope=cloudmock",
    "osgi.command.function=plugins",
    "osgi.command.function=addplugin",
    "osgi.command.function=removeplugin"
})
public class PluginCommands {

    private final PluginManager manager;

    @Activate
    public PluginCommands(@Reference PluginManager manager) {
        this.manager = manager;
    }

    /** Lists the plugins: name, address, state, service, actions. */
    public String plugins() {
        StringBuilder sb = new StringBuilder(String.format("%-20s %-24s %-12s %-20s %s%n", "PLUGIN", "ADDRESS", "STATE",
                "SERVICE", "ACTIONS"));
        for (PluginConnection c : manager.list()) {
            PluginRegistration r = c.registration();
            sb.append(String.format("%-20s %-24s %-12s %-20s %s%n", c.config().name(), c.config().address(),
                    c.state(), r == null ? "-" : r.serviceName(),
                    r == null ? "-" : String.join(",", r.actions().stream().map(a -> a.name()).toList())));
            if (c.lastError() != null) {
                sb.append("    ").append(c.lastError()).append('\n');
            }
        }
        return sb.toString();
    }

    public String addplugin(String name, String address) {
        return addplugin(name, address, null);
    }

    /** Adds (or replaces) a gRPC plugin and reports its state after the first Register call. */
    public String addplugin(String name, String address, String targetPrefix) {
        PluginConfig config;
        try {
            config = manager.config(name, address, targetPrefix);
        } catch (IllegalArgumentException e) {
            return "error: " + e.getMessage();
        }
        boolean replaced = manager.add(config);
        PluginConnection c = manager.get(name).orElseThrow();
        return (replaced ? "replaced " : "added ") + name + ": " + c.state()
                + (c.lastError() == null ? "" : " (" + c.lastError() + ")");
    }

    public String removeplugin(String name) {
        return manager.remove(name) ? "removed " + name : "error: no plugin named " + name;
    }
}
