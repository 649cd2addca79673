package io.cloudmock.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmock.itests.CloudMockProcess;
import io.cloudmock.itests.Http;
import io.cloudmock.itests.grpc.JavaTestPlugin;
import io.cloudmock.itests.grpc.PythonPlugin;

/**
 * Added latency of a call bridged to an external gRPC plugin versus the same call served in-process, and calls/s
 * through the bridge. In-process: the {@code myservice-plugin} example bundle dropped into the deploy folder
 * ({@code MyService_20260101.ListWidgets}); bridged: a Java gRPC plugin in this JVM answering the same empty list
 * ({@code BenchService_20260101.ListWidgets}, service {@code benchsvc} so the two do not collide).
 */
class GrpcBridgeBenchmark {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void bridgedVersusInProcess() throws Exception {
        try (CloudMockProcess cm = CloudMockProcess.start(List.of());
             JavaTestPlugin plugin = JavaTestPlugin.start("benchsvc", 0, "ListWidgets")) {
            Files.copy(myServiceJar(), cm.deployDir().resolve("myservice-plugin.jar"));
            String entry = "{\"name\":\"bench\",\"type\":\"grpc\",\"address\":\"127.0.0.1:" + plugin.port()
                    + "\",\"target_prefix\":\"BenchService_20260101\"}";
            HttpResponse<String> added = Http.post(cm.adminEndpoint().resolve("/api/plugins"), "application/json", entry);
            if (added.statusCode() != 201) {
                throw new AssertionError(added.body());
            }
            HttpRequest inProcess = request(cm.endpoint(), "MyService_20260101.ListWidgets");
            HttpRequest bridged = request(cm.endpoint(), "BenchService_20260101.ListWidgets");
            awaitOk(inProcess);
            awaitOk(bridged);
            for (int i = 0; i < 1500; i++) {
                call(inProcess);
                call(bridged);
            }
            Bench.Result local = Bench.run("grpc_bridge_inprocess_1thread", 1, 8, 4000, (t, n) -> call(inProcess));
            Bench.Result remote = Bench.run("grpc_bridge_bridged_1thread", 1, 8, 4000, (t, n) -> call(bridged));
            Bench.report("grpc_bridge_added_latency", String.format("p50_us=%d p99_us=%d",
                    remote.p50Micros() - local.p50Micros(), remote.p99Micros() - local.p99Micros()));
            Bench.run("grpc_bridge_inprocess_4threads", 4, 6, 200_000, (t, n) -> call(inProcess));
            Bench.run("grpc_bridge_bridged_4threads", 4, 6, 200_000, (t, n) -> call(bridged));
            Bench.report("grpc_bridge_rss", "cloudmock_mib=" + Bench.rssMiB(cm.pid()));
            Http.delete(cm.adminEndpoint().resolve("/api/plugins/bench"));
            pythonPlugin(cm);
        }
    }

    /** The plugin guide's Python plugin (grpcio's default 4 worker threads): what a typical plugin sustains. */
    private static void pythonPlugin(CloudMockProcess cm) throws Exception {
        try (PythonPlugin py = PythonPlugin.prepare(CloudMockProcess.freePort()).start()) {
            String entry = "{\"name\":\"pybench\",\"type\":\"grpc\",\"address\":\"127.0.0.1:" + py.port()
                    + "\",\"target_prefix\":\"PyBench_20260101\"}";
            // the Python plugin registers as "myservice": drop the in-process one first
            Files.delete(cm.deployDir().resolve("myservice-plugin.jar"));
            HttpRequest list = request(cm.endpoint(), "PyBench_20260101.ListWidgets");
            Http.post(cm.adminEndpoint().resolve("/api/plugins"), "application/json", entry);
            awaitOk(list);
            for (int i = 0; i < 500; i++) {
                call(list);
            }
            Bench.run("grpc_bridge_python_1thread", 1, 5, 3000, (t, n) -> call(list));
            Bench.run("grpc_bridge_python_4threads", 4, 5, 100_000, (t, n) -> call(list));
            Http.delete(cm.adminEndpoint().resolve("/api/plugins/pybench"));
        }
    }

    private static HttpRequest request(URI endpoint, String target) {
        return HttpRequest.newBuilder(endpoint.resolve("/")).header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", target).POST(HttpRequest.BodyPublishers.ofString("{}")).build();
    }

    private static void call(HttpRequest r) throws Exception {
        HttpResponse<String> response = CLIENT.send(r, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
    }

    /** FileInstall picks the drop-in up within a poll interval or two. */
    private static void awaitOk(HttpRequest r) throws Exception {
        for (int i = 0; i < 300; i++) {
            if (CLIENT.send(r, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("never answered: " + r.headers().firstValue("X-Amz-Target").orElse(""));
    }

    private static Path myServiceJar() throws Exception {
        Path target = CloudMockProcess.repo().resolve("services-tier1/myservice-plugin/target");
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "myservice-plugin-*.jar")) {
            for (Path p : jars) {
                return p;
            }
        }
        throw new IllegalStateException("build services-tier1/myservice-plugin first");
    }
}
