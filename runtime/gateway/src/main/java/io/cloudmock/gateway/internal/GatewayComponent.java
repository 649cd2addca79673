package io.cloudmock.gateway.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cloudmock.api.AwsService;
import io.cloudmock.api.ServiceTier;
import io.cloudmock.api.events.EventBus;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.ServiceModels;
import io.cloudmock.api.model.ServiceSummary;
import io.cloudmock.gateway.internal.auth.Credentials;
import io.cloudmock.gateway.internal.pipeline.RequestPipeline;
import io.cloudmock.gateway.internal.protocol.CodecRegistry;
import io.cloudmock.gateway.internal.protocol.ec2.Ec2Codec;
import io.cloudmock.gateway.internal.protocol.rest.RestJsonCodec;
import io.cloudmock.gateway.internal.protocol.rest.RestXmlCodec;
import io.cloudmock.gateway.internal.protocol.s3.S3Codec;
import io.cloudmock.gateway.internal.routing.RegisteredService;
import io.cloudmock.gateway.internal.routing.ServiceRegistry;
import io.cloudmock.gateway.internal.routing.ServiceRouter;
import io.cloudmock.gateway.internal.routing.SyntheticModels;

/**
 * The AWS gateway on port 4566: tracks every {@link AwsService} dynamically and serves them through the
 * request pipeline. Settings come from framework properties ({@code cloudmock.host}, {@code cloudmock.gateway.port},
 * {@code cloudmock.iam.mode}, {@code cloudmock.credentials}) that the launcher sets.
 */
@Component(immediate = true, service = {})
public class GatewayComponent {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayComponent.class);

    private final ServiceModels models;
    private final ServiceRegistry registry = new ServiceRegistry();
    private final Server server;
    private volatile EventBus eventBus;

    @Activate
    public GatewayComponent(@Reference ServiceModels models, BundleContext context) throws Exception {
        this.models = models;
        String host = Settings.get(context, "cloudmock.host", "127.0.0.1");
        int port = Integer.parseInt(Settings.get(context, "cloudmock.gateway.port", "4566"));
        Credentials credentials = new Credentials();
        credentials.addAll(Settings.get(context, "cloudmock.credentials", ""));
        boolean verify = "verify".equalsIgnoreCase(Settings.get(context, "cloudmock.iam.mode", "off"));
        RequestPipeline pipeline = new RequestPipeline(new ServiceRouter(registry), codecs(), credentials, verify,
                event -> {
                    EventBus bus = eventBus;
                    if (bus != null) {
                        bus.publish(event);
                    }
                });
        long maxBody = Long.parseLong(Settings.get(context, "cloudmock.max.request.body",
                Long.toString(io.cloudmock.gateway.internal.http.HttpRequestData.DEFAULT_MAX_BUFFERED_BODY)));
        this.server = start(host, port, new JettyGatewayHandler(pipeline, maxBody));
        LOG.info("AWS gateway listening on http://{}:{} (signatures {})", host, port, verify ? "verified" : "not verified");
    }

    static CodecRegistry codecs() {
        return new CodecRegistry()
                .protocol("rest-json", new RestJsonCodec())
                .protocol("rest-xml", new RestXmlCodec())
                .protocol("ec2", new Ec2Codec())
                .service("sqs", io.cloudmock.gateway.internal.protocol.sqs.SqsQuirksCodec::forRequest)
                .service("s3", new S3Codec());
    }

    private static Server start(String host, int port, JettyGatewayHandler handler) throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(256, 8);
        threads.setName("gateway");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setUriCompliance(UriCompliance.UNSAFE);
        http.setSendServerVersion(false);
        http.setSendDateHeader(true);
        HttpConnectionFactory factory = new HttpConnectionFactory(http);
        factory.setInputBufferSize(64 * 1024); // large uploads are read in bigger chunks
        ServerConnector connector = new ServerConnector(server, 1, 1, factory);
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(120_000);
        server.addConnector(connector);
        server.setHandler(handler);
        server.start();
        return server;
    }

    @Deactivate
    void deactivate() throws Exception {
        server.stop();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setEventBus(EventBus bus) {
        this.eventBus = bus;
    }

    void unsetEventBus(EventBus bus) {
        if (this.eventBus == bus) {
            this.eventBus = null;
        }
    }

    @Reference(service = AwsService.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addService(AwsService service, ServiceReference<AwsService> ref, Map<String, Object> props) {
        Object ranking = props.get(Constants.SERVICE_RANKING);
        String tier = String.valueOf(props.getOrDefault("cloudmock.service.tier", ServiceTier.TIER1));
        String bundle = ref.getBundle().getSymbolicName() + " " + ref.getBundle().getVersion();
        List<RegisteredService> entries = new ArrayList<>();
        for (String name : serviceNames(props.get("cloudmock.service.name"))) {
            ServiceSummary summary = models.summary(name).orElseGet(() -> SyntheticModels.summary(name,
                    (String) props.get("cloudmock.service.protocol"), (String) props.get("cloudmock.service.target.prefix"),
                    (String) props.get("cloudmock.service.signing.name"), service.actions().size()));
            entries.add(new RegisteredService(summary, service, ranking instanceof Integer r ? r : 0, tier, bundle,
                    new LazyModel(models, summary, service), (Long) props.get(Constants.SERVICE_ID)));
        }
        registry.add(entries);
        LOG.info("{} service(s) {} now served by {} ({})", entries.size(),
                entries.size() > 3 ? entries.get(0).name() + ", ..." : entries.stream().map(RegisteredService::name).toList(),
                bundle, tier);
    }

    /** {@code cloudmock.service.name} is one name or, for engines serving many services, an array. */
    static List<String> serviceNames(Object property) {
        if (property instanceof String[] names) {
            return List.of(names);
        }
        if (property instanceof java.util.Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(property));
    }

    void removeService(AwsService service, Map<String, Object> props) {
        registry.remove((Long) props.get(Constants.SERVICE_ID));
        LOG.info("service {} removed", props.get("cloudmock.service.name"));
    }

    /** Loads the AWS model, or synthesizes one for a model-less service, once. */
    private static final class LazyModel implements java.util.function.Supplier<ServiceModel> {
        private final ServiceModels models;
        private final ServiceSummary summary;
        private final AwsService service;
        private volatile ServiceModel model;

        LazyModel(ServiceModels models, ServiceSummary summary, AwsService service) {
            this.models = models;
            this.summary = summary;
            this.service = service;
        }

        @Override
        public ServiceModel get() {
            ServiceModel m = model;
            if (m == null) {
                m = models.model(summary.name()).orElseGet(() -> SyntheticModels.model(summary, service.actions()));
                model = m;
            }
            return m;
        }
    }
}
