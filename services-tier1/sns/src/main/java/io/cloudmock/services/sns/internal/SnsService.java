package io.cloudmock.services.sns.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.propertytypes.ServiceRanking;
import org.osgi.util.tracker.ServiceTracker;

import io.cloudmock.api.AwsRequest;
import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.AwsService;
import io.cloudmock.api.AwsServiceProperties;
import io.cloudmock.api.ServiceEnvironment;
import io.cloudmock.api.ServiceTier;
import io.cloudmock.api.Struct;

/**
 * Amazon SNS (query protocol): standard and FIFO topics, subscriptions, publish with filter policies, delivery
 * to SQS (in-process through the SQS service in the OSGi registry) and to HTTP/S endpoints. Lambda, e-mail,
 * SMS and mobile push subscriptions are stored but not delivered. Topics and subscriptions are saved in the
 * service's data directory at deactivation (and after each change with {@code --data-dir}).
 */
@Component(service = AwsService.class)
@AwsServiceProperties(service_name = "sns")
@ServiceRanking(ServiceTier.TIER1_RANKING)
public class SnsService implements AwsService {

    private static final Set<String> OPERATIONS = Set.of("CreateTopic", "DeleteTopic", "ListTopics",
            "GetTopicAttributes", "SetTopicAttributes", "TagResource", "UntagResource", "ListTagsForResource",
            "Subscribe", "ConfirmSubscription", "Unsubscribe", "ListSubscriptions", "ListSubscriptionsByTopic",
            "GetSubscriptionAttributes", "SetSubscriptionAttributes", "Publish", "PublishBatch");

    private final SnsStore store = new SnsStore();
    private final ServiceTracker<AwsService, AwsService> sqs;
    private final Deliveries deliveries;
    private final TopicOperations topics;
    private final SubscriptionOperations subscriptions;
    private final PublishOperations publishing;
    private final Path snapshot;
    private final boolean persistent;

    @Activate
    public SnsService(@Reference ServiceEnvironment env, BundleContext context) throws IOException,
            InvalidSyntaxException {
        sqs = new ServiceTracker<>(context, context.createFilter("(&(objectClass=" + AwsService.class.getName()
                + ")(cloudmock.service.name=sqs))"), null);
        sqs.open();
        deliveries = new Deliveries(store, new SqsDelivery(sqs::getService), new HttpDelivery(),
                new Envelopes(env.gatewayUrl()));
        persistent = env.persistent();
        snapshot = env.dataDirectory("sns").resolve("topics.json");
        SnsSnapshots.load(store, snapshot);
        topics = new TopicOperations(store, this::changed);
        subscriptions = new SubscriptionOperations(store, deliveries, this::changed);
        publishing = new PublishOperations(store, deliveries);
    }

    @Deactivate
    void deactivate() {
        deliveries.close();
        sqs.close();
        save();
    }

    /** With {@code --data-dir}, every change is saved; otherwise only at deactivation (bundle hot swap). */
    private void changed() {
        if (persistent) {
            save();
        }
    }

    private void save() {
        try {
            SnsSnapshots.save(store, snapshot);
        } catch (IOException e) {
            System.err.println("sns: saving " + snapshot + " failed: " + e);
        }
    }

    @Override
    public AwsResponse handle(AwsRequest request) {
        var ctx = request.context();
        Struct in = request.input();
        return AwsResponse.of(switch (request.operation()) {
            case "CreateTopic" -> topics.createTopic(ctx, in);
            case "DeleteTopic" -> topics.deleteTopic(ctx, in);
            case "ListTopics" -> topics.listTopics(ctx, in);
            case "GetTopicAttributes" -> topics.getTopicAttributes(ctx, in);
            case "SetTopicAttributes" -> topics.setTopicAttributes(ctx, in);
            case "TagResource" -> topics.tagResource(ctx, in);
            case "UntagResource" -> topics.untagResource(ctx, in);
            case "ListTagsForResource" -> topics.listTagsForResource(ctx, in);
            case "Subscribe" -> subscriptions.subscribe(ctx, in);
            case "ConfirmSubscription" -> subscriptions.confirmSubscription(ctx, in);
            case "Unsubscribe" -> subscriptions.unsubscribe(ctx, in);
            case "ListSubscriptions" -> subscriptions.listSubscriptions(ctx, in);
            case "ListSubscriptionsByTopic" -> subscriptions.listSubscriptionsByTopic(ctx, in);
            case "GetSubscriptionAttributes" -> subscriptions.getSubscriptionAttributes(ctx, in);
            case "SetSubscriptionAttributes" -> subscriptions.setSubscriptionAttributes(ctx, in);
            case "Publish" -> publishing.publish(ctx, in);
            case "PublishBatch" -> publishing.publishBatch(ctx, in);
            default -> throw new IllegalStateException("unsupported " + request.operation());
        });
    }

    @Override
    public boolean supports(String operation) {
        return OPERATIONS.contains(operation);
    }

    @Override
    public void reset() {
        store.clear();
        changed();
    }
}
