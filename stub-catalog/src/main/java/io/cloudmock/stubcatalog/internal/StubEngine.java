package io.cloudmock.stubcatalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.cloudmock.api.AwsRequest;
import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.AwsService;
import io.cloudmock.api.CommonErrors;
import io.cloudmock.api.Health;
import io.cloudmock.api.Struct;
import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.ServiceModels;

/**
 * The Tier 2 engine: one {@link AwsService} for every service of the models. Each service's catalog is derived
 * on its first request (models load lazily too); state lives in one {@link StubStore} per account and region.
 */
public final class StubEngine implements AwsService {

    static final String OVERRIDES = "/io/cloudmock/stubcatalog/overrides/";

    private final ServiceModels models;
    private final CatalogBuilder builder;
    /** Derived catalogs, most recently used first; rebuilt on demand, so listing every service stays bounded. */
    private final Map<String, ServiceCatalog> catalogs = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, ServiceCatalog> eldest) {
                    return size() > CACHED_CATALOGS;
                }
            });
    private final Map<String, ServiceCatalog> custom = new ConcurrentHashMap<>();
    private final StubStore store = new StubStore();

    static final int CACHED_CATALOGS = 64;

    public StubEngine(ServiceModels models, ArnTemplates arnTemplates) {
        this.models = models;
        this.builder = new CatalogBuilder(arnTemplates);
    }

    /** Adds a service that has no AWS model, from its override file. */
    public ServiceCatalog addCustom(String service, CatalogOverride override) {
        ServiceCatalog c = CustomServices.catalog(service, override);
        custom.put(service, c);
        return c;
    }

    /** The catalog of a service, derived on first use; empty when no model or override defines it. */
    public Optional<ServiceCatalog> catalog(String service) {
        ServiceCatalog c = custom.get(service);
        if (c != null) {
            return Optional.of(c);
        }
        c = catalogs.get(service);
        if (c != null) {
            return Optional.of(c);
        }
        Optional<ServiceModel> model = models.model(service);
        if (model.isEmpty()) {
            return Optional.empty();
        }
        ServiceCatalog built = builder.build(model.get(), override(service));
        ServiceCatalog raced = catalogs.putIfAbsent(service, built);
        return Optional.of(raced != null ? raced : built);
    }

    static CatalogOverride override(String service) {
        try (InputStream in = StubEngine.class.getResourceAsStream(OVERRIDES + service + ".json")) {
            return in == null ? null : CatalogOverride.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the override of " + service, e);
        }
    }

    @Override
    public AwsResponse handle(AwsRequest request) {
        String service = request.context().serviceName();
        ServiceCatalog catalog = catalog(service)
                .orElseThrow(() -> CommonErrors.notImplemented(service, request.operation()));
        OpBinding binding = catalog.op(request.operation());
        StubCall call = StubCall.of(catalog, binding, request.context(), request.input(), store);
        return AwsResponse.of(switch (binding.kind()) {
            case CREATE -> ResourceOperations.create(call);
            case READ -> ResourceOperations.read(call);
            case LIST -> catalog.model() == null ? CustomServices.list(call) : ListOperation.list(call);
            case UPDATE -> ResourceOperations.update(call);
            case DELETE -> ResourceOperations.delete(call);
            case ACTION -> ResourceOperations.action(call);
            case TAG -> TagOperations.tagResource(call);
            case UNTAG -> TagOperations.untagResource(call);
            case LIST_TAGS -> TagOperations.listTags(call);
            case EMPTY_READ -> emptyRead(call);
            case UNSUPPORTED -> throw CommonErrors.notImplemented(
                    catalog.model() == null ? service : catalog.model().summary().serviceId(), request.operation());
        });
    }

    private static Struct emptyRead(StubCall call) {
        var out = call.outputShape();
        return out == null ? new Struct() : call.filler().output(out, Map.of(), null);
    }

    @Override
    public Health health() {
        return Health.up();
    }

    @Override
    public void reset() {
        store.reset();
    }

}
