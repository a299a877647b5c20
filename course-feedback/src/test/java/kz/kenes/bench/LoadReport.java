package kz.kenes.bench;

import java.util.Locale;

/**
 * Prints the result of a load run: the set-up, throughput, failures, latency percentiles of the
 * whole flow and of each step, the platform key set fetches, the generator's CPU share, and one
 * {@code RESULT} line with the headline numbers for docs/performance.md.
 */
final class LoadReport {

  private LoadReport() {}

  static void print(
      BenchOptions options,
      BenchOptions.Landing landing,
      LaunchFlowLoadGenerator.Outcome outcome,
      long jwksRequests) {
    double seconds = outcome.window().toNanos() / 1e9;
    double perSecond = seconds > 0 ? outcome.completed() / seconds : Double.NaN;
    long[] flows = FlowRecorder.sorted(outcome.recorders(), null);
    CpuMeter.Usage cpu = outcome.cpu();
    StringBuilder out = new StringBuilder();
    line(out, "");
    line(out, "Kenes launch flow load test");
    line(
        out,
        "  target           %s, each flow: GET /lti/login, sign, POST /lti/launch, %s",
        options.baseUrl(),
        landing == BenchOptions.Landing.ME ? "GET /api/me (Bearer)" : "GET /app?kt=…");
    line(
        out,
        "  machine          %d cores, %s %s %s, Java %s (generator and server share it)",
        cpu.cores(),
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("os.arch"),
        System.getProperty("java.version"));
    line(
        out,
        "  load             %d virtual users, concurrency %d, cookies %s, max %d flows",
        options.users(),
        options.concurrency(),
        options.cookies() ? "on" : "off",
        options.maxFlows());
    line(
        out,
        "  window           %.1f s measured after %d s warm-up (%d flows, %d failed)",
        seconds,
        options.warmup().toSeconds(),
        outcome.warmupFlows(),
        outcome.warmupFailures());
    line(out, "Results");
    line(out, "  completed flows  %d  (%.1f flows/s)", outcome.completed(), perSecond);
    line(out, "  failed flows     %d", outcome.failed());
    outcome.failuresByKind().forEach((kind, n) -> line(out, "    %-14s %d", kind, n));
    line(
        out,
        "  latency (ms)     flow p50 %s  p90 %s  p99 %s  max %s",
        ms(flows, 50),
        ms(flows, 90),
        ms(flows, 99),
        ms(flows, 100));
    for (LaunchFlow.Step step : LaunchFlow.Step.values()) {
      long[] times = FlowRecorder.sorted(outcome.recorders(), step);
      line(
          out,
          "    %-14s p50 %s  p90 %s  p99 %s  max %s",
          step.name().toLowerCase(Locale.ROOT),
          ms(times, 50),
          ms(times, 90),
          ms(times, 99),
          ms(times, 100));
    }
    line(
        out,
        "  after window     %d flows completed, %d failed (not counted)",
        outcome.lateFlows(),
        outcome.lateFailures());
    line(out, "  platform JWKS    fetched %d times by Kenes during the whole run", jwksRequests);
    line(out, "Generator CPU (measured window)");
    line(
        out,
        "  process CPU time %s of the machine (%.2f of %d cores)",
        percent(cpu.processShareByCpuTime()),
        cpu.processShareByCpuTime() * cpu.cores(),
        cpu.cores());
    line(
        out,
        "  process CPU load mean %s, max %s; machine CPU load mean %s (%d samples)",
        percent(cpu.processLoadMean()),
        percent(cpu.processLoadMax()),
        percent(cpu.machineLoadMean()),
        cpu.samples());
    if (!outcome.failureSamples().isEmpty()) {
      line(out, "First failures");
      outcome.failureSamples().forEach(s -> line(out, "  %s", s));
    }
    line(
        out,
        "RESULT flows_per_s=%.1f completed=%d failed=%d p50_ms=%s p90_ms=%s p99_ms=%s"
            + " max_ms=%s concurrency=%d generator_cpu=%s",
        perSecond,
        outcome.completed(),
        outcome.failed() + outcome.warmupFailures() + outcome.lateFailures(),
        ms(flows, 50),
        ms(flows, 90),
        ms(flows, 99),
        ms(flows, 100),
        options.concurrency(),
        percent(cpu.processShareByCpuTime()));
    System.out.print(out);
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
  }

  private static String ms(long[] sorted, double percentile) {
    double value = FlowRecorder.percentileMillis(sorted, percentile);
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
  }

  private static String percent(double share) {
    return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.0f%%", share * 100);
  }
}
