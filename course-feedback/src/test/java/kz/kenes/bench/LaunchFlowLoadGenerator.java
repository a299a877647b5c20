package kz.kenes.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
        LoadRun.Outcome outcome = load(flow);
        report(flow.landing(), platform.jwksRequests())
            .print(options.concurrency(), options.warmup().toSeconds(), outcome);
        long failed = outcome.failedInAll();
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
    LaunchFlow me = new LaunchFlow(options, platform, BenchOptions.Landing.ME);
    try {
      me.run(user, steps);
      return me;
    } catch (FlowFailure failure) {
      throw new IllegalStateException("the probe launch failed: " + failure.getMessage());
    }
  }

  private LoadRun.Outcome load(LaunchFlow flow) throws InterruptedException {
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
            options.requestTimeout());
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

  private LoadReport report(BenchOptions.Landing landing, long jwksRequests) {
    return new LoadReport(
        "Kenes launch flow load test",
        List.of(
            String.format(
                Locale.ROOT,
                "target           %s, each flow: GET /lti/login, sign, POST /lti/launch, %s",
                options.baseUrl(),
                landing == BenchOptions.Landing.ME ? "GET /api/me (Bearer)" : "GET /app?kt=…"),
            String.format(
                Locale.ROOT,
                "load             %d virtual users, concurrency %d, cookies %s, max %d flows",
                options.users(),
                options.concurrency(),
                options.cookies() ? "on" : "off",
                options.maxFlows())),
        "flows",
        Arrays.stream(LaunchFlow.Step.values())
            .map(s -> s.name().toLowerCase(Locale.ROOT))
            .toList(),
        List.of(
            "platform JWKS    fetched " + jwksRequests + " times by Kenes during the whole run"));
  }
}
