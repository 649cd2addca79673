package io.cloudmock.stubcatalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudmock.api.model.ServiceSummary;

/**
 * ARN templates of the vendored extract of {@code @aws-cdk/aws-service-spec} (see
 * {@code arn-templates/VERSION}), keyed by the ARN's service field and the CloudFormation resource name.
 * Loaded on first use.
 */
public final class ArnTemplates {

    static final String RESOURCE = "/io/cloudmock/stubcatalog/arn-templates/arn-templates.json";

    private volatile Map<String, Map<String, String>> byService;

    /** The template for a noun of a service, or null when the extract has none. */
    public String template(ServiceSummary service, String noun) {
        Map<String, Map<String, String>> all = load();
        for (String key : new String[] {service.signingName(), service.endpointPrefix(), service.name()}) {
            Map<String, String> templates = key == null ? null : all.get(key.toLowerCase(Locale.ROOT));
            if (templates == null) {
                continue;
            }
            String exact = templates.get(noun.toLowerCase(Locale.ROOT));
            if (exact != null) {
                return exact;
            }
            for (Map.Entry<String, String> e : templates.entrySet()) {
                String lower = noun.toLowerCase(Locale.ROOT);
                if (lower.endsWith(e.getKey()) || e.getKey().endsWith(lower)) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    /** Number of templates in the extract. */
    public int size() {
        return load().values().stream().mapToInt(Map::size).sum();
    }

    private Map<String, Map<String, String>> load() {
        Map<String, Map<String, String>> m = byService;
        if (m == null) {
            synchronized (this) {
                if (byService == null) {
                    byService = read();
                }
                m = byService;
            }
        }
        return m;
    }

    private static Map<String, Map<String, String>> read() {
        Map<String, Map<String, String>> out = new HashMap<>();
        try (InputStream in = ArnTemplates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return out;
            }
            JsonNode root = new ObjectMapper().readTree(in);
            root.fields().forEachRemaining(service -> {
                Map<String, String> templates = new HashMap<>();
                service.getValue().fields().forEachRemaining(r -> templates.put(r.getKey().toLowerCase(Locale.ROOT),
                        r.getValue().path("template").asText()));
                out.put(service.getKey(), templates);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return out;
    }
}
