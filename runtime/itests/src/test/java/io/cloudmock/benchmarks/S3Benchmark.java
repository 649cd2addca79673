package io.cloudmock.benchmarks;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.cloudmock.itests.CloudMockProcess;

/**
 * S3 figures: PutObject and GetObject of 1 KiB objects with 16 concurrent clients (ops/s, p50/p99), and a 1 GiB
 * single-stream upload and download (MiB/s) with the peak RSS of the CloudMock process during the transfer.
 * Requests are plain path-style HTTP (unsigned, as with {@code --iam-mode off}) so the client costs little CPU
 * on this shared machine; the server runs its full pipeline (routing, codec, MD5, index, blob files).
 */
class S3Benchmark {

    private static final int THREADS = 16;
    private static final long GIB = 1024L * 1024 * 1024;

    @Test
    void smallObjectsAndOneGibTransfers() throws Exception {
        CloudMockProcess cm = CloudMockProcess.start(List.of());
        try {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            URI base = cm.endpoint();
            send(http, HttpRequest.newBuilder(base.resolve("/bench")).PUT(HttpRequest.BodyPublishers.noBody()));
            byte[] kib = new byte[1024];
            new java.util.Random(1).nextBytes(kib);
            for (int i = 0; i < 2000; i++) {
                send(http, HttpRequest.newBuilder(base.resolve("/bench/warm/" + (i % 200)))
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(kib)));
            }
            Bench.run("s3.PutObject.1KiB", THREADS, 10, 2_000_000, (t, i) -> send(http,
                    HttpRequest.newBuilder(base.resolve("/bench/small/" + t + "/" + (i % 1000)))
                            .PUT(HttpRequest.BodyPublishers.ofByteArray(kib))));
            Bench.run("s3.GetObject.1KiB", THREADS, 10, 2_000_000, (t, i) -> {
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(
                        base.resolve("/bench/warm/" + ((t * 7919 + i) % 200))).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200 || r.body().length != 1024) {
                    throw new IllegalStateException("GET " + r.statusCode());
                }
            });
            Bench.report("s3.idle", "rss_mib=" + Bench.rssMiB(cm.pid()));

            AtomicLong peak = new AtomicLong();
            AtomicBoolean sampling = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (sampling.get()) {
                    peak.accumulateAndGet(Bench.rssMiB(cm.pid()), Math::max);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.start();
            long t0 = System.nanoTime();
            send(http, HttpRequest.newBuilder(base.resolve("/bench/one-gib.bin")).PUT(
                    HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                            () -> new PatternStream(GIB)), GIB)));
            double up = (System.nanoTime() - t0) / 1e9;
            long uploadPeak = peak.getAndSet(0);
            t0 = System.nanoTime();
            HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(base.resolve("/bench/one-gib.bin")).GET()
                    .build(), HttpResponse.BodyHandlers.ofInputStream());
            long read = 0;
            try (InputStream in = r.body()) {
                byte[] buf = new byte[1 << 18];
                int n;
                while ((n = in.read(buf)) >= 0) {
                    read += n;
                }
            }
            double down = (System.nanoTime() - t0) / 1e9;
            sampling.set(false);
            sampler.join();
            if (read != GIB) {
                throw new IllegalStateException("downloaded " + read + " bytes");
            }
            Bench.report("s3.upload.1GiB", String.format("mib_per_s=%.0f seconds=%.1f peak_rss_mib=%d",
                    1024 / up, up, uploadPeak));
            Bench.report("s3.download.1GiB", String.format("mib_per_s=%.0f seconds=%.1f peak_rss_mib=%d",
                    1024 / down, down, peak.get()));
        } finally {
            cm.close();
        }
    }

    private static void send(HttpClient http, HttpRequest.Builder request) throws Exception {
        HttpResponse<Void> r = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(request.build().method() + " " + r.statusCode());
        }
    }

    /** {@code length} bytes of a repeating pattern, generated on the fly (no file, no big array). */
    private static final class PatternStream extends InputStream {
        private final byte[] block = new byte[1 << 16];
        private long remaining;

        PatternStream(long length) {
            this.remaining = length;
            new java.util.Random(3).nextBytes(block);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (remaining == 0) {
                return -1;
            }
            int n = (int) Math.min(Math.min(len, remaining), block.length);
            System.arraycopy(block, 0, b, off, n);
            remaining -= n;
            return n;
        }
    }
}
