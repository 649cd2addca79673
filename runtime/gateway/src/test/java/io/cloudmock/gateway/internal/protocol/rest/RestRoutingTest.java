package io.cloudmock.gateway.internal.protocol.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.cloudmock.gateway.internal.http.HttpRequestData;
import io.cloudmock.gateway.internal.protocol.support.Models;

/** Operation resolution by URI template against the real models: the most specific template wins. */
class RestRoutingTest {

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "s3|GET|/|ListBuckets",
        "s3|GET|/bucket|ListObjects",
        "s3|GET|/bucket/|ListObjects",
        "s3|GET|/bucket?list-type=2&prefix=a|ListObjectsV2",
        "s3|GET|/bucket?uploads|ListMultipartUploads",
        "s3|GET|/bucket?versions|ListObjectVersions",
        "s3|GET|/bucket?acl|GetBucketAcl",
        "s3|GET|/bucket?location|GetBucketLocation",
        "s3|PUT|/bucket|CreateBucket",
        "s3|HEAD|/bucket|HeadBucket",
        "s3|DELETE|/bucket|DeleteBucket",
        "s3|POST|/bucket?delete|DeleteObjects",
        "s3|PUT|/bucket/dir/key.txt|PutObject",
        "s3|GET|/bucket/dir/key.txt|GetObject",
        "s3|GET|/bucket/key?x-id=GetObject|GetObject",
        "s3|HEAD|/bucket/key|HeadObject",
        "s3|DELETE|/bucket/key|DeleteObject",
        "s3|GET|/bucket/key?acl|GetObjectAcl",
        "s3|GET|/bucket/key?tagging|GetObjectTagging",
        "s3|POST|/bucket/key?uploads|CreateMultipartUpload",
        "s3|PUT|/bucket/key?partNumber=1&uploadId=u|UploadPart",
        "s3|POST|/bucket/key?uploadId=u|CompleteMultipartUpload",
        "s3|DELETE|/bucket/key?uploadId=u|AbortMultipartUpload",
        "s3|GET|/bucket/key?uploadId=u|ListParts",
        "route53|POST|/2013-04-01/hostedzone|CreateHostedZone",
        "route53|GET|/2013-04-01/hostedzone|ListHostedZones",
        "route53|GET|/2013-04-01/hostedzone/Z123|GetHostedZone",
        "route53|DELETE|/2013-04-01/hostedzone/Z123|DeleteHostedZone",
        "route53|POST|/2013-04-01/hostedzone/Z123/rrset/|ChangeResourceRecordSets",
        "route53|GET|/2013-04-01/hostedzone/Z123/rrset|ListResourceRecordSets",
        "route53|GET|/2013-04-01/hostedzonecount|GetHostedZoneCount",
        "lambda|POST|/2015-03-31/functions|CreateFunction",
        "lambda|GET|/2015-03-31/functions/|ListFunctions",
        "lambda|GET|/2015-03-31/functions/my-fn|GetFunction",
        "lambda|POST|/2015-03-31/functions/my-fn/invocations|Invoke",
        "lambda|GET|/2015-03-31/functions/my-fn/configuration|GetFunctionConfiguration",
        "lambda|PUT|/2015-03-31/functions/my-fn/code|UpdateFunctionCode",
        "lambda|DELETE|/2015-03-31/functions/my-fn|DeleteFunction",
        "apigateway|GET|/restapis|GetRestApis",
        "apigateway|POST|/restapis|CreateRestApi",
        "apigateway|GET|/restapis/abc|GetRestApi",
        "apigateway|GET|/restapis/abc/resources|GetResources",
        "apigateway|PUT|/restapis/abc/resources/r1/methods/GET|PutMethod",
        "eks|POST|/clusters|CreateCluster",
        "eks|GET|/clusters|ListClusters",
        "eks|GET|/clusters/prod|DescribeCluster",
        "eks|GET|/clusters/prod/node-groups|ListNodegroups",
        "eks|GET|/clusters/prod/node-groups/ng1|DescribeNodegroup",
        "lambda|GET|/no/such/path|null",
    })
    void resolves(String service, String method, String uri, String expected) {
        HttpRequestData request = HttpRequestData.of(method, uri, Map.of(), new byte[0]);
        RestRouter.Match m = RestRouter.of(Models.of(service)).resolve(request);
        assertEquals(expected, m == null ? null : m.operation().name());
    }
}
