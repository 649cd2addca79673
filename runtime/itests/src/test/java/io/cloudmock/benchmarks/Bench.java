package io.cloudmock.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Tiny load driver for the benchmarks: N client threads run an operation for a fixed time (bounded in count
 * and time) and report throughput and latency percentiles. Prints {@code BENCHMARK name key=value ...}.
 */
public final class Bench {

    /** One operation call. */
    public interface Op {
        void run(int thread, long iteration) throws Exception;
    }

    /** Throughput and latencies of one run. */
    public record Result(String name, long calls, double seconds, long p50Micros, long p99Micros, long errors) {
        public double perSecond() {
            return calls / seconds;
        }
    }

    private Bench() {
    }

    public static Result run(String name, int threads, double seconds, long maxCalls, Op op) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long perThread = Math.max(1, maxCalls / threads);
        List<Future<long[]>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit((Callable<long[]>) () -> {
                long[] lat = new long[(int) Math.min(perThread, 2_000_000)];
                int n = 0;
                long errors = 0;
                while (n < lat.length && System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    try {
                        op.run(thread, n);
                    } catch (Exception e) {
                        errors++;
                    }
                    lat[n++] = (System.nanoTime() - t0) / 1000;
                }
                long[] out = Arrays.copyOf(lat, n + 1);
                out[n] = errors;
                return out;
            }));
        }
        List<long[]> all = new ArrayList<>();
        long errors = 0;
        for (Future<long[]> f : futures) {
            long[] r = f.get();
            errors += r[r.length - 1];
            all.add(Arrays.copyOf(r, r.length - 1));
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        Result r = new Result(name, merged.length, elapsed, percentile(merged, 50), percentile(merged, 99), errors);
        report(name, String.format("ops_per_s=%.0f calls=%d p50_us=%d p99_us=%d errors=%d threads=%d",
                r.perSecond(), r.calls(), r.p50Micros(), r.p99Micros(), r.errors(), threads));
        return r;
    }

    public static void report(String name, String figures) {
        System.out.println("BENCHMARK " + name + " " + figures);
    }

    /** Resident set size of a process in MiB (Linux /proc), or -1. */
    public static long rssMiB(long pid) {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (java.io.IOException e) {
            return -1;
        }
        return -1;
    }

    static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
