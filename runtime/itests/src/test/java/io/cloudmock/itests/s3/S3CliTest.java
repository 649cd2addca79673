package io.cloudmock.itests.s3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.cloudmock.itests.CloudMockProcess;
import io.cloudmock.itests.Http;

/** The AWS CLI: {@code aws s3 sync} both ways, a 100 MiB multipart {@code aws s3 cp}, {@code aws s3 presign}. */
class S3CliTest {

    private final CloudMockProcess cm = CloudMockProcess.shared();

    private String aws(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("aws", "--endpoint-url", cm.endpoint().toString()));
        cmd.addAll(List.of(args));
        if (List.of("cp", "sync").contains(args[1])) {
            cmd.add("--only-show-errors");
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(Map.of("AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test",
                "AWS_DEFAULT_REGION", "us-east-1", "AWS_PAGER", ""));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "aws " + String.join(" ", args) + ": " + out);
        return out.trim();
    }

    @Test
    void syncUpAndDownIsByteIdentical() throws Exception {
        Path src = Files.createTempDirectory("s3-sync-src");
        Random r = new Random(11);
        for (String f : List.of("top.txt", "a/b/deep file.bin", "a/ünï cødé.txt", "c/plus+sign.dat", "c/empty")) {
            Path p = src.resolve(f);
            Files.createDirectories(p.getParent());
            byte[] data = new byte[f.equals("c/empty") ? 0 : r.nextInt(200_000) + 1];
            r.nextBytes(data);
            Files.write(p, data);
        }
        String bucket = S3Clients.bucket("cli-sync");
        aws("s3", "mb", "s3://" + bucket);
        aws("s3", "sync", src.toString(), "s3://" + bucket + "/tree");
        Path back = Files.createTempDirectory("s3-sync-back");
        aws("s3", "sync", "s3://" + bucket + "/tree", back.toString());
        assertEquals(digests(src), digests(back));
        assertTrue(aws("s3", "ls", "--recursive", "s3://" + bucket).contains("tree/a/b/deep file.bin"));
    }

    @Test
    void copyOfA100MiBFileUsesMultipartAndComesBackIdentical() throws Exception {
        Path file = Files.createTempFile("s3-cli-big", ".bin");
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Random r = new Random(5);
        byte[] chunk = new byte[1024 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 100; i++) {
                r.nextBytes(chunk);
                sha.update(chunk);
                out.write(chunk);
            }
        }
        String bucket = S3Clients.bucket("cli-big");
        aws("s3", "mb", "s3://" + bucket);
        aws("s3", "cp", file.toString(), "s3://" + bucket + "/big.bin");
        String head = aws("s3api", "head-object", "--bucket", bucket, "--key", "big.bin");
        assertTrue(head.matches("(?s).*\"ETag\": \"\\\\\"[0-9a-f]{32}-\\d+\\\\\"\".*"), head);
        Path back = Files.createTempFile("s3-cli-big-back", ".bin");
        aws("s3", "cp", "s3://" + bucket + "/big.bin", back.toString());
        assertArrayEquals(sha.digest(), sha256(back));
        Files.delete(file);
        Files.delete(back);
    }

    @Test
    void presignedUrlServesAPlainHttpGet() throws Exception {
        String bucket = S3Clients.bucket("cli-presign");
        aws("s3", "mb", "s3://" + bucket);
        Path f = Files.createTempFile("presign", ".txt");
        Files.writeString(f, "presigned content");
        aws("s3", "cp", f.toString(), "s3://" + bucket + "/share me.txt");
        String url = aws("s3", "presign", "s3://" + bucket + "/share me.txt", "--expires-in", "300");
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(url)).GET());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("presigned content", r.body());
    }

    private static Map<String, String> digests(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.put(root.relativize(p).toString(), java.util.HexFormat.of().formatHex(sha256(p)));
            }
        }
        return out;
    }

    private static byte[] sha256(Path p) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (var in = Files.newInputStream(p)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return md.digest();
    }
}
