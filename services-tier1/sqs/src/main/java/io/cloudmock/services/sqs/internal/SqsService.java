package io.cloudmock.services.sqs.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.propertytypes.ServiceRanking;

import io.cloudmock.api.AwsRequest;
import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.AwsService;
import io.cloudmock.api.AwsServiceProperties;
import io.cloudmock.api.ServiceEnvironment;
import io.cloudmock.api.ServiceTier;
import io.cloudmock.api.Struct;

/**
 * Amazon SQS (JSON 1.0, and the legacy query form through the gateway): standard and FIFO queues, long polling,
 * dead-letter queues. Queues and messages are saved as a JSON snapshot in the service's data directory at
 * deactivation and loaded at activation (so a hot-swapped bundle keeps them); with {@code --data-dir} the snapshot
 * is also written two seconds after a change.
 */
@Component(service = AwsService.class)
@AwsServiceProperties(service_name = "sqs")
@ServiceRanking(ServiceTier.TIER1_RANKING)
public class SqsService implements AwsService {

    private static final Set<String> OPERATIONS = Set.of("CreateQueue", "GetQueueUrl", "ListQueues", "DeleteQueue",
            "PurgeQueue", "GetQueueAttributes", "SetQueueAttributes", "ListQueueTags", "TagQueue", "UntagQueue",
            "ListDeadLetterSourceQueues", "SendMessage", "SendMessageBatch", "ReceiveMessage", "DeleteMessage",
            "DeleteMessageBatch", "ChangeMessageVisibility", "ChangeMessageVisibilityBatch", "StartMessageMoveTask",
            "ListMessageMoveTasks", "CancelMessageMoveTask", "AddPermission", "RemovePermission");

    private final SqsStore store = new SqsStore();
    private final DeadLetters deadLetters = new DeadLetters(store);
    private final MessageOperations messages = new MessageOperations(store, deadLetters);
    private final AtomicBoolean dirty = new AtomicBoolean();
    private final QueueOperations queues;
    private final PermissionOperations permissions;
    private final Path snapshot;
    private final ScheduledExecutorService flusher;

    @Activate
    public SqsService(@Reference ServiceEnvironment env) throws IOException {
        String host = URI.create(env.gatewayUrl()).getAuthority();
        this.queues = new QueueOperations(store, () -> host, () -> dirty.set(true));
        this.permissions = new PermissionOperations(store, () -> dirty.set(true));
        snapshot = env.dataDirectory("sqs").resolve("queues.json");
        Snapshots.load(store, snapshot);
        if (env.persistent()) {
            flusher = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "sqs-snapshot"));
            flusher.scheduleWithFixedDelay(this::flush, 2, 2, TimeUnit.SECONDS);
        } else {
            flusher = null;
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        if (flusher != null) {
            flusher.shutdown();
            flusher.awaitTermination(10, TimeUnit.SECONDS);
        }
        dirty.set(true);
        flush();
        store.all().forEach(Queue::markDeleted);
    }

    private void flush() {
        if (dirty.getAndSet(false)) {
            try {
                Snapshots.save(store, snapshot);
            } catch (IOException | RuntimeException e) {
                dirty.set(true);
                System.err.println("sqs: saving " + snapshot + " failed: " + e);
            }
        }
    }

    @Override
    public AwsResponse handle(AwsRequest request) {
        var ctx = request.context();
        Struct in = request.input();
        String op = request.operation();
        if (!op.startsWith("Get") && !op.startsWith("List")) {
            dirty.set(true);
        }
        return AwsResponse.of(switch (op) {
            case "CreateQueue" -> queues.createQueue(ctx, in);
            case "GetQueueUrl" -> queues.getQueueUrl(ctx, in);
            case "ListQueues" -> queues.listQueues(ctx, in);
            case "DeleteQueue" -> queues.deleteQueue(ctx, in);
            case "PurgeQueue" -> queues.purgeQueue(ctx, in);
            case "GetQueueAttributes" -> queues.getQueueAttributes(ctx, in);
            case "SetQueueAttributes" -> queues.setQueueAttributes(ctx, in);
            case "ListQueueTags" -> queues.listQueueTags(ctx, in);
            case "TagQueue" -> queues.tagQueue(ctx, in);
            case "UntagQueue" -> queues.untagQueue(ctx, in);
            case "ListDeadLetterSourceQueues" -> queues.listDeadLetterSourceQueues(ctx, in);
            case "SendMessage" -> messages.sendMessage(ctx, in);
            case "SendMessageBatch" -> messages.sendMessageBatch(ctx, in);
            case "ReceiveMessage" -> messages.receiveMessage(ctx, in);
            case "DeleteMessage" -> messages.deleteMessage(ctx, in);
            case "DeleteMessageBatch" -> messages.deleteMessageBatch(ctx, in);
            case "ChangeMessageVisibility" -> messages.changeMessageVisibility(ctx, in);
            case "ChangeMessageVisibilityBatch" -> messages.changeMessageVisibilityBatch(ctx, in);
            case "StartMessageMoveTask" -> deadLetters.startMessageMoveTask(ctx, in);
            case "ListMessageMoveTasks" -> deadLetters.listMessageMoveTasks(ctx, in);
            case "CancelMessageMoveTask" -> deadLetters.cancelMessageMoveTask(ctx, in);
            case "AddPermission" -> permissions.addPermission(ctx, in);
            case "RemovePermission" -> permissions.removePermission(ctx, in);
            default -> throw new IllegalStateException("unsupported " + op);
        });
    }

    @Override
    public boolean supports(String operation) {
        return OPERATIONS.contains(operation);
    }

    @Override
    public void reset() {
        store.clear();
        deadLetters.clear();
        dirty.set(true);
    }
}
