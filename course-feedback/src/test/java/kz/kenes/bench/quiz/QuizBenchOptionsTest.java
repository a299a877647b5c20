package kz.kenes.bench.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import kz.kenes.bench.quiz.QuizBenchOptions.Mode;
import org.junit.jupiter.api.Test;

class QuizBenchOptionsTest {

  /** What the profile passes when no {@code -Dbench.*} is given. */
  private static final String[] PROFILE_DEFAULTS = {
    "--base-url=http://localhost:9080",
    "--learners=200",
    "--warmup-seconds=5",
    "--seconds=30",
    "--double-click-percent=5",
    "--repeat-percent=5",
    "--certificate=false",
    "--mode=closed",
    "--think-seconds=",
    "--rate=",
    "--jitter=",
    "--seed=",
    "--threads="
  };

  @Test
  void theProfilesDefaultsAreTheClosedLoopOfBefore() {
    QuizBenchOptions options = QuizBenchOptions.parse(PROFILE_DEFAULTS);

    assertThat(options.mode()).isEqualTo(Mode.CLOSED);
    assertThat(options.pace()).isEmpty();
    assertThat(options.learners()).isEqualTo(200);
    assertThat(options.threads()).isEqualTo(200);
    assertThat(options.measured()).isEqualTo(Duration.ofSeconds(30));
    assertThat(QuizBenchOptions.parse(new String[0]).mode()).isEqualTo(Mode.CLOSED);
  }

  @Test
  void theOpenModeThinksFiveSecondsByDefault() {
    QuizBenchOptions options = QuizBenchOptions.parse(with("--mode=open"));

    Pace pace = options.pace().orElseThrow();
    assertThat(pace.meanThink()).isEqualTo(Duration.ofSeconds(5));
    assertThat(pace.jitter()).isEqualTo(Pace.Jitter.EXPONENTIAL);
    assertThat(pace.seed()).isEqualTo(1);
    assertThat(options.threads()).isEqualTo(32);
    assertThat(pace.actionsPerSecond(200)).isEqualTo(40.0);
  }

  @Test
  void readsAThinkTimeOrARate() {
    QuizBenchOptions think =
        QuizBenchOptions.parse(
            with("--mode=OPEN", "--think-seconds=2.5", "--jitter=uniform", "--seed=7"));
    QuizBenchOptions rate =
        QuizBenchOptions.parse(with("--mode=open", "--rate=20", "--threads=8", "--learners=60"));

    assertThat(think.pace().orElseThrow().meanThink()).isEqualTo(Duration.ofMillis(2500));
    assertThat(think.pace().orElseThrow().jitter()).isEqualTo(Pace.Jitter.UNIFORM);
    assertThat(think.pace().orElseThrow().seed()).isEqualTo(7);
    // 60 learners making 20 submissions/s, 3 actions each: one action a learner every second
    assertThat(rate.pace().orElseThrow().meanThink()).isEqualTo(Duration.ofSeconds(1));
    assertThat(rate.pace().orElseThrow().submissionsPerSecond(60)).isEqualTo(20.0);
    assertThat(rate.threads()).isEqualTo(8);
  }

  @Test
  void refusesWhatItCannotDo() {
    assertThatThrownBy(() -> QuizBenchOptions.parse(with("--mode=half-open")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--mode must be one of [closed, open]: half-open");
    assertThatThrownBy(() -> QuizBenchOptions.parse(with("--think-seconds=5")))
        .hasMessage("--think-seconds goes with --mode=open; the closed mode has no pace");
    assertThatThrownBy(() -> QuizBenchOptions.parse(with("--threads=4")))
        .hasMessageContaining("--threads goes with --mode=open");
    assertThatThrownBy(
            () -> QuizBenchOptions.parse(with("--mode=open", "--think-seconds=5", "--rate=10")))
        .hasMessage("give --think-seconds or --rate, not both: the one follows from the other");
    assertThatThrownBy(() -> QuizBenchOptions.parse(with("--mode=open", "--think-seconds=five")))
        .hasMessage("--think-seconds must be a number: five");
    assertThatThrownBy(() -> QuizBenchOptions.parse(with("--mode=open", "--think-seconds=0")))
        .hasMessage("--think-seconds must be between 0.01 and 600.0: 0");
    assertThatThrownBy(() -> QuizBenchOptions.parse(with("--mode=open", "--rate=-3")))
        .hasMessage("--rate must be between 0.001 and 10000.0: -3");
    assertThatThrownBy(() -> QuizBenchOptions.parse(with("--mode=open", "--rate=NaN")))
        .hasMessageContaining("--rate must be between");
    assertThatThrownBy(
            () -> QuizBenchOptions.parse(with("--mode=open", "--rate=5000", "--learners=1")))
        .hasMessageContaining("--rate=5000 with 1 learners means a think time of 0.0001 s");
    assertThatThrownBy(() -> QuizBenchOptions.parse(with("--mode=open", "--jitter=normal")))
        .hasMessage("--jitter must be one of [exponential, uniform]: normal");
    assertThatThrownBy(() -> QuizBenchOptions.parse(with("--mode=open", "--threads=0")))
        .hasMessage("--threads must be between 1 and 500: 0");
    assertThatThrownBy(() -> QuizBenchOptions.parse(with("--mode=open", "--seed=x")))
        .hasMessage("--seed must be a whole number: x");
    assertThatThrownBy(() -> QuizBenchOptions.parse(with("--think=5")))
        .hasMessage("unknown arguments: [think]");
    assertThatThrownBy(() -> QuizBenchOptions.parse(with("--base-url=http://example.org")))
        .hasMessageContaining("only targets a Kenes on this machine");
  }

  /** The profile's defaults with {@code extra} given (a later value wins). */
  private static String[] with(String... extra) {
    String[] all = new String[PROFILE_DEFAULTS.length + extra.length];
    System.arraycopy(PROFILE_DEFAULTS, 0, all, 0, PROFILE_DEFAULTS.length);
    System.arraycopy(extra, 0, all, PROFILE_DEFAULTS.length, extra.length);
    return all;
  }
}
