package kz.kenes.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Load generator for the whole LTI launch: it plays the platform (its own key set on a local HTTP
 * server, registered through Kenes's admin API, an id_token signed for each login with the state's
 * nonce) and the browsers (one HTTP client and cookie jar per virtual user), and drives login →
 * id_token → launch → landing against a running Kenes at a fixed concurrency for a bounded time. It
 * reports completed flows per second, failed flows, flow latency percentiles and its own CPU share.
 * Each flow launches either the virtual user's returning learner or, with {@code --visits=first}, a
 * person Kenes has never seen ({@link BenchUsers}); with {@code --windows-seconds} the measured
 * time is also reported window by window, and with {@code --wait-ready-seconds} the generator waits
 * for {@code /health/ready} and counts its time from the moment it answered (a cold start). With
 * {@code --login-base-url} each flow's login goes to another node than its launch and landing, and
 * {@code --removal-check-seconds} then measures how long the launch node still accepts the
 * registration once the login node deleted it ({@link RegistrationRemovalCheck};
 * scripts/reliability/two-nodes.sh). See docs/performance.md and docs/reliability.md; run it with
 * the Maven profile {@code bench-load}.
 *
 * <pre>
 * mvn -q -Pbench-load process-test-classes -Dbench.concurrency=50 -Dbench.seconds=30
 * mvn -q -Pbench-load process-test-classes -Dbench.concurrency=50 -Dbench.visits=first
 * mvn -q -Pbench-load process-test-classes -Dbench.concurrency=50 -Dbench.seconds=60 \
 *     -Dbench.warmupSeconds=0 -Dbench.windowSeconds=10 -Dbench.waitReadySeconds=300
 * </pre>
 */
public final class LaunchFlowLoadGenerator {

  /** The cold-start figure: the average over the first this long, when the run covers it. */
  static final Duration FIRST = Duration.ofSeconds(60);

  private static final Duration READY_POLL_TIMEOUT = Duration.ofSeconds(2);

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
    long ready = options.waitReady().isZero() ? requireReady() : waitReady();
    String runId = Long.toString(System.currentTimeMillis(), 36) + new SecureRandom().nextInt(1000);
    BenchUsers people = BenchUsers.of(options, runId);
    try (BenchPlatform platform = BenchPlatform.start(runId)) {
      long registration = platform.register(admin, options);
      System.out.println(
          "Registered the load generator's platform as registration " + registration);
      boolean removed = false;
      try {
        LaunchFlow flow = probe(platform, people);
        long setUp = System.nanoTime() - ready;
        LoadRun.Outcome outcome = load(flow, ready);
        report(flow.landing(), platform.jwksRequests(), people, setUp, outcome)
            .print(options.concurrency(), options.warmup().toSeconds(), outcome);
        long failed = outcome.failedInAll();
        if (!options.removalCheck().isZero()) {
          removed = true;
          RegistrationRemovalCheck.Result removal =
              new RegistrationRemovalCheck(options, platform, people).run(admin, registration);
          if (!removal.passed(options.removalBound().toSeconds())) {
            throw new IllegalStateException(
                "the registration deleted on "
                    + options.loginBaseUrl()
                    + " was not refused by "
                    + options.baseUrl()
                    + " within "
                    + options.removalBound().toSeconds()
                    + " s, or errors were seen: see the report above"
                    + (failed > 0 ? "; and " + failed + " flows failed" : ""));
          }
        }
        if (failed > 0) {
          throw new IllegalStateException(failed + " flows failed, see the report above");
        }
      } finally {
        if (!options.keepRegistration() && !removed) {
          int status = platform.unregister(admin, options, registration);
          System.out.println("Deleted registration " + registration + " (HTTP " + status + ")");
        }
      }
    }
  }

  /** Asks {@code /health/ready} once; returns the {@link System#nanoTime()} of its 200. */
  private long requireReady() throws IOException, InterruptedException {
    URI ready = URI.create(options.baseUrl() + "/health/ready");
    HttpResponse<String> response =
        admin.send(
            HttpRequest.newBuilder(ready).timeout(options.requestTimeout()).build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          ready + " answered " + response.statusCode() + ": Kenes is not ready for a load run");
    }
    return System.nanoTime();
  }

  /**
   * Polls {@code /health/ready} every 50 ms until it answers 200, for at most {@code
   * --wait-ready-seconds} (refused connections and other statuses mean: not yet); returns the
   * {@link System#nanoTime()} of the 200, from which the run's time is counted.
   */
  private long waitReady() throws InterruptedException {
    URI ready = URI.create(options.baseUrl() + "/health/ready");
    long begin = System.nanoTime();
    long deadline = begin + options.waitReady().toNanos();
    System.out.printf(
        Locale.ROOT,
        "Waiting up to %d s for %s to answer 200%n",
        options.waitReady().toSeconds(),
        ready);
    String last = "no answer yet";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<Void> response =
            admin.send(
                HttpRequest.newBuilder(ready).timeout(READY_POLL_TIMEOUT).build(),
                HttpResponse.BodyHandlers.discarding());
        long answered = System.nanoTime();
        if (response.statusCode() == 200) {
          System.out.printf(
              Locale.ROOT,
              "%s answered 200 after %.1f s of waiting; the run's clock starts now%n",
              ready,
              (answered - begin) / 1e9);
          return answered;
        }
        last = "HTTP " + response.statusCode();
      } catch (IOException e) {
        last = e.getClass().getSimpleName();
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException(
        ready
            + " did not answer 200 within "
            + options.waitReady().toSeconds()
            + " s (last: "
            + last
            + ")");
  }

  /**
   * One flow before the load: checks the set-up end to end and, with {@code landing=auto}, falls
   * back to {@code GET /api/me} when this build has no landing page ({@code /app} answers 404).
   */
  private LaunchFlow probe(BenchPlatform platform, BenchUsers people) throws InterruptedException {
    BenchOptions.Landing first =
        options.landing() == BenchOptions.Landing.ME
            ? BenchOptions.Landing.ME
            : BenchOptions.Landing.APP;
    LaunchFlow flow = new LaunchFlow(options, platform, people, first);
    LaunchFlow.VirtualUser user = LaunchFlow.VirtualUser.create(0, options);
    long[] steps = new long[LaunchFlow.Step.values().length];
    try {
      boolean cookie = flow.run(user, steps);
      if (options.cookies() && !cookie) {
        System.out.println("Note: the state cookie was not in the cookie jar at the launch.");
      }
      return flow;
    } catch (FlowFailure failure) {
      boolean noLandingPage =
          failure.step.equals("landing")
              && failure.status == 404
              && options.landing() == BenchOptions.Landing.AUTO;
      if (!noLandingPage) {
        throw new IllegalStateException("the probe launch failed: " + failure.getMessage());
      }
    }
    System.out.println(
        "Note: /app answered 404 on this build (no landing page yet); each flow ends with"
            + " GET /api/me with the session token instead.");
    LaunchFlow me = new LaunchFlow(options, platform, people, BenchOptions.Landing.ME);
    try {
      me.run(user, steps);
      return me;
    } catch (FlowFailure failure) {
      throw new IllegalStateException("the probe launch failed: " + failure.getMessage());
    }
  }

  /**
   * The load; with {@code --wait-ready-seconds}, warm-up and measured time count from {@code
   * ready}, so the registration and the probe flow take their share of the first window.
   */
  private LoadRun.Outcome load(LaunchFlow flow, long ready) throws InterruptedException {
    List<LaunchFlow.VirtualUser> users = new ArrayList<>();
    for (int i = 1; i <= options.users(); i++) {
      users.add(LaunchFlow.VirtualUser.create(i, options));
    }
    System.out.printf(
        Locale.ROOT, "%d virtual users shared round-robin by the workers%n", options.users());
    LoadRun.Settings settings =
        new LoadRun.Settings(
            options.concurrency(),
            options.warmup(),
            options.measured(),
            options.maxFlows(),
            options.requestTimeout(),
            options.windows(),
            options.waitReady().isZero() ? OptionalLong.empty() : OptionalLong.of(ready));
    return LoadRun.run(
        settings,
        LaunchFlow.Step.values().length,
        w -> {
          List<LaunchFlow.VirtualUser> mine = new ArrayList<>();
          for (int u = w; u < users.size(); u += options.concurrency()) {
            mine.add(users.get(u));
          }
          int[] next = {0};
          return steps -> flow.run(mine.get(next[0]++ % mine.size()), steps);
        });
  }

  private LoadReport report(
      BenchOptions.Landing landing,
      long jwksRequests,
      BenchUsers people,
      long setUpNanos,
      LoadRun.Outcome outcome) {
    List<String> extra = new ArrayList<>();
    extra.add("platform JWKS    fetched " + jwksRequests + " times by Kenes during the whole run");
    outcome
        .windows()
        .ifPresent(
            w -> {
              extra.add(
                  String.format(
                      Locale.ROOT,
                      "windows of %d s from %s (flows counted in the window they ended in):",
                      options.windows().toSeconds(),
                      clockOrigin()));
              extra.addAll(w.lines("flows", FIRST));
            });
    return new LoadReport(
        "Kenes launch flow load test",
        List.of(
            String.format(
                Locale.ROOT,
                "target           %s, each flow: GET /lti/login%s, sign, POST /lti/launch, %s",
                options.baseUrl(),
                options.loginBaseUrl().equals(options.baseUrl())
                    ? ""
                    : " on " + options.loginBaseUrl(),
                landing == BenchOptions.Landing.ME ? "GET /api/me (Bearer)" : "GET /app?kt=…"),
            String.format(
                Locale.ROOT,
                "load             %d virtual users, concurrency %d, cookies %s, max %d flows",
                options.users(),
                options.concurrency(),
                options.cookies() ? "on" : "off",
                options.maxFlows()),
            "visits           "
                + people.describe()
                + (options.visits() == BenchOptions.Visits.FIRST
                    ? "; "
                        + people.firstVisits()
                        + " new people launched (probe, warm-up and late flows included)"
                    : ""),
            String.format(
                Locale.ROOT,
                "measured from    %s%s; windows %s",
                clockOrigin(),
                options.waitReady().isZero()
                    ? ""
                    : String.format(
                        Locale.ROOT,
                        " (registration and probe flow took its first %.1f s)",
                        setUpNanos / 1e9),
                options.windows().isZero() ? "off" : options.windows().toSeconds() + " s")),
        "flows",
        Arrays.stream(LaunchFlow.Step.values())
            .map(s -> s.name().toLowerCase(Locale.ROOT))
            .toList(),
        extra);
  }

  private String clockOrigin() {
    String start = options.waitReady().isZero() ? "the start of the load" : "/health/ready's 200";
    return options.warmup().isZero()
        ? start
        : "the end of a " + options.warmup().toSeconds() + " s warm-up counted from " + start;
  }
}
