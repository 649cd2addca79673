package io.cloudmock.services.sts.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.ServiceRanking;

import io.cloudmock.api.AwsRequest;
import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.AwsService;
import io.cloudmock.api.AwsServiceProperties;
import io.cloudmock.api.ServiceTier;

/** AWS Security Token Service (query protocol): caller identity and temporary credentials. */
@Component(service = AwsService.class)
@AwsServiceProperties(service_name = "sts")
@ServiceRanking(ServiceTier.TIER1_RANKING)
public class StsService implements AwsService {

    private final SessionStore sessions = new SessionStore();
    private final IdentityOperations identity = new IdentityOperations(sessions);
    private final CredentialOperations credentials = new CredentialOperations(sessions);

    @Override
    public AwsResponse handle(AwsRequest request) {
        var ctx = request.context();
        var in = request.input();
        return AwsResponse.of(switch (request.operation()) {
            case "GetCallerIdentity" -> identity.getCallerIdentity(ctx);
            case "GetAccessKeyInfo" -> identity.getAccessKeyInfo(in);
            case "AssumeRole" -> credentials.assumeRole(ctx, in);
            case "GetSessionToken" -> credentials.getSessionToken(ctx, in);
            default -> throw new IllegalStateException("unsupported " + request.operation());
        });
    }

    @Override
    public boolean supports(String operation) {
        return switch (operation) {
            case "GetCallerIdentity", "GetAccessKeyInfo", "AssumeRole", "GetSessionToken" -> true;
            default -> false;
        };
    }

    @Override
    public void reset() {
        sessions.clear();
    }
}
