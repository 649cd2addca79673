package io.cloudmock.services.dynamodb.internal;

import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.propertytypes.ServiceRanking;

import io.cloudmock.api.AwsRequest;
import io.cloudmock.api.AwsResponse;
import io.cloudmock.api.AwsService;
import io.cloudmock.api.AwsServiceProperties;
import io.cloudmock.api.RequestContext;
import io.cloudmock.api.ServiceEnvironment;
import io.cloudmock.api.ServiceTier;
import io.cloudmock.api.Struct;
import io.cloudmock.services.dynamodb.internal.expr.ExpressionException;
import io.cloudmock.services.dynamodb.internal.store.DataLog;
import io.cloudmock.services.dynamodb.internal.store.DynamoDbStore;

/**
 * Amazon DynamoDB (JSON 1.0, {@code DynamoDB_20120810}) and DynamoDB Streams ({@code DynamoDBStreams_20120810})
 * over one store: the stream API reads the change records the table writes produce.
 */
@Component(service = AwsService.class)
@AwsServiceProperties(service_name = {"dynamodb", "dynamodbstreams"})
@ServiceRanking(ServiceTier.TIER1_RANKING)
public class DynamoDbService implements AwsService {

    static final Set<String> OPERATIONS = Set.of("CreateTable", "DescribeTable", "ListTables", "UpdateTable",
            "DeleteTable", "TagResource", "UntagResource", "ListTagsOfResource", "UpdateTimeToLive",
            "DescribeTimeToLive", "DescribeLimits", "DescribeEndpoints", "DescribeContinuousBackups", "PutItem",
            "GetItem", "UpdateItem", "DeleteItem", "Query", "Scan", "BatchGetItem", "BatchWriteItem",
            "TransactWriteItems", "TransactGetItems", "ExecuteStatement", "BatchExecuteStatement", "ExecuteTransaction",
            "ListStreams", "DescribeStream", "GetShardIterator", "GetRecords");

    private final DynamoDbStore store = new DynamoDbStore();
    private final TableOperations tables = new TableOperations(store);
    private final ItemOperations items = new ItemOperations(store);
    private final QueryOperations queries = new QueryOperations(store);
    private final BatchOperations batches = new BatchOperations(store);
    private final TransactionOperations transactions = new TransactionOperations(store);
    private final PartiQlOperations partiql = new PartiQlOperations(store);
    private final StreamOperations streams = new StreamOperations(store);
    private final TagOperations tags = new TagOperations(store);
    private final TimeToLiveOperations ttl = new TimeToLiveOperations(store);
    private ServiceEnvironment environment;
    private DataLog dataLog;
    private ScheduledExecutorService sweeper;

    public DynamoDbService() {
    }

    @Activate
    public DynamoDbService(@Reference ServiceEnvironment environment) {
        this.environment = environment;
        if (environment.persistent()) {
            dataLog = DataLog.open(environment.dataDirectory("dynamodb"), store);
            store.journal(dataLog);
        } else {
            takeOverHandOff();
        }
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dynamodb-ttl");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(this::sweep, 5, 5, TimeUnit.SECONDS);
    }

    private void sweep() {
        try {
            ttl.sweep();
        } catch (RuntimeException e) {
            System.err.println("dynamodb: TTL sweep failed: " + e);
        }
    }

    @Deactivate
    void deactivate() {
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
        synchronized (this) {
            if (dataLog != null) {
                dataLog.close();
                dataLog = null;
            } else if (environment != null && !environment.persistent()) {
                // without --data-dir: hand the tables to the next version of this bundle (hot swap keeps data)
                DataLog.open(environment.dataDirectory("dynamodb"), store).close();
            }
        }
    }

    /** Loads the tables a previous version of this bundle handed over at its deactivation, then drops the file. */
    private void takeOverHandOff() {
        java.nio.file.Path dir = environment.dataDirectory("dynamodb");
        if (java.nio.file.Files.exists(dir.resolve("dynamodb.log"))) {
            DataLog.open(dir, store).close();
            try {
                java.nio.file.Files.deleteIfExists(dir.resolve("dynamodb.log"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Override
    public AwsResponse handle(AwsRequest request) {
        try {
            return AwsResponse.of(dispatch(request.context(), request.operation(), request.input()));
        } catch (ExpressionException e) {
            throw DynamoDbErrors.validation(e.getMessage());
        }
    }

    private Struct dispatch(RequestContext ctx, String operation, Struct in) {
        return switch (operation) {
            case "CreateTable" -> tables.createTable(ctx, in);
            case "DescribeTable" -> tables.describeTable(ctx, in);
            case "ListTables" -> tables.listTables(ctx, in);
            case "UpdateTable" -> tables.updateTable(ctx, in);
            case "DeleteTable" -> tables.deleteTable(ctx, in);
            case "DescribeLimits" -> tables.describeLimits();
            case "DescribeEndpoints" -> tables.describeEndpoints(ctx);
            case "DescribeContinuousBackups" -> tables.describeContinuousBackups(ctx, in);
            case "TagResource" -> tags.tagResource(ctx, in);
            case "UntagResource" -> tags.untagResource(ctx, in);
            case "ListTagsOfResource" -> tags.listTagsOfResource(ctx, in);
            case "UpdateTimeToLive" -> ttl.updateTimeToLive(ctx, in);
            case "DescribeTimeToLive" -> ttl.describeTimeToLive(ctx, in);
            case "PutItem" -> items.putItem(ctx, in);
            case "GetItem" -> items.getItem(ctx, in);
            case "UpdateItem" -> items.updateItem(ctx, in);
            case "DeleteItem" -> items.deleteItem(ctx, in);
            case "Query" -> queries.query(ctx, in);
            case "Scan" -> queries.scan(ctx, in);
            case "BatchGetItem" -> batches.batchGetItem(ctx, in);
            case "BatchWriteItem" -> batches.batchWriteItem(ctx, in);
            case "TransactWriteItems" -> transactions.transactWriteItems(ctx, in);
            case "TransactGetItems" -> transactions.transactGetItems(ctx, in);
            case "ExecuteStatement" -> partiql.executeStatement(ctx, in);
            case "BatchExecuteStatement" -> partiql.batchExecuteStatement(ctx, in);
            case "ExecuteTransaction" -> partiql.executeTransaction(ctx, in);
            case "ListStreams" -> streams.listStreams(ctx, in);
            case "DescribeStream" -> streams.describeStream(in);
            case "GetShardIterator" -> streams.getShardIterator(in);
            case "GetRecords" -> streams.getRecords(ctx, in);
            default -> throw new IllegalStateException("unsupported " + operation);
        };
    }

    @Override
    public boolean supports(String operation) {
        return OPERATIONS.contains(operation);
    }

    @Override
    public synchronized void reset() {
        store.clear();
        if (dataLog != null) {
            dataLog.close();
            dataLog = DataLog.open(environment.dataDirectory("dynamodb"), store);
            store.journal(dataLog);
        }
    }
}
