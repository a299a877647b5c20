package kz.kenes.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two nodes and one registration: the registration is deleted through the admin API of one node
 * (the login node, {@link BenchOptions#loginBaseUrl()}), then the other node ({@link
 * BenchOptions#baseUrl()}) is probed every {@link #PROBE_EVERY_MILLIS} ms with a whole launch of
 * the deleted platform run against it alone (one such launch just before the delete fills its
 * caches, the worst case), and asked for its {@code Content-Security-Policy}. The other node learns
 * of the change only through its caches' lifetime (the registration lookup and the frame-ancestors
 * list), so the check measures how long it still accepts the platform and frames it, and holds both
 * to {@link BenchOptions#removalBound()}. A launch answered 5xx, or not at all, on the way is an
 * error.
 */
final class RegistrationRemovalCheck {

  static final long PROBE_EVERY_MILLIS = 250;

  /** How long the probes go on after both refusals were seen: they must stay refused. */
  private static final long CONFIRM_NANOS = 2_000_000_000L;

  /** What the check saw. Times in seconds from the delete's answer; negative: never. */
  record Result(
      int deleteStatus,
      int probes,
      int acceptedAfterDelete,
      double lastAccepted,
      double firstRefusal,
      String firstRefusalDetail,
      double framingGone,
      int errorCount,
      List<String> errors,
      boolean refusedAgainAfterwards) {

    boolean passed(double boundSeconds) {
      double limit = boundSeconds + 1.0; // one second for the probe interval and the clocks
      return deleteStatus / 100 == 2
          && firstRefusal >= 0
          && firstRefusal <= limit
          && framingGone >= 0
          && framingGone <= limit
          && errorCount == 0
          && refusedAgainAfterwards;
    }
  }

  private final BenchOptions options;
  private final BenchPlatform platform;
  private final BenchUsers people;
  private final BenchHttp http;

  RegistrationRemovalCheck(BenchOptions options, BenchPlatform platform, BenchUsers people) {
    this.options = options;
    this.platform = platform;
    this.people = people;
    this.http = new BenchHttp(options.requestTimeout());
  }

  /** Deletes {@code registration} through the login node and probes the other node; prints it. */
  Result run(HttpClient admin, long registration) throws IOException, InterruptedException {
    LaunchFlow flow =
        new LaunchFlow(
            options,
            platform,
            people,
            BenchOptions.Landing.APP,
            options.baseUrl(),
            options.baseUrl());
    long[] steps = new long[LaunchFlow.Step.values().length];
    try (LaunchFlow.VirtualUser user = LaunchFlow.VirtualUser.create(999_999, options)) {
      flow.run(user, steps);
    } catch (FlowFailure f) {
      throw new IllegalStateException(
          "a launch on "
              + options.baseUrl()
              + " alone failed before the delete: "
              + f.getMessage());
    }
    HttpResponse<Void> deleted =
        admin.send(
            HttpRequest.newBuilder(
                    URI.create(options.loginBaseUrl() + "/api/admin/platforms/" + registration))
                .timeout(options.requestTimeout())
                .header("Authorization", "Bearer " + options.adminToken())
                .DELETE()
                .build(),
            HttpResponse.BodyHandlers.discarding());
    long t0 = System.nanoTime();
    long deadline = t0 + options.removalCheck().toNanos();
    int probes = 0;
    int accepted = 0;
    double lastAccepted = -1;
    double firstRefusal = -1;
    String refusalDetail = "";
    double framingGone = -1;
    boolean refusedAgain = false;
    long bothSeenAt = -1;
    List<String> errors = new ArrayList<>();
    int errorCount = 0;
    while (System.nanoTime() < deadline) {
      probes++;
      String outcome;
      try (LaunchFlow.VirtualUser user =
          LaunchFlow.VirtualUser.create(1_000_000 + probes, options)) {
        flow.run(user, steps);
        outcome = "accepted";
      } catch (FlowFailure f) {
        outcome = f.status >= 400 && f.status < 500 ? "refused" : "error";
        if (outcome.equals("refused") && firstRefusal < 0) {
          firstRefusal = seconds(t0);
          refusalDetail = f.getMessage();
        } else if (outcome.equals("error") && errorCount++ < 10) {
          errors.add(String.format(Locale.ROOT, "%.2f s: %s", seconds(t0), f.getMessage()));
        }
      }
      if (outcome.equals("accepted")) {
        accepted++;
        lastAccepted = seconds(t0);
      }
      boolean framed = framesPlatform();
      if (!framed && framingGone < 0) {
        framingGone = seconds(t0);
      }
      if (framed && framingGone >= 0) {
        errorCount++;
        errors.add(String.format(Locale.ROOT, "%.2f s: framed again after", seconds(t0)));
        framingGone = -1;
      }
      if (bothSeenAt > 0) {
        refusedAgain = outcome.equals("refused") && !framed;
        if (!refusedAgain || System.nanoTime() - bothSeenAt > CONFIRM_NANOS) {
          break;
        }
      } else if (firstRefusal >= 0 && framingGone >= 0 && outcome.equals("refused")) {
        bothSeenAt = System.nanoTime();
      }
      Thread.sleep(PROBE_EVERY_MILLIS);
    }
    Result result =
        new Result(
            deleted.statusCode(),
            probes,
            accepted,
            lastAccepted,
            firstRefusal,
            refusalDetail,
            framingGone,
            errorCount,
            errors,
            refusedAgain);
    print(result);
    return result;
  }

  /** Whether the probed node's CSP still names the platform's origin among its frame-ancestors. */
  private boolean framesPlatform() {
    try {
      BenchHttp.Response page =
          http.send(
              "GET",
              URI.create(options.baseUrl() + "/lti/config"),
              List.of("Accept", "application/json"),
              null,
              null);
      String csp = page.header("Content-Security-Policy").orElse("");
      return Arrays.asList(csp.replace(";", " ").split("\\s+")).contains(platform.origin());
    } catch (IOException e) {
      return true; // no answer: nothing shows the node stopped framing it
    }
  }

  private void print(Result r) {
    double bound = options.removalBound().toSeconds();
    List<String> lines = new ArrayList<>();
    lines.add("");
    lines.add("Registration removal seen by another node");
    lines.add(
        String.format(
            Locale.ROOT,
            "  deleted through  %s (HTTP %d); probed %s every %d ms, a whole launch each, %d probes",
            options.loginBaseUrl(),
            r.deleteStatus(),
            options.baseUrl(),
            PROBE_EVERY_MILLIS,
            r.probes()));
    lines.add(
        String.format(
            Locale.ROOT,
            "  still accepted   %d launches after the delete%s",
            r.acceptedAfterDelete(),
            r.lastAccepted() < 0
                ? ""
                : String.format(Locale.ROOT, ", the last at %.2f s", r.lastAccepted())));
    lines.add(
        r.firstRefusal() < 0
            ? "  refused          never within the check"
            : String.format(
                Locale.ROOT,
                "  refused          from %.2f s: %s",
                r.firstRefusal(),
                r.firstRefusalDetail()));
    lines.add(
        r.framingGone() < 0
            ? "  frame-ancestors  still lists " + platform.origin() + " at the end"
            : String.format(
                Locale.ROOT,
                "  frame-ancestors  without %s from %.2f s",
                platform.origin(),
                r.framingGone()));
    lines.add(
        "  stays refused    "
            + (r.refusedAgainAfterwards() ? "yes (probes for 2 s more)" : "NO or not checked"));
    lines.add(
        "  errors           "
            + r.errorCount()
            + (r.errors().isEmpty() ? "" : " (5xx or no answer), the first ones:"));
    r.errors().forEach(e -> lines.add("    " + e));
    lines.add(
        String.format(
            Locale.ROOT,
            "RESULT removal bound=%.0fs refused_after=%.2fs unframed_after=%.2fs accepted_after_delete=%d errors=%d %s",
            bound,
            r.firstRefusal(),
            r.framingGone(),
            r.acceptedAfterDelete(),
            r.errorCount(),
            r.passed(bound) ? "PASS" : "FAIL"));
    lines.forEach(System.out::println);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
