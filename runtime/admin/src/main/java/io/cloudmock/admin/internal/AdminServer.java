package io.cloudmock.admin.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cloudmock.api.admin.AdminRoute;

/**
 * The admin REST server on port 4599 ({@code cloudmock.admin.port}). Routes are {@link AdminRoute} services from
 * any bundle (whiteboard); this server only dispatches and renders JSON.
 */
@Component(immediate = true, service = {})
public class AdminServer {

    private static final Logger LOG = LoggerFactory.getLogger(AdminServer.class);

    /** A registered route. */
    record Route(String path, boolean prefix, List<String> methods, AdminRoute route) {
        boolean matches(String p) {
            return prefix ? p.equals(path) || p.startsWith(path + "/") : p.equals(path);
        }
    }

    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final Server server;

    @Activate
    public AdminServer(BundleContext context) throws Exception {
        String host = setting(context, "cloudmock.host", "127.0.0.1");
        int port = Integer.parseInt(setting(context, "cloudmock.admin.port", "4599"));
        QueuedThreadPool threads = new QueuedThreadPool(32, 2);
        threads.setName("admin");
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new AdminHandler(this));
        server.start();
        LOG.info("admin API listening on http://{}:{}", host, port);
    }

    private static String setting(BundleContext ctx, String key, String fallback) {
        String v = ctx.getProperty(key);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    @Deactivate
    void deactivate() throws Exception {
        server.stop();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addRoute(AdminRoute route, Map<String, Object> props) {
        String path = String.valueOf(props.get("cloudmock.admin.path"));
        boolean prefix = path.endsWith("/*");
        Object m = props.get("cloudmock.admin.methods");
        List<String> methods = m instanceof String[] arr ? Arrays.asList(arr)
                : m == null ? List.of("GET") : List.of(String.valueOf(m));
        routes.add(new Route(prefix ? path.substring(0, path.length() - 2) : path, prefix, methods, route));
    }

    void removeRoute(AdminRoute route) {
        routes.removeIf(r -> r.route() == route);
    }

    /** Exact routes first, then the longest matching prefix route; several routes may share a path. */
    List<Route> match(String path) {
        List<Route> exact = new ArrayList<>();
        Route longest = null;
        for (Route r : routes) {
            if (!r.prefix() && r.matches(path)) {
                exact.add(r);
            } else if (r.prefix() && r.matches(path) && (longest == null || r.path().length() > longest.path().length())) {
                longest = r;
            }
        }
        if (exact.isEmpty() && longest != null) {
            for (Route r : routes) {
                if (r.prefix() && r.path().equals(longest.path())) {
                    exact.add(r);
                }
            }
        }
        return exact;
    }

    static Map<String, Object> error(String code, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", code);
        m.put("message", message);
        return m;
    }
}
