package io.cloudmock.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import io.cloudmock.itests.AwsClients;
import io.cloudmock.itests.CloudMockProcess;
import software.amazon.awssdk.services.acm.AcmClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * Figures of the Tier 2 stub engine: the first call to a service (its model loads and its catalog is derived
 * then), steady-state calls per second and latency of a stateful describe and of create+delete, and the memory
 * the process holds before and after the first calls.
 */
class Tier2Benchmark {

    @Test
    void firstCallsAndSteadyState() throws Exception {
        try (CloudMockProcess cm = CloudMockProcess.start(List.of());
             AcmClient acm = AwsClients.create(AcmClient.builder(), cm.endpoint());
             EcrClient ecr = AwsClients.create(EcrClient.builder(), cm.endpoint());
             SsmClient ssm = AwsClients.create(SsmClient.builder(), cm.endpoint());
             GlueClient glue = AwsClients.create(GlueClient.builder(), cm.endpoint());
             SfnClient sfn = AwsClients.create(SfnClient.builder(), cm.endpoint());
             CognitoIdentityProviderClient idp = AwsClients.create(CognitoIdentityProviderClient.builder(), cm.endpoint());
             SchedulerClient scheduler = AwsClients.create(SchedulerClient.builder(), cm.endpoint());
             RdsClient rds = AwsClients.create(RdsClient.builder(), cm.endpoint())) {
            Bench.report("tier2_rss_after_boot", "cloudmock_mib=" + Bench.rssMiB(cm.pid()));
            Map<String, Callable<Object>> first = new LinkedHashMap<>();
            first.put("acm", () -> acm.listCertificates(r -> { }));
            first.put("ecr", () -> ecr.describeRepositories(r -> { }));
            first.put("ssm", () -> ssm.describeParameters(r -> { }));
            first.put("glue", () -> glue.getDatabases(r -> { }));
            first.put("sfn", () -> sfn.listStateMachines(r -> { }));
            first.put("cognito-idp", () -> idp.listUserPools(r -> r.maxResults(10)));
            first.put("scheduler", () -> scheduler.listSchedules(r -> { }));
            first.put("rds", () -> rds.describeDBInstances(r -> { }));
            long total = 0;
            for (Map.Entry<String, Callable<Object>> e : first.entrySet()) {
                long t0 = System.nanoTime();
                e.getValue().call();
                long micros = (System.nanoTime() - t0) / 1000;
                total += micros;
                long t1 = System.nanoTime();
                e.getValue().call();
                Bench.report("tier2_first_call_" + e.getKey(), "first_us=" + micros + " second_us="
                        + (System.nanoTime() - t1) / 1000);
            }
            Bench.report("tier2_first_calls_total", "services=" + first.size() + " total_ms=" + total / 1000);
            Bench.report("tier2_rss_after_first_calls", "cloudmock_mib=" + Bench.rssMiB(cm.pid()));
            for (int i = 0; i < 50; i++) {
                int n = i;
                ecr.createRepository(r -> r.repositoryName("bench-" + n));
            }
            for (int i = 0; i < 500; i++) {
                ecr.describeRepositories(r -> r.repositoryNames("bench-7"));
            }
            Bench.run("tier2_ecr_describe_1thread", 1, 6, 50_000,
                    (t, n) -> ecr.describeRepositories(r -> r.repositoryNames("bench-7")));
            Bench.run("tier2_ecr_create_delete_4threads", 4, 6, 200_000, (t, n) -> {
                String name = "cd-" + t + "-" + n;
                ecr.createRepository(r -> r.repositoryName(name));
                ecr.deleteRepository(r -> r.repositoryName(name));
            });
            ssm.putParameter(r -> r.name("/bench/p").value("v").type("String"));
            Bench.run("tier2_ssm_get_parameter_1thread", 1, 4, 50_000, (t, n) -> ssm.getParameter(r -> r.name("/bench/p")));
            Bench.report("tier2_rss_end", "cloudmock_mib=" + Bench.rssMiB(cm.pid()));
        }
    }
}
