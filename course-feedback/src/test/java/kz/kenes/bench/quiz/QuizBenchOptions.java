package kz.kenes.bench.quiz;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.kenes.bench.BenchArgs;

/**
 * The quiz generator's {@code --name=value} arguments (the profile {@code bench-quiz-submit} passes
 * them from {@code bench.*} properties). {@code --mode=closed} (the default) is the loop of before:
 * every learner sends its next request the moment the last is answered. {@code --mode=open} paces
 * each learner ({@link Pace}): {@code --think-seconds} (mean pause between two actions of one
 * learner) or {@code --rate} (submissions per second over all learners, from which the pause
 * follows), {@code --jitter}, {@code --seed} and {@code --threads} (the senders); these go with the
 * open mode only, and an empty value means the default.
 *
 * @param pace empty in the closed mode
 * @param threads the threads that send the open mode's actions (the closed mode has one a learner)
 */
record QuizBenchOptions(
    URI baseUrl,
    String adminToken,
    int learners,
    Duration timeout,
    Duration warmup,
    Duration measured,
    long maxSubmissions,
    int doubleClickPercent,
    int repeatPercent,
    boolean certificate,
    boolean keepRegistration,
    Mode mode,
    Optional<Pace> pace,
    int threads) {

  static final int MAX_LEARNERS = 500;
  static final double DEFAULT_THINK_SECONDS = 5;
  static final int DEFAULT_THREADS = 32;
  static final List<String> OPEN_ONLY =
      List.of("think-seconds", "rate", "jitter", "seed", "threads");

  /** Closed: back to back, as many requests in flight as learners. Open: at a learner's pace. */
  enum Mode {
    CLOSED,
    OPEN
  }

  static QuizBenchOptions parse(String[] arguments) {
    BenchArgs args = BenchArgs.parse(arguments);
    URI baseUrl = args.loopbackUrl("base-url", "http://localhost:9080");
    String adminToken = args.string("admin-token", "dev-admin-token");
    int learners = args.integer("learners", 200, 1, MAX_LEARNERS);
    Duration timeout = args.seconds("timeout-seconds", 10, 1);
    Duration warmup = args.seconds("warmup-seconds", 5, 0);
    Duration measured = args.seconds("seconds", 30, 1);
    long maxSubmissions = args.whole("max-submissions", 1_000_000, 1, 10_000_000);
    int doubleClick = args.integer("double-click-percent", 5, 0, 100);
    int repeat = args.integer("repeat-percent", 5, 0, 100);
    boolean certificate = args.bool("certificate", false);
    boolean keep = args.bool("keep-registration", false) || certificate;
    Mode mode = args.choice("mode", Mode.class, Mode.CLOSED);
    Optional<Pace> pace = Optional.empty();
    int threads = learners;
    if (mode == Mode.OPEN) {
      pace = Optional.of(pace(args, learners));
      threads = args.integer("threads", DEFAULT_THREADS, 1, MAX_LEARNERS);
    } else {
      for (String name : OPEN_ONLY) {
        if (args.string(name, null) != null) {
          throw new IllegalArgumentException(
              "--" + name + " goes with --mode=open; the closed mode has no pace");
        }
      }
    }
    args.requireAllRead();
    return new QuizBenchOptions(
        baseUrl,
        adminToken,
        learners,
        timeout,
        warmup,
        measured,
        maxSubmissions,
        doubleClick,
        repeat,
        certificate,
        keep,
        mode,
        pace,
        threads);
  }

  private static Pace pace(BenchArgs args, int learners) {
    String think = args.string("think-seconds", null);
    String rate = args.string("rate", null);
    if (think != null && rate != null) {
      throw new IllegalArgumentException(
          "give --think-seconds or --rate, not both: the one follows from the other");
    }
    Pace.Jitter jitter = args.choice("jitter", Pace.Jitter.class, Pace.Jitter.EXPONENTIAL);
    long seed = args.whole("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
    if (rate == null) {
      double seconds =
          think == null
              ? DEFAULT_THINK_SECONDS
              : decimal("think-seconds", think, Pace.MIN_THINK_SECONDS, Pace.MAX_THINK_SECONDS);
      return Pace.ofThink(seconds, jitter, seed);
    }
    double perSecond = decimal("rate", rate, 0.001, 10_000);
    Pace pace = Pace.ofRate(perSecond, learners, jitter, seed);
    double seconds = pace.meanThinkSeconds();
    if (seconds < Pace.MIN_THINK_SECONDS || seconds > Pace.MAX_THINK_SECONDS) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "--rate=%s with %d learners means a think time of %.4f s, outside %s to %s s:"
                  + " change the rate or the learners",
              rate,
              learners,
              seconds,
              Pace.MIN_THINK_SECONDS,
              Pace.MAX_THINK_SECONDS));
    }
    return pace;
  }

  private static double decimal(String name, String value, double min, double max) {
    double parsed;
    try {
      parsed = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " must be a number: " + value);
    }
    if (!(parsed >= min && parsed <= max)) {
      throw new IllegalArgumentException(
          "--" + name + " must be between " + min + " and " + max + ": " + value);
    }
    return parsed;
  }
}
