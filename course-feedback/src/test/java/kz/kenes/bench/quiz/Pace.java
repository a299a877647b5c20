package kz.kenes.bench.quiz;

import java.time.Duration;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A learner's pace in the open mode: the pause between two of one learner's actions (submit, start
 * the next attempt, save answers, submit…), drawn per pause around a mean. {@link
 * Jitter#EXPONENTIAL}: each learner's actions a Poisson process, so all learners together arrive as
 * real users do, independently and in bursts; {@link Jitter#UNIFORM}: evenly between half and one
 * and a half times the mean. Draws come from a {@link SplittableRandom} of the seed, so one seed
 * gives one schedule.
 *
 * @param meanThink the mean pause between two actions of one learner
 */
record Pace(Duration meanThink, Jitter jitter, long seed) {

  /** A learner's cycle: submit, start the next attempt, save answers. */
  static final int ACTIONS_PER_SUBMISSION = 3;

  static final double MIN_THINK_SECONDS = 0.01;
  static final double MAX_THINK_SECONDS = 600;

  /** How pauses spread around their mean. */
  enum Jitter {
    EXPONENTIAL,
    UNIFORM
  }

  Pace {
    if (meanThink.isNegative() || meanThink.isZero()) {
      throw new IllegalArgumentException("a pace needs a think time above zero: " + meanThink);
    }
  }

  static Pace ofThink(double seconds, Jitter jitter, long seed) {
    return new Pace(Duration.ofNanos(Math.round(seconds * 1e9)), jitter, seed);
  }

  /** The pace at which {@code learners} make {@code submissionsPerSecond} together. */
  static Pace ofRate(double submissionsPerSecond, int learners, Jitter jitter, long seed) {
    return ofThink(learners / (ACTIONS_PER_SUBMISSION * submissionsPerSecond), jitter, seed);
  }

  double meanThinkSeconds() {
    return meanThink.toNanos() / 1e9;
  }

  /** Actions per second of {@code learners} together, on average. */
  double actionsPerSecond(int learners) {
    return learners / meanThinkSeconds();
  }

  /** Submissions per second of {@code learners} together, on average. */
  double submissionsPerSecond(int learners) {
    return actionsPerSecond(learners) / ACTIONS_PER_SUBMISSION;
  }

  /** One pause, in nanoseconds (never negative). */
  long pause(SplittableRandom random) {
    double mean = meanThink.toNanos();
    double u = random.nextDouble(); // [0, 1)
    return switch (jitter) {
      case EXPONENTIAL -> Math.round(-mean * Math.log(1 - u));
      case UNIFORM -> Math.round(mean * (0.5 + u));
    };
  }

  /**
   * The wait before a learner's first action, so that the learners start spread out as if they had
   * been at it for a while: an exponential pause is memoryless, so one draw is that wait; a uniform
   * one is cut at a uniform point.
   */
  long firstPause(SplittableRandom random) {
    long pause = pause(random);
    return jitter == Jitter.EXPONENTIAL ? pause : Math.round(pause * random.nextDouble());
  }

  /** {@code think 5.0 s (exponential, seed 1)}. */
  String describe() {
    return String.format(
        Locale.ROOT,
        "think %.2f s (%s, seed %d)",
        meanThinkSeconds(),
        jitter.name().toLowerCase(Locale.ROOT),
        seed);
  }
}
