package io.cloudmock.gateway.internal.protocol;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.cloudmock.api.model.ServiceSummary;
import io.cloudmock.gateway.internal.http.HttpRequestData;
import io.cloudmock.gateway.internal.protocol.json.JsonCodec;
import io.cloudmock.gateway.internal.protocol.json.RawCodec;
import io.cloudmock.gateway.internal.protocol.query.QueryCodec;

/**
 * Chooses the codec of a request: a service-specific codec for wire quirks when one is registered (S3's
 * virtual hosts and aws-chunked bodies), the query codec for form requests to query-compatible JSON services
 * (SQS's legacy form), otherwise the codec of the service's model protocol.
 */
public final class CodecRegistry {

    private final Map<String, ProtocolCodec> byProtocol = new ConcurrentHashMap<>();
    private final Map<String, Function<HttpRequestData, ? extends ProtocolCodec>> byService = new ConcurrentHashMap<>();

    public CodecRegistry() {
        byProtocol.put("json", new JsonCodec());
        byProtocol.put("query", new QueryCodec());
        byProtocol.put(RawCodec.PROTOCOL, new RawCodec());
    }

    /** Adds the codec of a protocol ({@code rest-json}, {@code rest-xml}, {@code ec2}, ...). */
    public CodecRegistry protocol(String name, ProtocolCodec codec) {
        byProtocol.put(name, codec);
        return this;
    }

    /** Adds a codec that handles one service's wire quirks. */
    public CodecRegistry service(String serviceName, ProtocolCodec codec) {
        return service(serviceName, request -> codec);
    }

    /** Adds a service whose quirks codec depends on the request (SQS's JSON and legacy query dialects). */
    public CodecRegistry service(String serviceName, Function<HttpRequestData, ? extends ProtocolCodec> chooser) {
        byService.put(serviceName, chooser);
        return this;
    }

    /** The codec for this request to this service, or null when no codec speaks any of its protocols. */
    public ProtocolCodec codecFor(ServiceSummary service, HttpRequestData request) {
        Function<HttpRequestData, ? extends ProtocolCodec> quirks = byService.get(service.name());
        if (quirks != null) {
            return quirks.apply(request);
        }
        if (service.awsQueryCompatible() && request.isForm() && request.formParameter("Action") != null) {
            return byProtocol.get("query");
        }
        for (String protocol : service.protocols()) {
            ProtocolCodec c = byProtocol.get(protocol);
            if (c != null) {
                return c;
            }
        }
        return byProtocol.get(service.protocol());
    }

    /** The codec of a protocol, or null. */
    public ProtocolCodec forProtocol(String protocol) {
        return byProtocol.get(protocol);
    }
}
