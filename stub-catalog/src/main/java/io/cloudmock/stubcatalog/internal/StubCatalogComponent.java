package io.cloudmock.stubcatalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.function.BiFunction;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.cloudmock.api.AwsService;
import io.cloudmock.api.ServiceTier;
import io.cloudmock.api.model.ServiceModels;
import io.cloudmock.api.model.ServiceSummary;

/**
 * Registers the Tier 2 {@link StubEngine} once for every service of the models ({@code cloudmock.service.name}
 * = all their names, {@code service.ranking} = {@link ServiceTier#TIER2_RANKING}, so a Tier 1 bundle for the same
 * name wins while it is active), plus one registration per service added by hand in an override file.
 * Only the model summaries are read at start-up; catalogs are derived on first request.
 *
 * <p>Also registers a {@code BiFunction<String, String, String>} with {@code cloudmock.stub.tiers=true} that
 * tells the admin API the tier of an operation ({@code tier2-stateful}, {@code tier2-shape-only},
 * {@code not-served}).
 */
@Component(immediate = true, service = {})
public class StubCatalogComponent {

    private static final Logger LOG = LoggerFactory.getLogger(StubCatalogComponent.class);

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private final StubEngine engine;

    @Activate
    public StubCatalogComponent(@Reference ServiceModels models, BundleContext context) {
        long start = System.nanoTime();
        engine = new StubEngine(models, new ArnTemplates());
        String[] names = models.summaries().stream().map(ServiceSummary::name).sorted().toArray(String[]::new);
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("cloudmock.service.name", names);
        props.put("cloudmock.service.tier", ServiceTier.TIER2);
        props.put(Constants.SERVICE_RANKING, ServiceTier.TIER2_RANKING);
        int custom = registerCustom(models, context);
        registrations.add(context.registerService(AwsService.class, engine, props));
        Hashtable<String, Object> tierProps = new Hashtable<>();
        tierProps.put("cloudmock.stub.tiers", Boolean.TRUE);
        BiFunction<String, String, String> tiers = (service, op) -> engine.catalog(service)
                .map(c -> c.op(op).kind().tierLabel()).orElse("not-served");
        registrations.add(context.registerService(BiFunction.class, tiers, tierProps));
        LOG.info("Tier 2 stub engine serves {} model services and {} hand-added services (registered in {} ms)",
                names.length, custom, (System.nanoTime() - start) / 1_000_000);
    }

    private int registerCustom(ServiceModels models, BundleContext context) {
        Enumeration<URL> files = context.getBundle().findEntries(StubEngine.OVERRIDES, "*.json", false);
        int count = 0;
        while (files != null && files.hasMoreElements()) {
            URL url = files.nextElement();
            String file = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            String service = file.substring(0, file.length() - ".json".length());
            if (models.summary(service).isPresent()) {
                continue;
            }
            try (InputStream in = url.openStream()) {
                CatalogOverride override = CatalogOverride.read(in);
                if (override.service().isMissingNode()) {
                    continue;
                }
                ServiceCatalog catalog = engine.addCustom(service, override);
                registrations.add(context.registerService(AwsService.class, CustomServices.facade(engine, catalog),
                        CustomServices.properties(service, override)));
                count++;
            } catch (IOException | RuntimeException e) {
                LOG.warn("cannot add the hand-written stub service {}: {}", service, e.toString());
            }
        }
        return count;
    }

    @Deactivate
    void deactivate() {
        for (ServiceRegistration<?> r : registrations) {
            try {
                r.unregister();
            } catch (IllegalStateException e) {
                // already gone with the bundle
            }
        }
        registrations.clear();
    }
}
