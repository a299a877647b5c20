package kz.kenes.bench.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import kz.kenes.bench.quiz.Pace.Jitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PaceTest {

  private static final long S = 1_000_000_000L;

  @ParameterizedTest
  @EnumSource(Jitter.class)
  void oneSeedGivesOneScheduleAndAnotherSeedAnother(Jitter jitter) {
    long[] a = dues(LearnerSchedule.of(Pace.ofThink(5, jitter, 42), 20, 0), 50);
    long[] b = dues(LearnerSchedule.of(Pace.ofThink(5, jitter, 42), 20, 0), 50);
    long[] c = dues(LearnerSchedule.of(Pace.ofThink(5, jitter, 43), 20, 0), 50);

    assertThat(a).isEqualTo(b);
    assertThat(a).isNotEqualTo(c);
  }

  @ParameterizedTest
  @EnumSource(Jitter.class)
  void pausesAverageTheThinkTime(Jitter jitter) {
    Pace pace = Pace.ofThink(4, jitter, 1);
    SplittableRandom random = new SplittableRandom(9);
    double sum = 0;
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      long pause = pace.pause(random);
      assertThat(pause).isNotNegative();
      if (jitter == Jitter.UNIFORM) {
        assertThat(pause).isBetween(2 * S, 6 * S);
      }
      sum += pause;
    }

    assertThat(sum / n / S).isCloseTo(4.0, within(0.04));
  }

  @ParameterizedTest
  @EnumSource(Jitter.class)
  void learnersTogetherActAtTheIntendedRate(Jitter jitter) {
    // 200 learners thinking 5 s: 40 actions/s, 13.3 submissions/s; counted over 10 simulated
    // minutes after a minute of settling
    Pace pace = Pace.ofThink(5, jitter, 3);
    long origin = -7 * S; // nanoTime may be negative
    long from = origin + 60 * S;
    long until = from + 600 * S;
    long actions = 0;
    for (LearnerSchedule learner : LearnerSchedule.of(pace, 200, origin)) {
      for (long due = learner.next(); due < until; due = learner.next()) {
        if (due >= from) {
          actions++;
        }
      }
    }

    assertThat(pace.actionsPerSecond(200)).isEqualTo(40.0);
    assertThat(pace.submissionsPerSecond(200)).isCloseTo(13.33, within(0.01));
    assertThat(actions / 600.0).isCloseTo(40.0, within(0.8));
  }

  @ParameterizedTest
  @EnumSource(Jitter.class)
  void aLearnersActionsAreNeverDueBeforeTheOriginOrTheActionBefore(Jitter jitter) {
    long origin = 1_000 * S;
    for (LearnerSchedule learner : LearnerSchedule.of(Pace.ofThink(0.5, jitter, 5), 50, origin)) {
      long before = origin;
      for (int i = 0; i < 200; i++) {
        long due = learner.next();
        assertThat(due).isGreaterThanOrEqualTo(before);
        before = due;
      }
    }
  }

  @Test
  void theFirstActionsAreSpreadOverAPauseNotBunchedAtTheStart() {
    long[] firsts = dues(LearnerSchedule.of(Pace.ofThink(6, Jitter.UNIFORM, 11), 1_000, 0), 1);
    long inFirstThird = java.util.Arrays.stream(firsts).filter(d -> d < 3 * S).count();

    assertThat(java.util.Arrays.stream(firsts).max().orElseThrow()).isLessThan(9 * S);
    // a uniform pause (3..9 s) cut at a uniform point: ½·ln 3, about 55 %, fall in the first 3 s
    assertThat(inFirstThird).isBetween(500L, 600L);
  }

  @Test
  void aRateIsTurnedIntoTheThinkTimeThatMakesIt() {
    Pace pace = Pace.ofRate(10, 150, Jitter.EXPONENTIAL, 1);

    assertThat(pace.meanThinkSeconds()).isEqualTo(5.0);
    assertThat(pace.describe()).isEqualTo("think 5.00 s (exponential, seed 1)");
  }

  /** The first {@code each} due times of every learner, learner after learner. */
  private static long[] dues(LearnerSchedule[] learners, int each) {
    long[] all = new long[learners.length * each];
    for (int l = 0; l < learners.length; l++) {
      for (int i = 0; i < each; i++) {
        all[l * each + i] = learners[l].next();
      }
    }
    return all;
  }
}
