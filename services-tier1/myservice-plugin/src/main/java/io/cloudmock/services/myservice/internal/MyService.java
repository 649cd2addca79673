package io.cloudmock.services.myservice.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.ServiceRanking;

import io.cloudmock.api.ActionDef;
import io.cloudmock.api.AwsRequest;
import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.AwsService;
import io.cloudmock.api.AwsServiceProperties;
import io.cloudmock.api.ServiceTier;

/**
 * The example service of the plugin guide: widgets over the JSON 1.1 protocol, reached with
 * {@code X-Amz-Target: MyService_20260101.CreateWidget} or the {@code myservice} credential scope.
 */
@Component(service = AwsService.class)
@AwsServiceProperties(service_name = "myservice", service_tier = ServiceTier.PLUGIN, service_protocol = "json",
        service_target_prefix = "MyService_20260101", service_signing_name = "myservice")
@ServiceRanking(ServiceTier.TIER1_RANKING)
public class MyService implements AwsService {

    private static final List<ActionDef> ACTIONS = List.of(
            new ActionDef("CreateWidget", "POST", "myservice:CreateWidget"),
            new ActionDef("GetWidget", "POST", "myservice:GetWidget"),
            new ActionDef("ListWidgets", "POST", "myservice:ListWidgets"),
            new ActionDef("DeleteWidget", "POST", "myservice:DeleteWidget"));

    private final WidgetStore store = new WidgetStore();
    private final WidgetOperations widgets = new WidgetOperations(store);

    @Override
    public List<ActionDef> actions() {
        return ACTIONS;
    }

    @Override
    public AwsResponse handle(AwsRequest request) {
        var in = request.input();
        return AwsResponse.of(switch (request.operation()) {
            case "CreateWidget" -> widgets.createWidget(request.context(), in);
            case "GetWidget" -> widgets.getWidget(in);
            case "ListWidgets" -> widgets.listWidgets();
            case "DeleteWidget" -> widgets.deleteWidget(in);
            default -> throw new IllegalStateException(request.operation());
        });
    }

    @Override
    public void reset() {
        store.clear();
    }
}
