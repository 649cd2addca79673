package io.cloudmock.gateway.internal.pipeline;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.AwsRequest;
import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.CommonErrors;
import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;
import io.cloudmock.api.events.CloudMockEvent;
import io.cloudmock.api.model.Operation;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.gateway.internal.auth.Credentials;
import io.cloudmock.gateway.internal.auth.SigV4;
import io.cloudmock.gateway.internal.http.HttpRequestData;
import io.cloudmock.gateway.internal.http.HttpResponseData;
import io.cloudmock.gateway.internal.protocol.CodecRegistry;
import io.cloudmock.gateway.internal.protocol.ProtocolCodec;
import io.cloudmock.gateway.internal.routing.RegisteredService;
import io.cloudmock.gateway.internal.routing.ServiceRouter;

/**
 * The request pipeline, in order: route → authenticate → resolve operation → parse → handle → serialize →
 * record. Every failure becomes the protocol's AWS error; nothing escapes as a stack trace.
 */
public final class RequestPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(RequestPipeline.class);

    /** Request header carrying the devtools source of a call. */
    public static final String SOURCE_HEADER = "X-CloudMock-Source";

    private final ServiceRouter router;
    private final CodecRegistry codecs;
    private final Credentials credentials;
    private final boolean verifySignatures;
    private final Consumer<CloudMockEvent> events;

    public RequestPipeline(ServiceRouter router, CodecRegistry codecs, Credentials credentials,
                           boolean verifySignatures, Consumer<CloudMockEvent> events) {
        this.router = router;
        this.codecs = codecs;
        this.credentials = credentials;
        this.verifySignatures = verifySignatures;
        this.events = events;
    }

    public HttpResponseData process(HttpRequestData request) {
        long start = System.nanoTime();
        String requestId = RequestIds.next();
        RegisteredService service = null;
        ServiceModel model = null;
        Operation operation = null;
        ProtocolCodec codec = null;
        HttpResponseData response;
        try {
            SigV4.Scope scope = SigV4.scope(request);
            Optional<RegisteredService> routed = router.route(request, scope);
            if (routed.isEmpty()) {
                response = UnroutableRequests.answer(request, requestId, codecs);
                return response;
            }
            service = routed.get();
            model = service.model().get();
            codec = codecs.codecFor(service.summary(), request);
            if (codec == null) {
                throw new AwsException("NotImplemented", "CloudMock has no codec for protocol "
                        + service.summary().protocol() + " of " + service.name(), 501, AwsException.Fault.RECEIVER);
            }
            authenticate(request, scope, service);
            RequestContext context = context(request, scope, service, requestId);
            String name = codec.requestedOperation(request, model);
            operation = name == null ? null : model.operation(name);
            if (operation == null) {
                throw codec.unknownOperation(model, name);
            }
            if (!service.service().supports(operation.name())) {
                throw CommonErrors.notImplemented(model.summary().serviceId(), operation.name());
            }
            Struct input = codec.parse(request, model, operation);
            if (operation.input() != null) {
                RequiredMembers.check(input, model.target(operation.input()), model, codec, "");
            }
            AwsResponse result = service.service().handle(new AwsRequest(context, operation.name(), input, request));
            response = result.isRaw() ? raw(result, requestId) : codec.serialize(model, operation, result, context);
        } catch (AwsException e) {
            response = error(codec, model, operation, e, requestId, request);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("request {} to {} {} failed: {}", requestId, service == null ? "?" : service.name(),
                    operation == null ? "?" : operation.name(), e.toString(), e);
            response = error(codec, model, operation, CommonErrors.internalFailure(requestId), requestId, request);
        }
        publish(request, service, operation, response, requestId, start);
        return response;
    }

    private HttpResponseData error(ProtocolCodec codec, ServiceModel model, Operation operation, AwsException e,
                                   String requestId, HttpRequestData request) {
        if (codec == null || model == null) {
            return UnroutableRequests.error(request, e, requestId, codecs);
        }
        try {
            HttpResponseData r = codec.serializeError(model, operation, e, requestId);
            if ("HEAD".equals(request.method())) {
                r.body(new byte[0]);
            }
            return r;
        } catch (RuntimeException failure) {
            LOG.warn("request {}: serializing error {} failed", requestId, e.code(), failure);
            return UnroutableRequests.error(request, e, requestId, codecs);
        }
    }

    private static HttpResponseData raw(AwsResponse result, String requestId) {
        HttpResponseData r = new HttpResponseData(result.status() == 0 ? 200 : result.status());
        result.headers().forEach(r::header);
        if (r.header("x-amzn-RequestId") == null && r.header("x-amz-request-id") == null) {
            r.header("x-amzn-RequestId", requestId);
        }
        return r.stream(result.rawBody(), result.rawLength());
    }

    private void authenticate(HttpRequestData request, SigV4.Scope scope, RegisteredService service) {
        if (scope != null) {
            SigV4.checkNotExpired(scope, Instant.now());
        }
        if (!verifySignatures) {
            return;
        }
        if (scope == null) {
            throw CommonErrors.missingAuthenticationToken();
        }
        String secret = credentials.secretOf(scope.accessKeyId());
        if (secret == null) {
            throw CommonErrors.unrecognizedClient();
        }
        SigV4.verify(request, scope, secret, "s3".equals(scope.service()));
    }

    private static RequestContext context(HttpRequestData request, SigV4.Scope scope, RegisteredService service,
                                          String requestId) {
        String accessKey = scope == null ? "test" : scope.accessKeyId();
        String region = scope != null ? scope.region() : ServiceRouter.regionFromHost(request.header("Host"));
        if (region == null || region.isEmpty()) {
            region = RequestContext.DEFAULT_REGION;
        }
        String account = Credentials.accountOf(accessKey);
        String source = request.header(SOURCE_HEADER);
        return new RequestContext(account, region, accessKey, "arn:aws:iam::" + account + ":root", requestId,
                source == null ? "" : source, service.name(), request.header("Host"));
    }

    private void publish(HttpRequestData request, RegisteredService service, Operation operation,
                         HttpResponseData response, String requestId, long start) {
        if (events == null) {
            return;
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("service", service == null ? null : service.name());
        attributes.put("operation", operation == null ? null : operation.name());
        attributes.put("status", response.status());
        attributes.put("latencyMicros", (System.nanoTime() - start) / 1000);
        attributes.put("requestId", requestId);
        attributes.put("method", request.method());
        attributes.put("path", request.rawPath());
        String source = request.header(SOURCE_HEADER);
        events.accept(new CloudMockEvent(CloudMockEvent.AWS_REQUEST, Instant.now(), source == null ? "" : source,
                attributes));
    }
}
