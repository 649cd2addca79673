package io.cloudmock.stubcatalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.cloudmock.api.AwsException;
import io.cloudmock.api.AwsRequest;
import io.cloudmock.api.RequestContext;
import io.cloudmock.api.Struct;
import io.cloudmock.models.internal.BotocoreModels;

/** Open-box behaviour of the engine on real models: CRUD, identity, errors, tags, pagination, scoping. */
class StubEngineTest {

    private static BotocoreModels models;
    private StubEngine engine = new StubEngine(models, new ArnTemplates());

    @BeforeAll
    static void load() {
        models = new BotocoreModels();
    }

    private Struct call(String service, String op, Struct input) {
        return call(service, "us-east-1", op, input);
    }

    private Struct call(String service, String region, String op, Struct input) {
        RequestContext ctx = new RequestContext("123456789012", region, "test", "arn:aws:iam::123456789012:root",
                "req", "", service, "localhost");
        return engine.handle(new AwsRequest(ctx, op, input, null)).output();
    }

    @Test
    void ecrRepositoryLifecycle() {
        Struct created = call("ecr", "CreateRepository", Struct.of("repositoryName", "app", "tags",
                List.of(Struct.of("Key", "team", "Value", "a"))));
        Struct repo = created.struct("repository");
        assertEquals("app", repo.string("repositoryName"));
        assertEquals("arn:aws:ecr:us-east-1:123456789012:repository/app", repo.string("repositoryArn"));
        assertEquals("123456789012", repo.string("registryId"));
        Struct described = call("ecr", "DescribeRepositories", Struct.of("repositoryNames", List.of("app")));
        assertEquals(1, described.structs("repositories").size());
        assertThrows(AwsException.class, () -> call("ecr", "CreateRepository", Struct.of("repositoryName", "app")));
        call("ecr", "TagResource", Struct.of("resourceArn", repo.string("repositoryArn"), "tags",
                List.of(Struct.of("Key", "env", "Value", "dev"))));
        Struct tags = call("ecr", "ListTagsForResource", Struct.of("resourceArn", repo.string("repositoryArn")));
        assertEquals(2, tags.list("tags").size());
        call("ecr", "DeleteRepository", Struct.of("repositoryName", "app"));
        AwsException e = assertThrows(AwsException.class,
                () -> call("ecr", "DescribeRepositories", Struct.of("repositoryNames", List.of("app"))));
        assertEquals("RepositoryNotFoundException", e.code());
    }

    @Test
    void rdsNotFoundUsesTheQueryFaultShapeAndStatus() {
        call("rds", "CreateDBInstance", Struct.of("DBInstanceIdentifier", "db1", "DBInstanceClass", "db.t3.micro",
                "Engine", "postgres"));
        Struct d = call("rds", "DescribeDBInstances", Struct.of("DBInstanceIdentifier", "db1"));
        Struct db = d.structs("DBInstances").get(0);
        assertEquals("db1", db.string("DBInstanceIdentifier"));
        assertEquals("postgres", db.string("Engine"));
        assertTrue(db.string("DBInstanceArn").startsWith("arn:aws:rds:us-east-1:123456789012:db:"), db.string("DBInstanceArn"));
        AwsException e = assertThrows(AwsException.class,
                () -> call("rds", "DeleteDBInstance", Struct.of("DBInstanceIdentifier", "nope")));
        assertEquals("DBInstanceNotFoundFault", e.code());
        assertEquals(404, e.status());
        AwsException dup = assertThrows(AwsException.class, () -> call("rds", "CreateDBInstance",
                Struct.of("DBInstanceIdentifier", "db1", "DBInstanceClass", "x", "Engine", "postgres")));
        assertEquals("DBInstanceAlreadyExistsFault", dup.code());
    }

    @Test
    void stateIsPerRegionAndResetClearsIt() {
        call("sqs", "us-east-1", "CreateQueue", Struct.of("QueueName", "q"));
        assertEquals(1, call("sqs", "us-east-1", "ListQueues", new Struct()).list("QueueUrls").size());
        assertEquals(0, call("sqs", "eu-west-1", "ListQueues", new Struct()).list("QueueUrls").size());
        engine.reset();
        assertEquals(0, call("sqs", "us-east-1", "ListQueues", new Struct()).list("QueueUrls").size());
    }

    @Test
    void listPagesThroughEverything() {
        for (int i = 0; i < 5; i++) {
            call("ssm", "PutParameter", Struct.of("Name", "/p/" + i, "Value", "v", "Type", "String"));
        }
        Struct page = call("ssm", "DescribeParameters", Struct.of("MaxResults", 2));
        assertEquals(2, page.list("Parameters").size());
        int seen = 2;
        while (page.string("NextToken") != null) {
            page = call("ssm", "DescribeParameters", Struct.of("MaxResults", 2, "NextToken", page.string("NextToken")));
            seen += page.list("Parameters").size();
        }
        assertEquals(5, seen);
        Struct got = call("ssm", "GetParameter", Struct.of("Name", "/p/3"));
        assertEquals("v", got.struct("Parameter").string("Value"));
        assertEquals("ParameterNotFound", assertThrows(AwsException.class,
                () -> call("ssm", "GetParameter", Struct.of("Name", "/missing"))).code());
    }

    @Test
    void glueTableIsScopedByItsDatabase() {
        call("glue", "CreateDatabase", Struct.of("DatabaseInput", Struct.of("Name", "db")));
        call("glue", "CreateTable", Struct.of("DatabaseName", "db", "TableInput", Struct.of("Name", "t1")));
        Struct t = call("glue", "GetTable", Struct.of("DatabaseName", "db", "Name", "t1"));
        assertEquals("t1", t.struct("Table").string("Name"));
        assertEquals("EntityNotFoundException", assertThrows(AwsException.class,
                () -> call("glue", "GetTable", Struct.of("DatabaseName", "other", "Name", "t1"))).code());
        assertEquals(1, call("glue", "GetTables", Struct.of("DatabaseName", "db")).list("TableList").size());
    }

    @Test
    void acmCertificateFromOverride() {
        Struct c = call("acm", "RequestCertificate", Struct.of("DomainName", "example.com"));
        String arn = c.string("CertificateArn");
        assertNotNull(arn);
        assertTrue(arn.startsWith("arn:aws:acm:us-east-1:123456789012:certificate/"), arn);
        Struct d = call("acm", "DescribeCertificate", Struct.of("CertificateArn", arn));
        assertEquals("example.com", d.struct("Certificate").string("DomainName"));
        assertEquals("ISSUED", d.struct("Certificate").string("Status"));
        call("acm", "AddTagsToCertificate", Struct.of("CertificateArn", arn, "Tags", List.of(Struct.of("Key", "k"))));
        assertEquals(1, call("acm", "ListTagsForCertificate", Struct.of("CertificateArn", arn)).list("Tags").size());
        call("acm", "DeleteCertificate", Struct.of("CertificateArn", arn));
        assertEquals("ResourceNotFoundException", assertThrows(AwsException.class,
                () -> call("acm", "DescribeCertificate", Struct.of("CertificateArn", arn))).code());
    }

    @Test
    void arnTemplatesAndNameUniqueness() {
        Struct role = call("iam", "CreateRole", Struct.of("RoleName", "r1", "AssumeRolePolicyDocument", "{}"))
                .struct("Role");
        assertEquals("arn:aws:iam::123456789012:role/r1", role.string("Arn"));
        assertEquals("/", role.string("Path"));
        assertEquals("EntityAlreadyExistsException", assertThrows(AwsException.class, () -> call("iam", "CreateRole",
                Struct.of("RoleName", "r1", "AssumeRolePolicyDocument", "{}"))).code());
        call("iam", "TagRole", Struct.of("RoleName", "r1", "Tags", List.of(Struct.of("Key", "k", "Value", "v"))));
        assertEquals(1, call("iam", "ListRoleTags", Struct.of("RoleName", "r1")).list("Tags").size());
        String secret = call("secretsmanager", "CreateSecret", Struct.of("Name", "s1", "SecretString", "v"))
                .string("ARN");
        assertTrue(secret.matches("arn:aws:secretsmanager:us-east-1:123456789012:secret:s1-[a-z0-9]{6}"), secret);
        call("secretsmanager", "PutSecretValue", Struct.of("SecretId", secret, "SecretString", "v2"));
        assertEquals("v2", call("secretsmanager", "GetSecretValue", Struct.of("SecretId", "s1")).string("SecretString"));
        String kafka = call("kafka", "CreateCluster", Struct.of("ClusterName", "k1", "KafkaVersion", "3.6.0",
                "NumberOfBrokerNodes", 3, "BrokerNodeGroupInfo", Struct.of("ClientSubnets", List.of("s"),
                        "InstanceType", "kafka.m5.large"))).string("ClusterArn");
        assertEquals("arn:aws:kafka:us-east-1:123456789012:cluster/k1", kafka, "default ARN when no template exists");
    }

    @Test
    void unknownWriteOperationIsNotImplemented() {
        AwsException e = assertThrows(AwsException.class, () -> call("sqs", "SendMessage",
                Struct.of("QueueUrl", "x", "MessageBody", "b")));
        assertEquals(501, e.status());
    }
}
