package io.cloudmock.models.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.osgi.service.component.annotations.Component;

import io.cloudmock.api.model.ServiceModel;
import io.cloudmock.api.model.ServiceModels;
import io.cloudmock.api.model.ServiceSummary;

/**
 * The vendored botocore models, loaded lazily: the index (summaries) at activation, each service's model on
 * first use. The most recently used {@value #CACHED_MODELS} models stay cached (users of a model, like the
 * gateway for the services it routes, keep their own reference), so listing every service does not pin all
 * 424 models (~170 MB) in memory.
 */
@Component(service = ServiceModels.class)
public class BotocoreModels implements ServiceModels {

    static final String ROOT = "/io/cloudmock/models/botocore/";

    private final Map<String, ServiceSummary> summaries;
    static final int CACHED_MODELS = 48;

    private final Map<String, ServiceModel> loaded = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ServiceModel> eldest) {
            return size() > CACHED_MODELS;
        }
    };
    private final String version;

    public BotocoreModels() {
        try {
            Map<String, ServiceSummary> index = new TreeMap<>();
            JsonNode root = new ObjectMapper().readTree(resource("index.json"));
            root.fields().forEachRemaining(e -> index.put(e.getKey(),
                    C2jModelParser.summary(e.getKey(), e.getValue(), e.getValue().path("operations").asInt())));
            summaries = Collections.unmodifiableMap(index);
            try (InputStream in = resource("VERSION")) {
                version = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the vendored model index", e);
        }
    }

    @Override
    public Collection<ServiceSummary> summaries() {
        return summaries.values();
    }

    @Override
    public Optional<ServiceSummary> summary(String service) {
        return Optional.ofNullable(summaries.get(service));
    }

    @Override
    public Optional<ServiceModel> model(String service) {
        if (!summaries.containsKey(service)) {
            return Optional.empty();
        }
        synchronized (loaded) {
            ServiceModel cached = loaded.get(service);
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        ServiceModel model = load(service);
        synchronized (loaded) {
            ServiceModel raced = loaded.putIfAbsent(service, model);
            return Optional.of(raced != null ? raced : model);
        }
    }

    @Override
    public ServiceModel parse(String service, InputStream c2jJson) throws IOException {
        return C2jModelParser.parse(service, c2jJson, null);
    }

    @Override
    public String version() {
        return version;
    }

    private ServiceModel load(String service) {
        try (InputStream model = new GZIPInputStream(resource(service + "/service-2.json.gz"));
             InputStream pages = optional(service + "/paginators-1.json.gz")) {
            return C2jModelParser.parse(service, model, pages);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the model of " + service, e);
        }
    }

    private static InputStream optional(String name) throws IOException {
        InputStream in = BotocoreModels.class.getResourceAsStream(ROOT + name);
        return in == null ? null : new GZIPInputStream(in);
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = BotocoreModels.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IOException("missing resource " + ROOT + name);
        }
        return in;
    }
}
