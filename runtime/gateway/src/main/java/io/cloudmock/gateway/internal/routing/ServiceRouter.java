package io.cloudmock.gateway.internal.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.cloudmock.gateway.internal.auth.SigV4;
import io.cloudmock.gateway.internal.protocol.rest.RestRouter;
import io.cloudmock.gateway.internal.protocol.rest.UriTemplate;
import io.cloudmock.gateway.internal.http.HttpRequestData;

/**
 * Finds the service a request is for, in the order of ARCHITECTURE.md: explicit header, SigV4 credential scope,
 * {@code X-Amz-Target}, {@code Action=} of query protocols, host name, then S3 as the REST default.
 */
public final class ServiceRouter {

    /** Header naming the service explicitly. */
    public static final String SERVICE_HEADER = "X-CloudMock-Service";

    private static final java.util.regex.Pattern REGION =
            java.util.regex.Pattern.compile("(us|eu|ap|sa|ca|me|af|il|mx|cn|us-gov)-[a-z]+-\\d");

    private final ServiceRegistry registry;

    public ServiceRouter(ServiceRegistry registry) {
        this.registry = registry;
    }

    /** The service, or empty when no active service matches. */
    public Optional<RegisteredService> route(HttpRequestData request, SigV4.Scope scope) {
        String explicit = request.header(SERVICE_HEADER);
        if (explicit != null) {
            return registry.byName(explicit.trim().toLowerCase(Locale.ROOT));
        }
        String target = targetPrefix(request);
        if (target != null) {
            Optional<RegisteredService> byTarget = registry.byTargetPrefix(target);
            if (byTarget.isPresent() || scope == null) {
                return byTarget;
            }
            // an unknown prefix of a signed request: a plugin named by its credential scope may still serve it
        }
        if (scope != null) {
            Optional<RegisteredService> s = pick(registry.bySigningName(scope.service()), request);
            if (s.isPresent()) {
                return s;
            }
            s = registry.byName(scope.service());
            if (s.isPresent() || target != null) {
                return s;
            }
        }
        String action = request.isForm() || "GET".equals(request.method()) ? request.formParameter("Action") : null;
        if (action != null) {
            Optional<RegisteredService> s = byAction(action, request.formParameter("Version"));
            if (s.isPresent()) {
                return s;
            }
        }
        Optional<RegisteredService> byHost = byHost(request.header("Host"));
        if (byHost.isPresent()) {
            return byHost;
        }
        return registry.byName("s3");
    }

    /** The {@code X-Amz-Target} prefix ({@code AmazonSQS} of {@code AmazonSQS.SendMessage}), or null. */
    public static String targetPrefix(HttpRequestData request) {
        String target = request.header("X-Amz-Target");
        if (target == null) {
            return null;
        }
        int dot = target.lastIndexOf('.');
        return dot < 0 ? target : target.substring(0, dot);
    }

    /**
     * Several services share a signing name (dynamodb/dynamodbstreams, elb/elbv2, apigateway/apigatewayv2,
     * es/opensearch, s3/s3control): the query {@code Action} (with {@code Version}) or the REST path decides, then
     * the service named like its signing name.
     */
    private Optional<RegisteredService> pick(List<RegisteredService> candidates, HttpRequestData request) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        String action = request.formParameter("Action");
        List<RegisteredService> matching = new ArrayList<>();
        if (action != null) {
            for (RegisteredService s : candidates) {
                if (s.model().get().operation(action) != null) {
                    matching.add(s);
                }
            }
        } else {
            RegisteredService best = mostSpecificRestMatch(candidates, request);
            if (best != null) {
                return Optional.of(best);
            }
        }
        String version = action == null ? null : request.formParameter("Version");
        for (RegisteredService s : matching) {
            if (version != null && version.equals(s.summary().apiVersion())) {
                return Optional.of(s);
            }
        }
        if (matching.size() == 1) {
            return Optional.of(matching.get(0));
        }
        for (RegisteredService s : matching.isEmpty() ? candidates : matching) {
            if (s.name().equals(s.summary().signingName())) {
                return Optional.of(s);
            }
        }
        return Optional.of((matching.isEmpty() ? candidates : matching).get(0));
    }

    /** The REST service whose most specific matching URI template beats the others' ({@code /v2/apis}). */
    private static RegisteredService mostSpecificRestMatch(List<RegisteredService> candidates, HttpRequestData request) {
        RegisteredService best = null;
        UriTemplate bestTemplate = null;
        for (RegisteredService s : candidates) {
            String protocol = s.summary().protocol();
            if (!"rest-json".equals(protocol) && !"rest-xml".equals(protocol)) {
                continue;
            }
            RestRouter.Match m = RestRouter.of(s.model().get()).resolve(request);
            if (m != null && (bestTemplate == null || UriTemplate.bySpecificity(m.template(), bestTemplate) < 0)) {
                best = s;
                bestTemplate = m.template();
            }
        }
        return best;
    }

    private Optional<RegisteredService> byAction(String action, String version) {
        RegisteredService match = null;
        for (RegisteredService s : registry.active()) {
            String protocol = s.summary().protocol();
            boolean queryish = "query".equals(protocol) || "ec2".equals(protocol) || s.summary().awsQueryCompatible();
            if (queryish && s.model().get().operation(action) != null) {
                if (version != null && version.equals(s.summary().apiVersion())) {
                    return Optional.of(s);
                }
                if (match == null) {
                    match = s;
                }
            }
        }
        return Optional.ofNullable(match);
    }

    /** {@code bucket.s3.localhost}, {@code sqs.us-east-1.localhost.localstack.cloud}, {@code s3.amazonaws.com}. */
    private Optional<RegisteredService> byHost(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String h = host.toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        if (colon > 0 && h.indexOf(']') < colon) {
            h = h.substring(0, colon);
        }
        String[] labels = h.split("\\.");
        for (String label : labels) {
            if (label.equals("s3") || label.startsWith("s3-")) {
                return registry.byName("s3");
            }
            List<RegisteredService> byEndpoint = registry.byEndpointPrefix(label);
            if (!byEndpoint.isEmpty()) {
                return Optional.of(byEndpoint.get(0));
            }
        }
        return Optional.empty();
    }

    /** The region named in a host like {@code sqs.eu-west-1.localhost}, or null. */
    public static String regionFromHost(String host) {
        if (host == null) {
            return null;
        }
        for (String label : host.toLowerCase(Locale.ROOT).split("[.:]")) {
            if (REGION.matcher(label).matches()) {
                return label;
            }
        }
        return null;
    }
}
