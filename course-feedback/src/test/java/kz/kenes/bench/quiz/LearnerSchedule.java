package kz.kenes.bench.quiz;

import java.util.SplittableRandom;

/**
 * When one learner's actions are due in the open mode: the first after {@link Pace#firstPause} from
 * the origin, each next a {@link Pace#pause} after the one before was <em>due</em>, whatever time
 * its answer took. A slow answer therefore does not push the learner's later actions back (as it
 * would in a closed loop, hiding the wait from the figures): they fall due all the same, go out
 * late, and their latency counts from when they were due ({@link DueTimes}).
 */
final class LearnerSchedule {

  private final Pace pace;
  private final SplittableRandom random;
  private long due;
  private boolean started;

  /** {@code random}: this learner's own stream (split from the seed's). */
  LearnerSchedule(Pace pace, SplittableRandom random, long originNanos) {
    this.pace = pace;
    this.random = random;
    this.due = originNanos;
  }

  /** The schedules of {@code learners} learners, each with its own stream split from the seed. */
  static LearnerSchedule[] of(Pace pace, int learners, long originNanos) {
    SplittableRandom seed = new SplittableRandom(pace.seed());
    LearnerSchedule[] all = new LearnerSchedule[learners];
    for (int i = 0; i < learners; i++) {
      all[i] = new LearnerSchedule(pace, seed.split(), originNanos);
    }
    return all;
  }

  /** The {@link System#nanoTime()} the learner's next action is due at; never before the last. */
  long next() {
    due += started ? pace.pause(random) : pace.firstPause(random);
    started = true;
    return due;
  }
}
