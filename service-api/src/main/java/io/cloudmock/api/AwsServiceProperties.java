package io.cloudmock.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component properties naming the AWS service an {@link AwsService} answers for.
 *
 * <p>{@code service_name} is the service's key in the AWS models (botocore folder name, e.g. {@code sqs},
 * {@code s3}, {@code dynamodb}); routing, codecs and IAM action names derive from that model. A service with no
 * AWS model (a custom plugin) instead names its protocol and how requests reach it ({@code target_prefix}
 * for JSON protocols, {@code signing_name} for the SigV4 credential scope).
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AwsServiceProperties {
    String PREFIX_ = "cloudmock.";

    /**
     * Property {@code cloudmock.service.name}: the service key. An engine that serves many services (the Tier 2
     * stub engine) registers once with several names; {@link AwsRequest#context()} tells which one was called.
     */
    String[] service_name();

    /** Property {@code cloudmock.service.tier}: {@link ServiceTier#TIER1}, {@code tier2} or {@code plugin}. */
    String service_tier() default ServiceTier.TIER1;

    /** Property {@code cloudmock.service.protocol}: only for services without an AWS model ({@code json}). */
    String service_protocol() default "";

    /** Property {@code cloudmock.service.target.prefix}: X-Amz-Target prefix of a model-less JSON service. */
    String service_target_prefix() default "";

    /** Property {@code cloudmock.service.signing.name}: credential-scope name of a model-less service. */
    String service_signing_name() default "";
}
