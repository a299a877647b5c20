package kz.kenes.bench.certificate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Requests per second on the public verification ({@code GET /verify/{number}}) of a running Kenes
 * (docs/performance.md): {@code mvn -q -Pbench-verify process-test-classes
 * -Dbench.baseUrl=http://localhost:9184 -Dbench.number=<a certificate number>
 * -Dbench.concurrency=16 -Dbench.seconds=20 -Dbench.accept=application/json}. Each thread sends
 * requests back to back over its own keep-alive connection; 5 s of warm-up are not counted. Prints
 * the rate, the failures and the p50/p99 latency.
 */
public final class VerifyLoadGenerator {

  private VerifyLoadGenerator() {}

  public static void main(String[] args) throws Exception {
    String base = arg(args, "baseUrl", "http://localhost:9184");
    String number = arg(args, "number", "0000-0000-0000-0000");
    int threads = Integer.parseInt(arg(args, "concurrency", "16"));
    int seconds = Integer.parseInt(arg(args, "seconds", "20"));
    String accept = arg(args, "accept", "application/json");
    URI uri = URI.create(base + "/verify/" + number);
    run(uri, accept, threads, 5, null);
    AtomicLong failures = new AtomicLong();
    long start = System.nanoTime();
    List<long[]> latencies = run(uri, accept, threads, seconds, failures);
    double elapsed = (System.nanoTime() - start) / 1e9;
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    System.out.printf(
        Locale.ROOT,
        "verify %s (%s): %d requests in %.1f s at %d concurrent = %.0f/s, %d failed,"
            + " p50 %.1f ms, p99 %.1f ms%n",
        uri,
        accept,
        all.length,
        elapsed,
        threads,
        all.length / elapsed,
        failures.get(),
        all.length == 0 ? 0 : all[all.length / 2] / 1e6,
        all.length == 0 ? 0 : all[(int) (all.length * 0.99)] / 1e6);
  }

  private static List<long[]> run(
      URI uri, String accept, int threads, int seconds, AtomicLong failures) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Future<long[]>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(
          pool.submit(
              () -> {
                HttpClient client =
                    HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
                HttpRequest request =
                    HttpRequest.newBuilder(uri).header("Accept", accept).GET().build();
                long[] times = new long[1 << 20];
                int n = 0;
                while (System.nanoTime() < end && n < times.length) {
                  long t0 = System.nanoTime();
                  HttpResponse<byte[]> response =
                      client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                  times[n++] = System.nanoTime() - t0;
                  if (failures != null && response.statusCode() >= 500) {
                    failures.incrementAndGet();
                  }
                }
                return Arrays.copyOf(times, n);
              }));
    }
    List<long[]> results = new ArrayList<>();
    for (Future<long[]> f : futures) {
      results.add(f.get());
    }
    pool.shutdown();
    return results;
  }

  private static String arg(String[] args, String name, String fallback) {
    for (String a : args) {
      if (a.startsWith("--" + name + "=")) {
        return a.substring(name.length() + 3);
      }
    }
    return fallback;
  }
}
