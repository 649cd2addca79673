package io.cloudmock.itests.tier2.fake;

import java.util.List;

import io.cloudmock.api.AwsRequest;
import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.AwsService;
import io.cloudmock.api.Struct;

/**
 * A minimal "Tier 1" ACM that {@code Tier1WinsTest} packages as a drop-in bundle at run time: it answers
 * {@code ListCertificates} with one marker certificate, so the test sees which tier answered.
 */
public class FakeTier1AcmService implements AwsService {

    public static final String MARKER = "tier1.example.com";

    @Override
    public AwsResponse handle(AwsRequest request) {
        return AwsResponse.of(Struct.of("CertificateSummaryList", List.of(Struct.of("CertificateArn",
                "arn:aws:acm:us-east-1:000000000000:certificate/tier1", "DomainName", MARKER))));
    }

    @Override
    public boolean supports(String operation) {
        return "ListCertificates".equals(operation);
    }
}
