package kz.kenes.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A closed-loop load run: {@code concurrency} worker threads each run flows back to back, through a
 * warm-up, then a measured window, with a cap on the flows started. Only flows that complete inside
 * the window count; flows of the warm-up and flows that finish after the window are counted apart.
 * The generator's CPU is measured over the window ({@link CpuMeter}). What a flow is belongs to the
 * caller: the launch flow, a survey submission. Optionally the measured window is also reported in
 * consecutive {@link Windows} (the cold start), and the run's clock may start before the load does
 * (at the moment the server answered ready), so that the time the caller spent setting up counts.
 */
public final class LoadRun {

  /** One flow of one worker: writes the duration of each of its steps into {@code stepNanos}. */
  @FunctionalInterface
  public interface Flow {
    void run(long[] stepNanos) throws FlowFailure, InterruptedException;
  }

  /**
   * How long and how hard: {@code requestTimeout} bounds how long the run waits for flows still in
   * flight when the window ends (three times it).
   *
   * @param windows the length of the windows the measured time is also reported in; zero: none
   * @param clockStart the {@link System#nanoTime()} from which the warm-up and the measured window
   *     are counted; empty: the moment the load starts
   */
  public record Settings(
      int concurrency,
      Duration warmup,
      Duration measured,
      long maxFlows,
      Duration requestTimeout,
      Duration windows,
      OptionalLong clockStart) {

    /** No windows, the clock starting with the load. */
    public Settings(
        int concurrency,
        Duration warmup,
        Duration measured,
        long maxFlows,
        Duration requestTimeout) {
      this(
          concurrency,
          warmup,
          measured,
          maxFlows,
          requestTimeout,
          Duration.ZERO,
          OptionalLong.empty());
    }
  }

  /** What the measured window produced. */
  public record Outcome(
      List<FlowRecorder> recorders,
      Duration window,
      long warmupFlows,
      long warmupFailures,
      long lateFlows,
      long lateFailures,
      Map<String, Long> failuresByKind,
      List<String> failureSamples,
      CpuMeter.Usage cpu,
      Optional<Windows> windows) {

    public long completed() {
      return recorders.stream().mapToLong(FlowRecorder::completed).sum();
    }

    public long failed() {
      return recorders.stream().mapToLong(FlowRecorder::failed).sum();
    }

    /** Failed flows of the whole run: warm-up, window and after it. */
    public long failedInAll() {
      return failed() + warmupFailures + lateFailures;
    }
  }

  private LoadRun() {}

  /** Runs the load: {@code flowOfWorker} gives worker {@code w} its flow. */
  public static Outcome run(Settings settings, int stepCount, IntFunction<Flow> flowOfWorker)
      throws InterruptedException {
    long now = System.nanoTime();
    long start = settings.clockStart().orElse(now);
    long warmupEnd = start + settings.warmup().toNanos();
    long end = warmupEnd + settings.measured().toNanos();
    Window window = new Window(warmupEnd, end, settings.maxFlows());
    List<FlowRecorder> recorders = new ArrayList<>();
    boolean windowed = settings.windows().toNanos() > 0;
    List<Windows.Recorder> timelines = new ArrayList<>();
    ExecutorService workers =
        Executors.newFixedThreadPool(
            settings.concurrency(),
            r -> {
              Thread t = new Thread(r, "load-worker");
              t.setDaemon(true);
              return t;
            });
    for (int w = 0; w < settings.concurrency(); w++) {
      FlowRecorder recorder = new FlowRecorder(stepCount);
      recorders.add(recorder);
      Windows.Recorder timeline = windowed ? new Windows.Recorder(warmupEnd) : null;
      if (windowed) {
        timelines.add(timeline);
      }
      Flow flow = flowOfWorker.apply(w);
      workers.execute(() -> drive(flow, stepCount, recorder, timeline, window));
    }
    workers.shutdown();
    System.out.printf(
        Locale.ROOT,
        "Running at concurrency %d: %d s warm-up, then %d s measured%s%n",
        settings.concurrency(),
        settings.warmup().toSeconds(),
        settings.measured().toSeconds(),
        settings.clockStart().isPresent()
            ? String.format(Locale.ROOT, ", counted from %.1f s ago", (now - start) / 1e9)
            : "");
    CpuMeter cpu = new CpuMeter();
    workers.awaitTermination(Math.max(0, warmupEnd - System.nanoTime()), TimeUnit.NANOSECONDS);
    cpu.start();
    long grace = settings.requestTimeout().toNanos() * 3;
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
        cpu.usage(),
        windowed
            ? Optional.of(Windows.of(timelines, warmupEnd, windowEnd, settings.windows()))
            : Optional.empty());
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

    synchronized void sample(FlowFailure failure) {
      if (samples.size() < 10) {
        samples.add(failure.getMessage());
      }
    }

    synchronized List<String> samples() {
      return List.copyOf(samples);
    }
  }

  private static void drive(
      Flow flow, int stepCount, FlowRecorder recorder, Windows.Recorder timeline, Window window) {
    long[] steps = new long[stepCount];
    while (window.mayStart() && !Thread.currentThread().isInterrupted()) {
      long begin = System.nanoTime();
      FlowFailure failure = null;
      try {
        flow.run(steps);
      } catch (FlowFailure f) {
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
        if (timeline != null) {
          timeline.success(done, done - begin);
        }
      } else {
        recorder.failure(failure);
        window.sample(failure);
        if (timeline != null) {
          timeline.failure(done);
        }
      }
    }
  }
}
