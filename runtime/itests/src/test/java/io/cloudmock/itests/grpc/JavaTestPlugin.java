package io.cloudmock.itests.grpc;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;

import io.cloudmock.grpc.plugin.v1.ActionDef;
import io.cloudmock.grpc.plugin.v1.CloudMockPluginGrpc;
import io.cloudmock.grpc.plugin.v1.HandleRequestInput;
import io.cloudmock.grpc.plugin.v1.HandleRequestOutput;
import io.cloudmock.grpc.plugin.v1.HealthCheckRequest;
import io.cloudmock.grpc.plugin.v1.HealthCheckResponse;
import io.cloudmock.grpc.plugin.v1.RegisterRequest;
import io.cloudmock.grpc.plugin.v1.RegisterResponse;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;

/**
 * A plugin written in Java: a real gRPC server on its own socket (127.0.0.1). Actions: {@code Echo} (returns what
 * the bridge sent), {@code Teapot} (status 418, custom header, non-JSON body), {@code Fail} (gRPC INTERNAL), {@code ListWidgets} (an empty list, for the benchmark),
 * {@code Slow} (answers after 3 s), and whatever else it is told to register (answered like Echo).
 */
public final class JavaTestPlugin implements AutoCloseable {

    private final String serviceName;
    private final List<String> actions;
    private final Server server;
    final AtomicReference<HandleRequestInput> lastInput = new AtomicReference<>();
    final AtomicBoolean healthy = new AtomicBoolean(true);

    private JavaTestPlugin(String serviceName, List<String> actions, int port) throws IOException {
        this.serviceName = serviceName;
        this.actions = actions;
        this.server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", port)).addService(new Impl())
                .build().start();
    }

    public static JavaTestPlugin start(String serviceName, int port, String... actions) throws IOException {
        return new JavaTestPlugin(serviceName, List.of(actions), port);
    }

    public int port() {
        return server.getPort();
    }

    @Override
    public void close() throws InterruptedException {
        server.shutdownNow();
        server.awaitTermination(10, TimeUnit.SECONDS);
    }

    private final class Impl extends CloudMockPluginGrpc.CloudMockPluginImplBase {

        @Override
        public void register(RegisterRequest request, StreamObserver<RegisterResponse> out) {
            RegisterResponse.Builder b = RegisterResponse.newBuilder().setServiceName(serviceName);
            for (String a : actions) {
                b.addActions(ActionDef.newBuilder().setName(a).setMethod("POST").setIamAction(serviceName + ":" + a));
            }
            out.onNext(b.build());
            out.onCompleted();
        }

        @Override
        public void healthCheck(HealthCheckRequest request, StreamObserver<HealthCheckResponse> out) {
            out.onNext(HealthCheckResponse.newBuilder().setHealthy(healthy.get()).build());
            out.onCompleted();
        }

        @Override
        public void handleRequest(HandleRequestInput in, StreamObserver<HandleRequestOutput> out) {
            lastInput.set(in);
            switch (in.getAction()) {
                case "Teapot" -> out.onNext(HandleRequestOutput.newBuilder().setStatusCode(418)
                        .putHeaders("X-Custom", "short-and-stout").putHeaders("Content-Type", "text/plain")
                        .setBody(ByteString.copyFromUtf8("I'm a teapot")).build());
                case "ListWidgets" -> out.onNext(HandleRequestOutput.newBuilder().setStatusCode(200)
                        .putHeaders("Content-Type", "application/x-amz-json-1.1")
                        .setBody(ByteString.copyFromUtf8("{\"Widgets\":[]}")).build());
                case "Fail" -> {
                    out.onError(Status.INTERNAL.withDescription("boom").asRuntimeException());
                    return;
                }
                case "Slow" -> {
                    sleep(3000);
                    out.onNext(HandleRequestOutput.newBuilder().setStatusCode(200).build());
                }
                default -> out.onNext(echo(in));
            }
            out.onCompleted();
        }

        private HandleRequestOutput echo(HandleRequestInput in) {
            ObjectNode n = PluginAdmin.JSON.createObjectNode()
                    .put("action", in.getAction()).put("region", in.getRegion()).put("accountId", in.getAccountId())
                    .put("body", in.getBody().toString(StandardCharsets.UTF_8)).put("service", serviceName);
            ObjectNode headers = n.putObject("headers");
            in.getHeadersMap().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
            return HandleRequestOutput.newBuilder().setStatusCode(200)
                    .putHeaders("Content-Type", "application/x-amz-json-1.1").putHeaders("X-Plugin", serviceName)
                    .setBody(ByteString.copyFromUtf8(n.toString())).build();
        }

        private void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
