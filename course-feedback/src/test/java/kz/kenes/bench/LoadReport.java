package kz.kenes.bench;

import java.util.List;
import java.util.Locale;

/**
 * Prints the result of a load run: the set-up, throughput, failures, latency percentiles of the
 * whole flow and of each step, the generator's CPU share, and one {@code RESULT} line with the
 * headline numbers for docs/performance.md. The caller names the flow ({@code flows}, {@code
 * submissions}), describes the set-up and adds its own lines (the launch run's JWKS fetches).
 *
 * @param title the first line
 * @param setup lines describing target and load, printed under the title
 * @param unit what a flow is called, plural
 * @param steps the steps' names, in the order of their indexes
 * @param extra lines printed after the results
 */
public record LoadReport(
    String title, List<String> setup, String unit, List<String> steps, List<String> extra) {

  public void print(int concurrency, long warmupSeconds, LoadRun.Outcome outcome) {
    double seconds = outcome.window().toNanos() / 1e9;
    double perSecond = seconds > 0 ? outcome.completed() / seconds : Double.NaN;
    long[] flows = FlowRecorder.sorted(outcome.recorders(), FlowRecorder.WHOLE_FLOW);
    CpuMeter.Usage cpu = outcome.cpu();
    StringBuilder out = new StringBuilder();
    line(out, "");
    line(out, title);
    setup.forEach(s -> line(out, "  %s", s));
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
        "  window           %.1f s measured after %d s warm-up (%d %s, %d failed)",
        seconds,
        warmupSeconds,
        outcome.warmupFlows(),
        unit,
        outcome.warmupFailures());
    line(out, "Results");
    line(out, "  completed        %d %s (%.1f/s)", outcome.completed(), unit, perSecond);
    line(out, "  failed           %d", outcome.failed());
    outcome.failuresByKind().forEach((kind, n) -> line(out, "    %-14s %d", kind, n));
    line(
        out,
        "  latency (ms)     whole p50 %s  p90 %s  p99 %s  max %s",
        ms(flows, 50),
        ms(flows, 90),
        ms(flows, 99),
        ms(flows, 100));
    if (steps.size() > 1) {
      for (int step = 0; step < steps.size(); step++) {
        long[] times = FlowRecorder.sorted(outcome.recorders(), step);
        line(
            out,
            "    %-14s p50 %s  p90 %s  p99 %s  max %s",
            steps.get(step),
            ms(times, 50),
            ms(times, 90),
            ms(times, 99),
            ms(times, 100));
      }
    }
    line(
        out,
        "  after window     %d %s completed, %d failed (not counted)",
        outcome.lateFlows(),
        unit,
        outcome.lateFailures());
    extra.forEach(s -> line(out, "  %s", s));
    cpu(out, cpu);
    if (!outcome.failureSamples().isEmpty()) {
      line(out, "First failures");
      outcome.failureSamples().forEach(s -> line(out, "  %s", s));
    }
    line(
        out,
        "RESULT %s_per_s=%.1f completed=%d failed=%d p50_ms=%s p90_ms=%s p95_ms=%s p99_ms=%s"
            + " max_ms=%s concurrency=%d generator_cpu=%s",
        unit,
        perSecond,
        outcome.completed(),
        outcome.failedInAll(),
        ms(flows, 50),
        ms(flows, 90),
        ms(flows, 95),
        ms(flows, 99),
        ms(flows, 100),
        concurrency,
        percent(cpu.processShareByCpuTime()));
    System.out.print(out);
  }

  private static void cpu(StringBuilder out, CpuMeter.Usage cpu) {
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
