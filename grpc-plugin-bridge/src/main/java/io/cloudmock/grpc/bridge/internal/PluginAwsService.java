package io.cloudmock.grpc.bridge.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.google.protobuf.ByteString;

import io.cloudmock.api.ActionDef;
import io.cloudmock.api.AwsException;
import io.cloudmock.api.AwsRequest;
import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.AwsService;
import io.cloudmock.api.CommonErrors;
import io.cloudmock.api.Health;
import io.cloudmock.api.RawRequest;
import io.cloudmock.grpc.plugin.v1.HandleRequestInput;
import io.cloudmock.grpc.plugin.v1.HandleRequestOutput;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

/**
 * The gateway's view of one registered plugin: requests are forwarded through {@code HandleRequest} and the
 * plugin's status, headers and body go back to the client as they are. One instance per registration, so its
 * action list never changes; a plugin that re-registers with other actions gets a new instance.
 */
final class PluginAwsService implements AwsService {

    /** Correlation headers of CloudMock itself never reach a plugin. */
    static final String INTERNAL_HEADER_PREFIX = "x-cloudmock-";

    /** Framing is the gateway's business: these plugin headers would contradict the body actually sent. */
    private static final Set<String> FRAMING = Set.of("content-length", "transfer-encoding", "connection");

    private final PluginConnection connection;
    private final PluginRegistration registration;

    PluginAwsService(PluginConnection connection, PluginRegistration registration) {
        this.connection = connection;
        this.registration = registration;
    }

    @Override
    public List<ActionDef> actions() {
        return registration.actions();
    }

    @Override
    public boolean supports(String operation) {
        return registration.supports(operation);
    }

    @Override
    public Health health() {
        return connection.health();
    }

    @Override
    public AwsResponse handle(AwsRequest request) {
        HandleRequestInput input = HandleRequestInput.newBuilder()
                .setAction(request.operation())
                .setRegion(request.context().region())
                .setAccountId(request.context().accountId())
                .setBody(ByteString.copyFrom(body(request.raw())))
                .putAllHeaders(forwardedHeaders(request.raw().headers()))
                .build();
        HandleRequestOutput out;
        try {
            out = connection.client().handle(input, connection.config().timeoutMillis());
        } catch (StatusRuntimeException e) {
            throw translate(e, request.operation());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        out.getHeadersMap().forEach((k, v) -> {
            if (!FRAMING.contains(k.toLowerCase(Locale.ROOT))) {
                headers.put(k, v);
            }
        });
        int status = out.getStatusCode() == 0 ? 200 : out.getStatusCode();
        if (status < 100 || status > 599) {
            throw new AwsException("InternalFailure", "Plugin " + connection.config().name() + " answered "
                    + request.operation() + " with the invalid HTTP status " + status + ".", 500,
                    AwsException.Fault.RECEIVER);
        }
        return AwsResponse.raw(status, headers, out.getBody().toByteArray());
    }

    private static byte[] body(RawRequest raw) {
        try {
            return raw.body();
        } catch (IOException e) {
            throw CommonErrors.serialization("Could not read the request body: " + e.getMessage());
        }
    }

    /** All request headers but {@code X-CloudMock-*}; repeated headers are joined with commas as HTTP allows. */
    static Map<String, String> forwardedHeaders(Map<String, List<String>> headers) {
        Map<String, String> out = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            if (name != null && !name.toLowerCase(Locale.ROOT).startsWith(INTERNAL_HEADER_PREFIX)) {
                out.merge(name, String.join(",", values), (a, b) -> a + "," + b);
            }
        });
        return out;
    }

    /** Unreachable or too slow: 503 ServiceUnavailable; any other gRPC failure of the plugin: 500 InternalFailure. */
    private AwsException translate(StatusRuntimeException e, String operation) {
        Status.Code code = e.getStatus().getCode();
        String name = connection.config().name();
        if (code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED
                || code == Status.Code.CANCELLED) {
            connection.requestFailed(e);
            String why = code == Status.Code.DEADLINE_EXCEEDED
                    ? "did not answer within " + connection.config().timeoutMillis() + " ms"
                    : "is not reachable (" + PluginConnection.describe(e) + ")";
            return CommonErrors.serviceUnavailable("Service " + registration.serviceName() + " is unavailable: plugin "
                    + name + " at " + connection.config().address() + " " + why + ". Retry later.");
        }
        return new AwsException("InternalFailure", "Plugin " + name + " failed to handle " + operation + ": "
                + PluginConnection.describe(e), 500, AwsException.Fault.RECEIVER);
    }
}
