package io.cloudmock.grpc.bridge.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.util.Dictionary;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import io.cloudmock.api.AwsService;
import io.cloudmock.grpc.plugin.v1.ActionDef;
import io.cloudmock.grpc.plugin.v1.CloudMockPluginGrpc;
import io.cloudmock.grpc.plugin.v1.HealthCheckRequest;
import io.cloudmock.grpc.plugin.v1.HealthCheckResponse;
import io.cloudmock.grpc.plugin.v1.RegisterRequest;
import io.cloudmock.grpc.plugin.v1.RegisterResponse;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;

/** The shell commands and the OSGi registration they cause, against a real gRPC plugin on a local socket. */
class PluginCommandsTest {

    /** Services the bridge registered, by registration. */
    private final Map<Object, Dictionary<String, ?>> registered = new ConcurrentHashMap<>();

    @Test
    void addListRemove() throws Exception {
        Server server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                .addService(new Plugin()).build().start();
        PluginManager manager = new PluginManager(fakeContext());
        try {
            PluginCommands commands = new PluginCommands(manager);
            String added = commands.addplugin("widgets", "127.0.0.1:" + server.getPort(), "MyService_20260101");
            assertEquals("added widgets: ACTIVE", added);
            assertEquals(1, registered.size());
            Dictionary<String, ?> p = registered.values().iterator().next();
            assertArrayEquals(new String[] {"myservice"}, (String[]) p.get("cloudmock.service.name"));
            assertEquals("plugin", p.get("cloudmock.service.tier"));
            assertEquals("raw", p.get("cloudmock.service.protocol"));
            assertEquals("MyService_20260101", p.get("cloudmock.service.target.prefix"));
            assertEquals("myservice", p.get("cloudmock.service.signing.name"));
            assertEquals(100, p.get("service.ranking"));

            String list = commands.plugins();
            assertTrue(list.contains("widgets") && list.contains("ACTIVE") && list.contains("CreateWidget,GetWidget"),
                    list);
            assertTrue(commands.addplugin("bad", "nowhere").startsWith("error: "));
            assertEquals("removed widgets", commands.removeplugin("widgets"));
            assertTrue(registered.isEmpty());
            assertEquals("error: no plugin named widgets", commands.removeplugin("widgets"));
        } finally {
            manager.deactivate();
            server.shutdownNow().awaitTermination();
        }
    }

    @Test
    void pluginWithoutHealthCheckCountsAsHealthyWhileItAnswers() throws Exception {
        Server server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                .addService(new RegisterOnly()).build().start();
        PluginManager manager = new PluginManager(fakeContext());
        try {
            assertEquals("added minimal: ACTIVE",
                    new PluginCommands(manager).addplugin("minimal", "127.0.0.1:" + server.getPort()));
            assertTrue(manager.get("minimal").orElseThrow().health().isUp());
        } finally {
            manager.deactivate();
            server.shutdownNow().awaitTermination();
        }
    }

    /** Just enough of a BundleContext: no framework properties, service registrations recorded. */
    private BundleContext fakeContext() {
        return (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {BundleContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getProperty" -> null;
                    case "registerService" -> {
                        Object[] holder = new Object[1];
                        ServiceRegistration<?> reg = (ServiceRegistration<?>) Proxy.newProxyInstance(
                                getClass().getClassLoader(), new Class<?>[] {ServiceRegistration.class},
                                (p2, m2, a2) -> {
                                    if (m2.getName().equals("unregister")) {
                                        registered.remove(holder[0]);
                                    }
                                    return m2.getName().equals("hashCode") ? System.identityHashCode(p2) : null;
                                });
                        holder[0] = reg;
                        assertTrue(args[1] instanceof AwsService);
                        @SuppressWarnings("unchecked")
                        Dictionary<String, ?> props = (Dictionary<String, ?>) args[2];
                        registered.put(reg, props);
                        yield reg;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static final class RegisterOnly extends CloudMockPluginGrpc.CloudMockPluginImplBase {
        @Override
        public void register(RegisterRequest request, StreamObserver<RegisterResponse> out) {
            out.onNext(RegisterResponse.newBuilder().setServiceName("minimal").build());
            out.onCompleted();
        }
    }

    private static final class Plugin extends CloudMockPluginGrpc.CloudMockPluginImplBase {
        @Override
        public void register(RegisterRequest request, StreamObserver<RegisterResponse> out) {
            RegisterResponse.Builder b = RegisterResponse.newBuilder().setServiceName("myservice");
            for (String a : List.of("CreateWidget", "GetWidget")) {
                b.addActions(ActionDef.newBuilder().setName(a).setMethod("POST").setIamAction("myservice:" + a));
            }
            out.onNext(b.build());
            out.onCompleted();
        }

        @Override
        public void healthCheck(HealthCheckRequest request, StreamObserver<HealthCheckResponse> out) {
            out.onNext(HealthCheckResponse.newBuilder().setHealthy(true).build());
            out.onCompleted();
        }
    }
}
