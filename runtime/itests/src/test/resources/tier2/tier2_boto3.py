"""Tier 2 stubs through boto3 for services whose AWS SDK for Java v2 client is missing from the Maven mirror.

Usage: python3 tier2_boto3.py <endpoint> [service ...]
Each service runs create -> describe -> list -> tag -> delete -> not-found and prints one line:
    RESULT <service> OK            or    RESULT <service> FAIL <reason>
botocore parses every answer against its model, so a malformed response fails the step.
"""
import json
import os
import sys
import tempfile
import traceback
import uuid

import boto3
import botocore
import botocore.session
from botocore.config import Config
from botocore.exceptions import ClientError

ENDPOINT = sys.argv[1]
SUFFIX = uuid.uuid4().hex[:8]


def json_cloudwatch_data_path():
    """CloudWatch's model prefers smithy-rpc-v2-cbor, which CloudMock does not speak: use its json protocol."""
    loader = botocore.session.get_session().get_component("data_loader")
    model = loader.load_service_model("cloudwatch", "service-2")
    model["metadata"]["protocols"] = ["json"]
    model["metadata"]["protocol"] = "json"
    root = tempfile.mkdtemp(prefix="cm-botocore-")
    folder = os.path.join(root, "cloudwatch", model["metadata"]["apiVersion"])
    os.makedirs(folder)
    with open(os.path.join(folder, "service-2.json"), "w") as f:
        json.dump(model, f)
    return root


os.environ["AWS_DATA_PATH"] = json_cloudwatch_data_path()
SESSION = boto3.session.Session(aws_access_key_id="test", aws_secret_access_key="test", region_name="us-east-1")


def client(name):
    return SESSION.client(name, endpoint_url=ENDPOINT, config=Config(retries={"max_attempts": 1}))


def expect_error(call, *codes):
    try:
        call()
    except ClientError as e:
        code = e.response["Error"]["Code"]
        assert not codes or code in codes, "expected %s, got %s" % (codes, code)
        return e
    raise AssertionError("expected an error %s" % (codes,))


def check(cond, msg):
    if not cond:
        raise AssertionError(msg)


def ec2():
    c = client("ec2")
    vpc = c.create_vpc(CidrBlock="10.0.0.0/16")["Vpc"]
    vid = vpc["VpcId"]
    check(vid.startswith("vpc-"), vid)
    check(c.describe_vpcs(VpcIds=[vid])["Vpcs"][0]["CidrBlock"] == "10.0.0.0/16", "cidr")
    check(any(v["VpcId"] == vid for v in c.describe_vpcs()["Vpcs"]), "listed")
    c.create_tags(Resources=[vid], Tags=[{"Key": "Name", "Value": "main"}])
    check(c.describe_vpcs(VpcIds=[vid])["Vpcs"][0]["Tags"] == [{"Key": "Name", "Value": "main"}], "tags")
    c.delete_vpc(VpcId=vid)
    expect_error(lambda: c.delete_vpc(VpcId=vid), "InvalidVpcID.NotFound")


def route53():
    c = client("route53")
    zone = c.create_hosted_zone(Name="z%s.example.com" % SUFFIX, CallerReference=SUFFIX)["HostedZone"]
    zid = zone["Id"]
    check(c.get_hosted_zone(Id=zid)["HostedZone"]["Name"].startswith("z" + SUFFIX), "name")
    check(any(z["Id"] == zid for z in c.list_hosted_zones()["HostedZones"]), "listed")
    c.change_tags_for_resource(ResourceType="hostedzone", ResourceId=zid, AddTags=[{"Key": "k", "Value": "v"}])
    tags = c.list_tags_for_resource(ResourceType="hostedzone", ResourceId=zid)["ResourceTagSet"]["Tags"]
    check(tags == [{"Key": "k", "Value": "v"}], tags)
    c.delete_hosted_zone(Id=zid)
    expect_error(lambda: c.get_hosted_zone(Id=zid), "NoSuchHostedZone")


def cloudformation():
    c = client("cloudformation")
    name = "stack-" + SUFFIX
    sid = c.create_stack(StackName=name, TemplateBody="{}", Tags=[{"Key": "k", "Value": "v"}])["StackId"]
    check(sid.startswith("arn:aws:cloudformation:us-east-1:000000000000:stack/"), sid)
    stack = c.describe_stacks(StackName=name)["Stacks"][0]
    check(stack["StackName"] == name and stack["Tags"] == [{"Key": "k", "Value": "v"}], stack)
    check(any(s["StackName"] == name for s in c.list_stacks()["StackSummaries"]), "listed")
    c.delete_stack(StackName=name)
    expect_error(lambda: c.describe_stacks(StackName=name), "ValidationError")


def ecs():
    c = client("ecs")
    arn = c.create_cluster(clusterName="c-" + SUFFIX)["cluster"]["clusterArn"]
    check(arn == "arn:aws:ecs:us-east-1:000000000000:cluster/c-" + SUFFIX, arn)
    check(c.describe_clusters(clusters=["c-" + SUFFIX])["clusters"][0]["clusterName"] == "c-" + SUFFIX, "name")
    check(arn in c.list_clusters()["clusterArns"], "listed")
    c.tag_resource(resourceArn=arn, tags=[{"key": "k", "value": "v"}])
    check(c.list_tags_for_resource(resourceArn=arn)["tags"] == [{"key": "k", "value": "v"}], "tags")
    c.delete_cluster(cluster=arn)
    expect_error(lambda: c.delete_cluster(cluster=arn), "ClusterNotFoundException")


def athena():
    c = client("athena")
    name = "wg-" + SUFFIX
    c.create_work_group(Name=name, Description="d")
    check(c.get_work_group(WorkGroup=name)["WorkGroup"]["Description"] == "d", "description")
    check(any(w["Name"] == name for w in c.list_work_groups()["WorkGroups"]), "listed")
    arn = "arn:aws:athena:us-east-1:000000000000:workgroup/" + name
    c.tag_resource(ResourceARN=arn, Tags=[{"Key": "k", "Value": "v"}])
    check(c.list_tags_for_resource(ResourceARN=arn)["Tags"] == [{"Key": "k", "Value": "v"}], "tags")
    c.delete_work_group(WorkGroup=name)
    expect_error(lambda: c.get_work_group(WorkGroup=name))


def eks():
    c = client("eks")
    name = "eks-" + SUFFIX
    cluster = c.create_cluster(name=name, roleArn="arn:aws:iam::000000000000:role/r",
                               resourcesVpcConfig={"subnetIds": ["subnet-1"]})["cluster"]
    check(cluster["arn"] == "arn:aws:eks:us-east-1:000000000000:cluster/" + name, cluster["arn"])
    check(c.describe_cluster(name=name)["cluster"]["roleArn"] == "arn:aws:iam::000000000000:role/r", "role")
    check(name in c.list_clusters()["clusters"], "listed")
    c.tag_resource(resourceArn=cluster["arn"], tags={"k": "v"})
    check(c.list_tags_for_resource(resourceArn=cluster["arn"])["tags"] == {"k": "v"}, "tags")
    c.delete_cluster(name=name)
    expect_error(lambda: c.describe_cluster(name=name), "ResourceNotFoundException")


def kafka():
    c = client("kafka")
    arn = c.create_cluster(ClusterName="k-" + SUFFIX, KafkaVersion="3.6.0", NumberOfBrokerNodes=3,
                           BrokerNodeGroupInfo={"ClientSubnets": ["s1"], "InstanceType": "kafka.m5.large"})["ClusterArn"]
    check(arn == "arn:aws:kafka:us-east-1:000000000000:cluster/k-" + SUFFIX, arn)
    check(c.describe_cluster(ClusterArn=arn)["ClusterInfo"]["ClusterName"] == "k-" + SUFFIX, "name")
    check(any(x["ClusterArn"] == arn for x in c.list_clusters()["ClusterInfoList"]), "listed")
    c.tag_resource(ResourceArn=arn, Tags={"k": "v"})
    check(c.list_tags_for_resource(ResourceArn=arn)["Tags"] == {"k": "v"}, "tags")
    c.delete_cluster(ClusterArn=arn)
    expect_error(lambda: c.describe_cluster(ClusterArn=arn), "NotFoundException")


def opensearch():
    c = client("opensearch")
    name = "os-" + SUFFIX
    arn = c.create_domain(DomainName=name, EngineVersion="OpenSearch_2.11")["DomainStatus"]["ARN"]
    check(arn == "arn:aws:es:us-east-1:000000000000:domain/" + name, arn)
    check(c.describe_domain(DomainName=name)["DomainStatus"]["EngineVersion"] == "OpenSearch_2.11", "version")
    check(any(d["DomainName"] == name for d in c.list_domain_names()["DomainNames"]), "listed")
    c.add_tags(ARN=arn, TagList=[{"Key": "k", "Value": "v"}])
    check(c.list_tags(ARN=arn)["TagList"] == [{"Key": "k", "Value": "v"}], "tags")
    c.delete_domain(DomainName=name)
    expect_error(lambda: c.describe_domain(DomainName=name), "ResourceNotFoundException")


def elasticache():
    c = client("elasticache")
    cid = "cc-" + SUFFIX
    cc = c.create_cache_cluster(CacheClusterId=cid, Engine="redis", CacheNodeType="cache.t3.micro",
                                NumCacheNodes=1)["CacheCluster"]
    check(cc["ARN"].startswith("arn:aws:elasticache:us-east-1:000000000000:cluster:"), cc["ARN"])
    check(c.describe_cache_clusters(CacheClusterId=cid)["CacheClusters"][0]["Engine"] == "redis", "engine")
    check(any(x["CacheClusterId"] == cid for x in c.describe_cache_clusters()["CacheClusters"]), "listed")
    c.add_tags_to_resource(ResourceName=cc["ARN"], Tags=[{"Key": "k", "Value": "v"}])
    check(c.list_tags_for_resource(ResourceName=cc["ARN"])["TagList"] == [{"Key": "k", "Value": "v"}], "tags")
    c.delete_cache_cluster(CacheClusterId=cid)
    expect_error(lambda: c.describe_cache_clusters(CacheClusterId=cid), "CacheClusterNotFound")


def appsync():
    c = client("appsync")
    api = c.create_graphql_api(name="g-" + SUFFIX, authenticationType="API_KEY")["graphqlApi"]
    check(c.get_graphql_api(apiId=api["apiId"])["graphqlApi"]["name"] == "g-" + SUFFIX, "name")
    check(any(a["apiId"] == api["apiId"] for a in c.list_graphql_apis()["graphqlApis"]), "listed")
    c.tag_resource(resourceArn=api["arn"], tags={"k": "v"})
    check(c.list_tags_for_resource(resourceArn=api["arn"])["tags"] == {"k": "v"}, "tags")
    c.delete_graphql_api(apiId=api["apiId"])
    expect_error(lambda: c.get_graphql_api(apiId=api["apiId"]), "NotFoundException")


def firehose():
    c = client("firehose")
    name = "fh-" + SUFFIX
    arn = c.create_delivery_stream(DeliveryStreamName=name)["DeliveryStreamARN"]
    check(arn.startswith("arn:aws:firehose:us-east-1:000000000000:"), arn)
    d = c.describe_delivery_stream(DeliveryStreamName=name)["DeliveryStreamDescription"]
    check(d["DeliveryStreamName"] == name, d)
    check(name in c.list_delivery_streams()["DeliveryStreamNames"], "listed")
    c.tag_delivery_stream(DeliveryStreamName=name, Tags=[{"Key": "k", "Value": "v"}])
    check(c.list_tags_for_delivery_stream(DeliveryStreamName=name)["Tags"] == [{"Key": "k", "Value": "v"}], "tags")
    c.delete_delivery_stream(DeliveryStreamName=name)
    expect_error(lambda: c.describe_delivery_stream(DeliveryStreamName=name), "ResourceNotFoundException")


def cloudwatch():
    c = client("cloudwatch")
    name = "alarm-" + SUFFIX
    c.put_metric_alarm(AlarmName=name, MetricName="CPU", Namespace="AWS/EC2", Statistic="Average", Period=60,
                       EvaluationPeriods=1, Threshold=80.0, ComparisonOperator="GreaterThanThreshold")
    alarm = c.describe_alarms(AlarmNames=[name])["MetricAlarms"][0]
    check(alarm["Threshold"] == 80.0 and alarm["AlarmArn"].endswith(":alarm:" + name), alarm)
    check(any(a["AlarmName"] == name for a in c.describe_alarms()["MetricAlarms"]), "listed")
    c.tag_resource(ResourceARN=alarm["AlarmArn"], Tags=[{"Key": "k", "Value": "v"}])
    check(c.list_tags_for_resource(ResourceARN=alarm["AlarmArn"])["Tags"] == [{"Key": "k", "Value": "v"}], "tags")
    c.delete_alarms(AlarmNames=[name])
    check(c.describe_alarms(AlarmNames=[name])["MetricAlarms"] == [], "deleted")


def efs():
    c = client("efs")
    fs = c.create_file_system(CreationToken=SUFFIX, Tags=[{"Key": "Name", "Value": "fs"}])
    fid = fs["FileSystemId"]
    check(c.describe_file_systems(FileSystemId=fid)["FileSystems"][0]["FileSystemId"] == fid, "describe")
    check(any(f["FileSystemId"] == fid for f in c.describe_file_systems()["FileSystems"]), "listed")
    c.tag_resource(ResourceId=fid, Tags=[{"Key": "k", "Value": "v"}])
    tags = c.list_tags_for_resource(ResourceId=fid)["Tags"]
    check({"Key": "k", "Value": "v"} in tags, tags)
    c.delete_file_system(FileSystemId=fid)
    expect_error(lambda: c.describe_file_systems(FileSystemId=fid), "FileSystemNotFound")


def cloudtrail():
    c = client("cloudtrail")
    name = "trail-" + SUFFIX
    arn = c.create_trail(Name=name, S3BucketName="b")["TrailARN"]
    check(c.get_trail(Name=name)["Trail"]["S3BucketName"] == "b", "bucket")
    check(any(t["Name"] == name for t in c.list_trails()["Trails"]), "listed")
    c.add_tags(ResourceId=arn, TagsList=[{"Key": "k", "Value": "v"}])
    tags = c.list_tags(ResourceIdList=[arn])["ResourceTagList"][0]["TagsList"]
    check(tags == [{"Key": "k", "Value": "v"}], tags)
    c.delete_trail(Name=name)
    expect_error(lambda: c.get_trail(Name=name), "TrailNotFoundException")


def backup():
    c = client("backup")
    name = "vault-" + SUFFIX
    arn = c.create_backup_vault(BackupVaultName=name)["BackupVaultArn"]
    check(c.describe_backup_vault(BackupVaultName=name)["BackupVaultArn"] == arn, "arn")
    check(any(v["BackupVaultName"] == name for v in c.list_backup_vaults()["BackupVaultList"]), "listed")
    c.tag_resource(ResourceArn=arn, Tags={"k": "v"})
    check(c.list_tags(ResourceArn=arn)["Tags"] == {"k": "v"}, "tags")
    c.delete_backup_vault(BackupVaultName=name)
    expect_error(lambda: c.describe_backup_vault(BackupVaultName=name), "ResourceNotFoundException")


def mq():
    c = client("mq")
    b = c.create_broker(BrokerName="mq-" + SUFFIX, EngineType="RABBITMQ", EngineVersion="3.13",
                        HostInstanceType="mq.t3.micro", DeploymentMode="SINGLE_INSTANCE", PubliclyAccessible=False,
                        AutoMinorVersionUpgrade=True, Users=[{"Username": "u", "Password": "p" * 12}])
    check(c.describe_broker(BrokerId=b["BrokerId"])["BrokerName"] == "mq-" + SUFFIX, "name")
    check(any(x["BrokerId"] == b["BrokerId"] for x in c.list_brokers()["BrokerSummaries"]), "listed")
    c.create_tags(ResourceArn=b["BrokerArn"], Tags={"k": "v"})
    check(c.list_tags(ResourceArn=b["BrokerArn"])["Tags"] == {"k": "v"}, "tags")
    c.delete_broker(BrokerId=b["BrokerId"])
    expect_error(lambda: c.describe_broker(BrokerId=b["BrokerId"]), "NotFoundException")


def wafv2():
    c = client("wafv2")
    s = c.create_ip_set(Name="ips-" + SUFFIX, Scope="REGIONAL", IPAddressVersion="IPV4",
                        Addresses=["10.0.0.0/8"])["Summary"]
    got = c.get_ip_set(Name="ips-" + SUFFIX, Scope="REGIONAL", Id=s["Id"])["IPSet"]
    check(got["Addresses"] == ["10.0.0.0/8"], got)
    check(any(x["Id"] == s["Id"] for x in c.list_ip_sets(Scope="REGIONAL")["IPSets"]), "listed")
    c.tag_resource(ResourceARN=s["ARN"], Tags=[{"Key": "k", "Value": "v"}])
    tags = c.list_tags_for_resource(ResourceARN=s["ARN"])["TagInfoForResource"]["TagList"]
    check(tags == [{"Key": "k", "Value": "v"}], tags)
    c.delete_ip_set(Name="ips-" + SUFFIX, Scope="REGIONAL", Id=s["Id"], LockToken=s["LockToken"])
    expect_error(lambda: c.get_ip_set(Name="ips-" + SUFFIX, Scope="REGIONAL", Id=s["Id"]),
                 "WAFNonexistentItemException")


def redshift():
    c = client("redshift")
    cid = "rs-" + SUFFIX
    cl = c.create_cluster(ClusterIdentifier=cid, NodeType="dc2.large", MasterUsername="u",
                          MasterUserPassword="Passw0rd!")["Cluster"]
    check(cl["ClusterIdentifier"] == cid, cl)
    check(c.describe_clusters(ClusterIdentifier=cid)["Clusters"][0]["NodeType"] == "dc2.large", "node type")
    check(any(x["ClusterIdentifier"] == cid for x in c.describe_clusters()["Clusters"]), "listed")
    arn = "arn:aws:redshift:us-east-1:000000000000:cluster:" + cid
    c.create_tags(ResourceName=arn, Tags=[{"Key": "k", "Value": "v"}])
    check(c.describe_clusters(ClusterIdentifier=cid)["Clusters"][0]["Tags"] == [{"Key": "k", "Value": "v"}], "tags")
    c.delete_cluster(ClusterIdentifier=cid, SkipFinalClusterSnapshot=True)
    expect_error(lambda: c.describe_clusters(ClusterIdentifier=cid), "ClusterNotFound")


def codecommit():
    c = client("codecommit")
    name = "cc-" + SUFFIX
    meta = c.create_repository(repositoryName=name, repositoryDescription="d")["repositoryMetadata"]
    check(meta["Arn"].startswith("arn:aws:codecommit:us-east-1:000000000000:"), meta)
    check(c.get_repository(repositoryName=name)["repositoryMetadata"]["repositoryDescription"] == "d", "desc")
    check(any(r["repositoryName"] == name for r in c.list_repositories()["repositories"]), "listed")
    c.tag_resource(resourceArn=meta["Arn"], tags={"k": "v"})
    check(c.list_tags_for_resource(resourceArn=meta["Arn"])["tags"] == {"k": "v"}, "tags")
    c.delete_repository(repositoryName=name)
    expect_error(lambda: c.get_repository(repositoryName=name), "RepositoryDoesNotExistException")


def memorydb():
    c = client("memorydb")
    name = "mdb-" + SUFFIX
    cl = c.create_cluster(ClusterName=name, NodeType="db.t4g.small", ACLName="open-access")["Cluster"]
    check(c.describe_clusters(ClusterName=name)["Clusters"][0]["NodeType"] == "db.t4g.small", "node type")
    check(any(x["Name"] == name for x in c.describe_clusters()["Clusters"]), "listed")
    c.tag_resource(ResourceArn=cl["ARN"], Tags=[{"Key": "k", "Value": "v"}])
    check(c.list_tags(ResourceArn=cl["ARN"])["TagList"] == [{"Key": "k", "Value": "v"}], "tags")
    c.delete_cluster(ClusterName=name)
    expect_error(lambda: c.describe_clusters(ClusterName=name), "ClusterNotFoundFault")


SAMPLED = ["ec2", "route53", "cloudformation", "ecs", "athena", "eks", "kafka", "opensearch", "elasticache",
           "appsync", "firehose", "cloudwatch", "efs", "cloudtrail", "backup", "mq", "wafv2", "redshift",
           "codecommit", "memorydb", "acm", "ecr", "ssm", "glue", "cognito-idp", "stepfunctions", "scheduler",
           "apigatewayv2", "rds", "elbv2"]
# services sharing a signing name are told apart by the gateway (REST path, query Version): none needs naming
NAMED = set()


def http_sample():
    """Every read-only operation without required input of the sampled services: botocore must parse each
    answer (a malformed body raises a parser error), and errors must be 4xx or 501, never 500."""
    calls = 0
    problems = []
    for name in SAMPLED:
        c = client(name)
        if name in NAMED:
            c.meta.events.register("before-sign.*.*", lambda request, n=name, **kw:
                                   request.headers.add_header("X-CloudMock-Service", n))
        model = c.meta.service_model
        for op in model.operation_names:
            if not op.startswith(("List", "Describe", "Get")):
                continue
            shape = model.operation_model(op).input_shape
            if shape is not None and shape.required_members:
                continue
            calls += 1
            try:
                getattr(c, botocore.xform_name(op))()
            except ClientError as e:
                status = e.response["ResponseMetadata"].get("HTTPStatusCode", 0)
                if status >= 500 and status != 501:
                    problems.append("%s %s: %s %s" % (name, op, status, e.response["Error"].get("Code")))
            except Exception as e:  # noqa: BLE001 - parse errors and the like are what this sample looks for
                problems.append("%s %s: %s" % (name, op, e))
    if problems:
        raise AssertionError("%d of %d calls failed: %s" % (len(problems), calls, problems[:5]))
    print("sampled %d operations" % calls, file=sys.stderr)


SERVICES = [ec2, route53, cloudformation, ecs, athena, eks, kafka, opensearch, elasticache, appsync, firehose,
            cloudwatch, efs, cloudtrail, backup, mq, wafv2, redshift, codecommit, memorydb, http_sample]

if __name__ == "__main__":
    wanted = set(sys.argv[2:])
    for fn in SERVICES:
        if wanted and fn.__name__ not in wanted:
            continue
        try:
            fn()
            print("RESULT %s OK" % fn.__name__, flush=True)
        except Exception as e:  # noqa: BLE001 - every failure is reported as the service's result
            reason = "%s: %s" % (type(e).__name__, e)
            print("RESULT %s FAIL %s" % (fn.__name__, reason.replace("\n", " ")), flush=True)
            traceback.print_exc(file=sys.stderr)
