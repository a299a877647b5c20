package kz.kenes.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

  @Test
  void defaultsAreTheWarmReturningRunOfBefore() {
    BenchOptions options = BenchOptions.parse(new String[0]);

    assertThat(options.visits()).isEqualTo(BenchOptions.Visits.RETURNING);
    assertThat(options.newCoursesEvery()).isZero();
    assertThat(options.windows()).isEqualTo(Duration.ZERO);
    assertThat(options.waitReady()).isEqualTo(Duration.ZERO);
    assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(5));
    assertThat(options.measured()).isEqualTo(Duration.ofSeconds(30));
    assertThat(options.users()).isEqualTo(options.concurrency()).isEqualTo(10);
  }

  @Test
  void readsTheArgumentsTheProfilePasses() {
    BenchOptions options =
        BenchOptions.parse(
            new String[] {
              "--base-url=http://127.0.0.1:9581/",
              "--concurrency=50",
              "--users=0",
              "--warmup-seconds=0",
              "--seconds=60",
              "--landing=me",
              "--visits=FIRST",
              "--new-courses-every=25",
              "--windows-seconds=10",
              "--wait-ready-seconds=300"
            });

    assertThat(options.baseUrl()).hasToString("http://127.0.0.1:9581");
    assertThat(options.users()).isEqualTo(50);
    assertThat(options.landing()).isEqualTo(BenchOptions.Landing.ME);
    assertThat(options.visits()).isEqualTo(BenchOptions.Visits.FIRST);
    assertThat(options.newCoursesEvery()).isEqualTo(25);
    assertThat(options.windows()).isEqualTo(Duration.ofSeconds(10));
    assertThat(options.waitReady()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void logsInOnTheLaunchNodeUnlessTwoNodesAreNamed() {
    BenchOptions one = BenchOptions.parse(new String[] {"--base-url=http://localhost:9480"});
    BenchOptions two =
        BenchOptions.parse(
            new String[] {
              "--base-url=http://localhost:9480",
              "--login-base-url=http://localhost:9380/",
              "--removal-check-seconds=60",
              "--removal-bound-seconds="
            });

    assertThat(one.loginBaseUrl()).isEqualTo(one.baseUrl());
    assertThat(one.removalCheck()).isZero();
    assertThat(two.loginBaseUrl()).hasToString("http://localhost:9380");
    assertThat(two.removalCheck()).isEqualTo(Duration.ofMinutes(1));
    assertThat(two.removalBound()).isEqualTo(Duration.ofSeconds(30));
    assertThatThrownBy(
            () -> BenchOptions.parse(new String[] {"--login-base-url=http://example.org"}))
        .hasMessageContaining("only targets a Kenes on this machine");
  }

  @Test
  void anEmptyPropertyMeansTheDefault() {
    BenchOptions options =
        BenchOptions.parse(
            new String[] {"--visits=", "--windows-seconds=", "--new-courses-every="});

    assertThat(options.visits()).isEqualTo(BenchOptions.Visits.RETURNING);
    assertThat(options.windows()).isZero();
    assertThat(options.newCoursesEvery()).isZero();
  }

  @Test
  void refusesWhatItCannotDo() {
    assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--visits=new"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--visits must be one of [returning, first]");
    assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--new-courses-every=10"}))
        .hasMessageContaining("needs --visits=first");
    assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--windows-seconds=-1"}))
        .hasMessageContaining("--windows-seconds must be between 0 and 600");
    assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--wait-ready-seconds=601"}))
        .hasMessageContaining("--wait-ready-seconds must be between 0 and 600");
    assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--window-seconds=10"}))
        .hasMessageContaining("unknown arguments: [window-seconds]");
    assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--base-url=http://example.org"}))
        .hasMessageContaining("only targets a Kenes on this machine");
  }
}
