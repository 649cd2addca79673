package io.cloudmock.admin.internal.shell;

import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.cloudmock.admin.internal.ServiceDirectory;
import io.cloudmock.admin.internal.ServiceViews;
import io.cloudmock.admin.internal.routes.HealthRoute;
import io.cloudmock.admin.internal.routes.ResetRoute;
import io.cloudmock.api.model.ServiceModels;

/**
 * Gogo commands in scope {@code cloudmock}: {@code services}, {@code health}, {@code reset [service]},
 * {@code shutdown}.
 */
@Component(service = CloudMockCommands.class, property = {
    "osgi.command.scope=cloudmock",
    "osgi.command.function=services",
    "osgi.command.function=health",
    "osgi.command.function=reset",
    "osgi.command.function=shutdown"
})
public class CloudMockCommands {

    private final ServiceDirectory directory;
    private final ServiceModels models;
    private final BundleContext context;

    @Activate
    public CloudMockCommands(@Reference ServiceDirectory directory, @Reference ServiceModels models,
                             BundleContext context) {
        this.directory = directory;
        this.models = models;
        this.context = context;
    }

    /** Stops CloudMock cleanly (the framework stops; the launcher then exits). */
    public String shutdown() {
        Thread stopper = new Thread(() -> {
            try {
                context.getBundle(0).stop();
            } catch (BundleException e) {
                throw new IllegalStateException(e);
            }
        }, "cloudmock-shell-shutdown");
        stopper.start();
        return "CloudMock is shutting down";
    }

    /** Lists the active services: name, tier, bundle, number of actions. */
    public String services() {
        StringBuilder sb = new StringBuilder(String.format("%-24s %-7s %-40s %s%n", "SERVICE", "TIER", "BUNDLE", "ACTIONS"));
        for (ServiceDirectory.Entry e : directory.active()) {
            Map<String, Object> d = ServiceViews.describe(e, models);
            sb.append(String.format("%-24s %-7s %-40s %d%n", e.name(), e.tier(), e.bundle() + " " + e.bundleVersion(),
                    ((java.util.List<?>) d.get("actions")).size()));
        }
        return sb.toString();
    }

    /** Prints the health report. */
    public String health() {
        Map<String, Object> report = HealthRoute.report(directory);
        StringBuilder sb = new StringBuilder("status: " + report.get("status") + "\n");
        for (String group : new String[] {"services", "plugins"}) {
            ((Map<?, ?>) report.get(group)).forEach((name, v) -> sb.append(String.format("  %-24s %s%n", name,
                    ((Map<?, ?>) v).get("status"))));
        }
        return sb.toString();
    }

    /** Resets every service. */
    public String reset() {
        return "reset: " + String.join(", ", ResetRoute.reset(directory, null));
    }

    /** Resets one service. */
    public String reset(String service) {
        return "reset: " + String.join(", ", ResetRoute.reset(directory, service));
    }
}
