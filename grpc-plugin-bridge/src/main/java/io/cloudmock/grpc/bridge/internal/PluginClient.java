package io.cloudmock.grpc.bridge.internal;

import java.util.concurrent.TimeUnit;

import io.cloudmock.grpc.plugin.v1.CloudMockPluginGrpc;
import io.cloudmock.grpc.plugin.v1.HandleRequestInput;
import io.cloudmock.grpc.plugin.v1.HandleRequestOutput;
import io.cloudmock.grpc.plugin.v1.HealthCheckRequest;
import io.cloudmock.grpc.plugin.v1.HealthCheckResponse;
import io.cloudmock.grpc.plugin.v1.RegisterRequest;
import io.cloudmock.grpc.plugin.v1.RegisterResponse;
import io.grpc.ConnectivityState;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;

/** The gRPC channel to one plugin; every call carries a deadline so that no caller waits unbounded. */
final class PluginClient {

    private static final int MAX_MESSAGE = 64 * 1024 * 1024;

    private final ManagedChannel channel;
    private final CloudMockPluginGrpc.CloudMockPluginBlockingStub stub;

    PluginClient(String address) {
        this.channel = NettyChannelBuilder.forTarget(address)
                .usePlaintext()
                .maxInboundMessageSize(MAX_MESSAGE)
                .userAgent("cloudmock-grpc-plugin-bridge")
                .build();
        this.stub = CloudMockPluginGrpc.newBlockingStub(channel);
    }

    RegisterResponse register(long timeoutMillis) {
        return stub.withDeadlineAfter(timeoutMillis, TimeUnit.MILLISECONDS).register(RegisterRequest.getDefaultInstance());
    }

    /** The plugin's health; a plugin that does not implement {@code HealthCheck} counts as healthy when it answers. */
    HealthCheckResponse healthCheck(long timeoutMillis) {
        try {
            return stub.withDeadlineAfter(timeoutMillis, TimeUnit.MILLISECONDS)
                    .healthCheck(HealthCheckRequest.getDefaultInstance());
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.UNIMPLEMENTED) {
                return HealthCheckResponse.newBuilder().setHealthy(true).build();
            }
            throw e;
        }
    }

    HandleRequestOutput handle(HandleRequestInput input, long timeoutMillis) {
        return stub.withDeadlineAfter(timeoutMillis, TimeUnit.MILLISECONDS).handleRequest(input);
    }

    ConnectivityState state() {
        return channel.getState(false);
    }

    /** Calls {@code callback} once when the channel leaves {@code from}. */
    void onStateChange(ConnectivityState from, Runnable callback) {
        channel.notifyWhenStateChanged(from, callback);
    }

    /** The bridge does its own backoff: let the next call try to connect at once. */
    void resetConnectBackoff() {
        channel.resetConnectBackoff();
    }

    /** Closes the channel: in-flight calls get a grace period, then are cancelled. */
    void close() {
        channel.shutdown();
        try {
            if (!channel.awaitTermination(2, TimeUnit.SECONDS)) {
                channel.shutdownNow().awaitTermination(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            channel.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
