package io.cloudmock.api.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The AWS service models, one shared copy for the codecs, the stub engine and plugins; an OSGi service.
 * Models load lazily, one service at a time, on first use.
 */
@ProviderType
public interface ServiceModels {

    /** Summaries of every vendored service, without loading any model. */
    Collection<ServiceSummary> summaries();

    /** The summary of one service, or empty when no model of that name exists. */
    Optional<ServiceSummary> summary(String service);

    /** The model of one service, loaded on first use and cached. */
    Optional<ServiceModel> model(String service);

    /** Parses a C2J model (the botocore {@code service-2.json} format), e.g. one a plugin bundle ships. */
    ServiceModel parse(String service, InputStream c2jJson) throws IOException;

    /** The version of the vendored models ({@code botocore 1.43.11}). */
    String version();
}
