package kz.kenes.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load generator for the whole LTI launch: it plays the platform (its own key set on a local HTTP
 * server, registered through Kenes's admin API, an id_token signed for each login with the state's
 * nonce) and the browsers (one HTTP client and cookie jar per virtual user), and drives login →
 * id_token → launch → landing against a running Kenes at a fixed concurrency for a bounded time. It
 * reports completed flows per second, failed flows, flow latency percentiles and its own CPU share.
 * See docs/performance.md; run it with the Maven profile {@code bench-load}.
 *
 * <pre>
 * mvn -q -Pbench-load process-test-classes -Dbench.concurrency=50 -Dbench.seconds=30
 * </pre>
 */
public final class LaunchFlowLoadGenerator {

  private final BenchOptions options;
  private final HttpClient admin;

  private LaunchFlowLoadGenerator(BenchOptions options) {
    this.options = options;
    this.admin =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(options.requestTimeout())
            .build();
  }

  public static void main(String[] args) throws Exception {
    new LaunchFlowLoadGenerator(BenchOptions.parse(args)).run();
  }

  private void run() throws Exception {
    requireReady();
    String runId = Long.toString(System.currentTimeMillis(), 36) + new SecureRandom().nextInt(1000);
    try (BenchPlatform platform = BenchPlatform.start(runId)) {
      long registration = platform.register(admin, options);
      System.out.println(
          "Registered the load generator's platform as registration " + registration);
      try {
        LaunchFlow flow = probe(platform);
        Outcome outcome = load(flow);
        LoadReport.print(options, flow.landing(), outcome, platform.jwksRequests());
        long failed = outcome.failed() + outcome.warmupFailures() + outcome.lateFailures();
        if (failed > 0) {
          throw new IllegalStateException(failed + " flows failed, see the report above");
        }
      } finally {
        if (!options.keepRegistration()) {
          int status = platform.unregister(admin, options, registration);
          System.out.println("Deleted registration " + registration + " (HTTP " + status + ")");
        }
      }
    }
  }

  private void requireReady() throws IOException, InterruptedException {
    URI ready = URI.create(options.baseUrl() + "/health/ready");
    HttpResponse<String> response =
        admin.send(
            HttpRequest.newBuilder(ready).timeout(options.requestTimeout()).build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          ready + " answered " + response.statusCode() + ": Kenes is not ready for a load run");
    }
  }

  /**
   * One flow before the load: checks the set-up end to end and, with {@code landing=auto}, falls
   * back to {@code GET /api/me} when this build has no landing page ({@code /app} answers 404).
   */
  private LaunchFlow probe(BenchPlatform platform) throws InterruptedException {
    BenchOptions.Landing first =
        options.landing() == BenchOptions.Landing.ME
            ? BenchOptions.Landing.ME
            : BenchOptions.Landing.APP;
    LaunchFlow flow = new LaunchFlow(options, platform, first);
    LaunchFlow.VirtualUser user = LaunchFlow.VirtualUser.create(0, options);
    long[] steps = new long[LaunchFlow.Step.values().length];
    try {
      boolean cookie = flow.run(user, steps);
      if (options.cookies() && !cookie) {
        System.out.println("Note: the state cookie was not in the cookie jar at the launch.");
      }
      return flow;
    } catch (LaunchFlow.FlowFailure failure) {
      boolean noLandingPage =
          failure.step == LaunchFlow.Step.LANDING
              && failure.status == 404
              && options.landing() == BenchOptions.Landing.AUTO;
      if (!noLandingPage) {
        throw new IllegalStateException("the probe launch failed: " + failure.getMessage());
      }
    }
    System.out.println(
        "Note: /app answered 404 on this build (no landing page yet); each flow ends with"
            + " GET /api/me with the session token instead.");
    LaunchFlow me = new LaunchFlow(options, platform, BenchOptions.Landing.ME);
    try {
      me.run(user, steps);
      return me;
    } catch (LaunchFlow.FlowFailure failure) {
      throw new IllegalStateException("the probe launch failed: " + failure.getMessage());
    }
  }

  /** What the measured window produced. */
  record Outcome(
      List<FlowRecorder> recorders,
      Duration window,
      long warmupFlows,
      long warmupFailures,
      long lateFlows,
      long lateFailures,
      Map<String, Long> failuresByKind,
      List<String> failureSamples,
      CpuMeter.Usage cpu) {

    long completed() {
      return recorders.stream().mapToLong(FlowRecorder::completed).sum();
    }

    long failed() {
      return recorders.stream().mapToLong(FlowRecorder::failed).sum();
    }
  }

  private Outcome load(LaunchFlow flow) throws InterruptedException {
    List<LaunchFlow.VirtualUser> users = new ArrayList<>();
    for (int i = 1; i <= options.users(); i++) {
      users.add(LaunchFlow.VirtualUser.create(i, options));
    }
    long start = System.nanoTime();
    long warmupEnd = start + options.warmup().toNanos();
    long end = warmupEnd + options.measured().toNanos();
    Window window = new Window(warmupEnd, end, options.maxFlows());
    List<FlowRecorder> recorders = new ArrayList<>();
    ExecutorService workers =
        Executors.newFixedThreadPool(
            options.concurrency(),
            r -> {
              Thread t = new Thread(r, "virtual-users");
              t.setDaemon(true);
              return t;
            });
    for (int w = 0; w < options.concurrency(); w++) {
      FlowRecorder recorder = new FlowRecorder();
      recorders.add(recorder);
      List<LaunchFlow.VirtualUser> mine = new ArrayList<>();
      for (int u = w; u < users.size(); u += options.concurrency()) {
        mine.add(users.get(u));
      }
      workers.execute(() -> drive(flow, mine, recorder, window));
    }
    workers.shutdown();
    System.out.printf(
        Locale.ROOT,
        "Running %d virtual users at concurrency %d: %d s warm-up, then %d s measured%n",
        options.users(),
        options.concurrency(),
        options.warmup().toSeconds(),
        options.measured().toSeconds());
    CpuMeter cpu = new CpuMeter();
    workers.awaitTermination(Math.max(0, warmupEnd - System.nanoTime()), TimeUnit.NANOSECONDS);
    cpu.start();
    long grace = options.requestTimeout().toNanos() * 3;
    boolean finished =
        workers.awaitTermination(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
    long windowEnd = Math.min(end, System.nanoTime());
    cpu.stop();
    if (!finished && !workers.awaitTermination(grace, TimeUnit.NANOSECONDS)) {
      workers.shutdownNow();
      System.out.println("Note: some flows were still running after the window and were cut off.");
    }
    return new Outcome(
        recorders,
        Duration.ofNanos(Math.max(0, windowEnd - warmupEnd)),
        window.warmupFlows.get(),
        window.warmupFailures.get(),
        window.lateFlows.get(),
        window.lateFailures.get(),
        FlowRecorder.failuresByKind(recorders),
        window.samples(),
        cpu.usage());
  }

  /** The time window and flow budget shared by all workers, and what fell outside it. */
  private static final class Window {
    final long measureFrom;
    final long measureUntil;
    final long maxFlows;
    final AtomicLong started = new AtomicLong();
    final AtomicLong warmupFlows = new AtomicLong();
    final AtomicLong warmupFailures = new AtomicLong();
    final AtomicLong lateFlows = new AtomicLong();
    final AtomicLong lateFailures = new AtomicLong();
    private final List<String> samples = new ArrayList<>();

    Window(long measureFrom, long measureUntil, long maxFlows) {
      this.measureFrom = measureFrom;
      this.measureUntil = measureUntil;
      this.maxFlows = maxFlows;
    }

    boolean mayStart() {
      return System.nanoTime() < measureUntil && started.incrementAndGet() <= maxFlows;
    }

    synchronized void sample(LaunchFlow.FlowFailure failure) {
      if (samples.size() < 10) {
        samples.add(failure.getMessage());
      }
    }

    synchronized List<String> samples() {
      return List.copyOf(samples);
    }
  }

  private static void drive(
      LaunchFlow flow, List<LaunchFlow.VirtualUser> users, FlowRecorder recorder, Window window) {
    long[] steps = new long[LaunchFlow.Step.values().length];
    int next = 0;
    while (window.mayStart() && !Thread.currentThread().isInterrupted()) {
      LaunchFlow.VirtualUser user = users.get(next++ % users.size());
      long begin = System.nanoTime();
      LaunchFlow.FlowFailure failure = null;
      try {
        flow.run(user, steps);
      } catch (LaunchFlow.FlowFailure f) {
        failure = f;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      long done = System.nanoTime();
      if (done < window.measureFrom) {
        (failure == null ? window.warmupFlows : window.warmupFailures).incrementAndGet();
        if (failure != null) {
          window.sample(failure);
        }
      } else if (done > window.measureUntil) {
        (failure == null ? window.lateFlows : window.lateFailures).incrementAndGet();
        if (failure != null) {
          window.sample(failure);
        }
      } else if (failure == null) {
        recorder.success(done - begin, steps);
      } else {
        recorder.failure(failure);
        window.sample(failure);
      }
    }
  }
}
