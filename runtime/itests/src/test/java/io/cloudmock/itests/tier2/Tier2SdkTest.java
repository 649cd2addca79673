package io.cloudmock.itests.tier2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cloudmock.itests.AwsClients;
import io.cloudmock.itests.CloudMockProcess;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.acm.AcmClient;
import software.amazon.awssdk.services.acm.model.ResourceNotFoundException;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.apigatewayv2.model.NotFoundException;
import software.amazon.awssdk.services.apigatewayv2.model.ProtocolType;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.RepositoryAlreadyExistsException;
import software.amazon.awssdk.services.ecr.model.RepositoryNotFoundException;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerNotFoundException;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DbInstanceNotFoundException;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterNotFoundException;

/**
 * Tier 2 stubs through the AWS SDK for Java v2 against the real distribution, for services with a client in
 * the Maven mirror: create → describe → list → tag → delete → not-found, across the json, rest-json and query
 * protocols.
 */
class Tier2SdkTest {

    private final CloudMockProcess cm = CloudMockProcess.shared();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void acmCertificate() {
        try (AcmClient acm = AwsClients.create(AcmClient.builder(), cm.endpoint())) {
            String arn = acm.requestCertificate(r -> r.domainName(suffix + ".example.com")).certificateArn();
            assertTrue(arn.startsWith("arn:aws:acm:us-east-1:000000000000:certificate/"), arn);
            var cert = acm.describeCertificate(r -> r.certificateArn(arn)).certificate();
            assertEquals(suffix + ".example.com", cert.domainName());
            assertEquals("ISSUED", cert.statusAsString());
            assertTrue(acm.listCertificates(r -> { }).certificateSummaryList().stream()
                    .anyMatch(c -> c.certificateArn().equals(arn)));
            acm.addTagsToCertificate(r -> r.certificateArn(arn).tags(t -> t.key("env").value("dev")));
            assertEquals("dev", acm.listTagsForCertificate(r -> r.certificateArn(arn)).tags().get(0).value());
            acm.deleteCertificate(r -> r.certificateArn(arn));
            assertThrows(ResourceNotFoundException.class, () -> acm.describeCertificate(r -> r.certificateArn(arn)));
        }
    }

    @Test
    void ecrRepository() {
        try (EcrClient ecr = AwsClients.create(EcrClient.builder(), cm.endpoint())) {
            String name = "repo-" + suffix;
            var repo = ecr.createRepository(r -> r.repositoryName(name)).repository();
            assertEquals("arn:aws:ecr:us-east-1:000000000000:repository/" + name, repo.repositoryArn());
            assertEquals("000000000000", repo.registryId());
            assertThrows(RepositoryAlreadyExistsException.class, () -> ecr.createRepository(r -> r.repositoryName(name)));
            assertEquals(name, ecr.describeRepositories(r -> r.repositoryNames(name)).repositories().get(0)
                    .repositoryName());
            assertTrue(ecr.describeRepositories(r -> { }).repositories().stream()
                    .anyMatch(x -> x.repositoryName().equals(name)));
            ecr.tagResource(r -> r.resourceArn(repo.repositoryArn()).tags(t -> t.key("team").value("a")));
            assertEquals("team", ecr.listTagsForResource(r -> r.resourceArn(repo.repositoryArn())).tags().get(0).key());
            ecr.untagResource(r -> r.resourceArn(repo.repositoryArn()).tagKeys("team"));
            assertTrue(ecr.listTagsForResource(r -> r.resourceArn(repo.repositoryArn())).tags().isEmpty());
            ecr.deleteRepository(r -> r.repositoryName(name));
            assertThrows(RepositoryNotFoundException.class, () -> ecr.describeRepositories(r -> r.repositoryNames(name)));
        }
    }

    @Test
    void ssmParameterPagesThroughEverything() {
        try (SsmClient ssm = AwsClients.create(SsmClient.builder(), cm.endpoint())) {
            for (int i = 0; i < 5; i++) {
                int n = i;
                ssm.putParameter(r -> r.name("/" + suffix + "/p" + n).value("v" + n).type("String"));
            }
            assertEquals("v3", ssm.getParameter(r -> r.name("/" + suffix + "/p3")).parameter().value());
            long count = ssm.describeParametersPaginator(r -> r.maxResults(2)).stream().flatMap(p -> p.parameters().stream())
                    .filter(p -> p.name().startsWith("/" + suffix)).count();
            assertEquals(5, count);
            ssm.addTagsToResource(r -> r.resourceType("Parameter").resourceId("/" + suffix + "/p1")
                    .tags(t -> t.key("k").value("v")));
            assertEquals("k", ssm.listTagsForResource(r -> r.resourceType("Parameter").resourceId("/" + suffix + "/p1"))
                    .tagList().get(0).key());
            ssm.deleteParameter(r -> r.name("/" + suffix + "/p1"));
            assertThrows(ParameterNotFoundException.class, () -> ssm.getParameter(r -> r.name("/" + suffix + "/p1")));
        }
    }

    @Test
    void glueDatabaseAndTable() {
        try (GlueClient glue = AwsClients.create(GlueClient.builder(), cm.endpoint())) {
            String db = "db_" + suffix;
            glue.createDatabase(r -> r.databaseInput(d -> d.name(db).description("d")));
            assertEquals("d", glue.getDatabase(r -> r.name(db)).database().description());
            glue.createTable(r -> r.databaseName(db).tableInput(t -> t.name("t1")));
            assertEquals("t1", glue.getTable(r -> r.databaseName(db).name("t1")).table().name());
            assertEquals(1, glue.getTables(r -> r.databaseName(db)).tableList().size());
            assertTrue(glue.getDatabases(r -> { }).databaseList().stream().anyMatch(d -> d.name().equals(db)));
            String arn = "arn:aws:glue:us-east-1:000000000000:database/" + db;
            glue.tagResource(r -> r.resourceArn(arn).tagsToAdd(Map.of("env", "dev")));
            assertEquals(Map.of("env", "dev"), glue.getTags(r -> r.resourceArn(arn)).tags());
            glue.deleteTable(r -> r.databaseName(db).name("t1"));
            glue.deleteDatabase(r -> r.name(db));
            assertThrows(EntityNotFoundException.class, () -> glue.getDatabase(r -> r.name(db)));
        }
    }

    @Test
    void cognitoUserPool() {
        try (CognitoIdentityProviderClient idp = AwsClients.create(CognitoIdentityProviderClient.builder(),
                cm.endpoint())) {
            var pool = idp.createUserPool(r -> r.poolName("pool-" + suffix)).userPool();
            assertEquals("pool-" + suffix, pool.name());
            assertEquals(pool.id(), idp.describeUserPool(r -> r.userPoolId(pool.id())).userPool().id());
            assertTrue(idp.listUserPools(r -> r.maxResults(60)).userPools().stream()
                    .anyMatch(p -> p.id().equals(pool.id())));
            idp.tagResource(r -> r.resourceArn(pool.arn()).tags(Map.of("k", "v")));
            assertEquals(Map.of("k", "v"), idp.listTagsForResource(r -> r.resourceArn(pool.arn())).tags());
            idp.deleteUserPool(r -> r.userPoolId(pool.id()));
            var e = assertThrows(AwsServiceException.class, () -> idp.describeUserPool(r -> r.userPoolId(pool.id())));
            assertEquals("ResourceNotFoundException", e.awsErrorDetails().errorCode());
        }
    }

    @Test
    void stepFunctionsStateMachine() {
        try (SfnClient sfn = AwsClients.create(SfnClient.builder(), cm.endpoint())) {
            String arn = sfn.createStateMachine(r -> r.name("sm-" + suffix).definition("{}")
                    .roleArn("arn:aws:iam::000000000000:role/r")).stateMachineArn();
            assertEquals("arn:aws:states:us-east-1:000000000000:stateMachine:sm-" + suffix, arn);
            assertEquals("{}", sfn.describeStateMachine(r -> r.stateMachineArn(arn)).definition());
            assertTrue(sfn.listStateMachines(r -> { }).stateMachines().stream()
                    .anyMatch(s -> s.stateMachineArn().equals(arn)));
            sfn.tagResource(r -> r.resourceArn(arn).tags(t -> t.key("k").value("v")));
            assertEquals("v", sfn.listTagsForResource(r -> r.resourceArn(arn)).tags().get(0).value());
            sfn.deleteStateMachine(r -> r.stateMachineArn(arn));
            assertThrows(StateMachineDoesNotExistException.class,
                    () -> sfn.describeStateMachine(r -> r.stateMachineArn(arn)));
        }
    }

    @Test
    void eventBridgeSchedulerScheduleAndGroup() {
        try (SchedulerClient scheduler = AwsClients.create(SchedulerClient.builder(), cm.endpoint())) {
            String group = scheduler.createScheduleGroup(r -> r.name("g-" + suffix)).scheduleGroupArn();
            assertEquals("arn:aws:scheduler:us-east-1:000000000000:schedule-group/g-" + suffix, group);
            scheduler.createSchedule(r -> r.name("s-" + suffix).groupName("g-" + suffix)
                    .scheduleExpression("rate(1 hour)").flexibleTimeWindow(f -> f.mode("OFF"))
                    .target(t -> t.arn("arn:aws:sqs:us-east-1:000000000000:q").roleArn("arn:aws:iam::000000000000:role/r")));
            assertEquals("rate(1 hour)", scheduler.getSchedule(r -> r.name("s-" + suffix).groupName("g-" + suffix))
                    .scheduleExpression());
            assertTrue(scheduler.listSchedules(r -> { }).schedules().stream()
                    .anyMatch(s -> s.name().equals("s-" + suffix)));
            scheduler.tagResource(r -> r.resourceArn(group).tags(t -> t.key("k").value("v")));
            assertEquals("k", scheduler.listTagsForResource(r -> r.resourceArn(group)).tags().get(0).key());
            scheduler.deleteSchedule(r -> r.name("s-" + suffix).groupName("g-" + suffix));
            var e = assertThrows(AwsServiceException.class,
                    () -> scheduler.getSchedule(r -> r.name("s-" + suffix).groupName("g-" + suffix)));
            assertEquals(404, e.statusCode());
            assertEquals("ResourceNotFoundException", e.awsErrorDetails().errorCode());
        }
    }

    @Test
    void apiGatewayV2Api() {
        try (ApiGatewayV2Client apigw = AwsClients.create(ApiGatewayV2Client.builder(), cm.endpoint())) {
            var api = apigw.createApi(r -> r.name("api-" + suffix).protocolType(ProtocolType.HTTP));
            assertEquals("api-" + suffix, api.name());
            assertEquals(ProtocolType.HTTP, apigw.getApi(r -> r.apiId(api.apiId())).protocolType());
            assertTrue(apigw.getApis(r -> { }).items().stream().anyMatch(a -> a.apiId().equals(api.apiId())));
            String arn = "arn:aws:apigateway:us-east-1::/apis/" + api.apiId();
            apigw.tagResource(r -> r.resourceArn(arn).tags(Map.of("k", "v")));
            assertEquals(Map.of("k", "v"), apigw.getTags(r -> r.resourceArn(arn)).tags());
            apigw.deleteApi(r -> r.apiId(api.apiId()));
            assertThrows(NotFoundException.class, () -> apigw.getApi(r -> r.apiId(api.apiId())));
        }
    }

    @Test
    void rdsDbInstance() {
        try (RdsClient rds = AwsClients.create(RdsClient.builder(), cm.endpoint())) {
            String id = "db-" + suffix;
            var db = rds.createDBInstance(r -> r.dbInstanceIdentifier(id).dbInstanceClass("db.t3.micro")
                    .engine("postgres").allocatedStorage(20)).dbInstance();
            assertEquals("arn:aws:rds:us-east-1:000000000000:db:" + id, db.dbInstanceArn());
            assertEquals(20, db.allocatedStorage());
            assertEquals("postgres", rds.describeDBInstances(r -> r.dbInstanceIdentifier(id)).dbInstances().get(0).engine());
            rds.addTagsToResource(r -> r.resourceName(db.dbInstanceArn()).tags(t -> t.key("k").value("v")));
            assertEquals("v", rds.listTagsForResource(r -> r.resourceName(db.dbInstanceArn())).tagList().get(0).value());
            rds.deleteDBInstance(r -> r.dbInstanceIdentifier(id).skipFinalSnapshot(true));
            assertThrows(DbInstanceNotFoundException.class,
                    () -> rds.describeDBInstances(r -> r.dbInstanceIdentifier(id)));
        }
    }

    @Test
    void elbv2LoadBalancer() {
        try (ElasticLoadBalancingV2Client elb = AwsClients.create(ElasticLoadBalancingV2Client.builder(),
                cm.endpoint())) {
            var lb = elb.createLoadBalancer(r -> r.name("lb-" + suffix)).loadBalancers().get(0);
            assertTrue(lb.loadBalancerArn().startsWith("arn:aws:elasticloadbalancing:us-east-1:000000000000:"),
                    lb.loadBalancerArn());
            assertEquals("lb-" + suffix, elb.describeLoadBalancers(r -> r.loadBalancerArns(lb.loadBalancerArn()))
                    .loadBalancers().get(0).loadBalancerName());
            elb.addTags(r -> r.resourceArns(lb.loadBalancerArn()).tags(t -> t.key("k").value("v")));
            assertFalse(elb.describeTags(r -> r.resourceArns(lb.loadBalancerArn())).tagDescriptions().isEmpty());
            elb.deleteLoadBalancer(r -> r.loadBalancerArn(lb.loadBalancerArn()));
            assertThrows(LoadBalancerNotFoundException.class,
                    () -> elb.describeLoadBalancers(r -> r.loadBalancerArns(lb.loadBalancerArn())));
        }
    }
}
