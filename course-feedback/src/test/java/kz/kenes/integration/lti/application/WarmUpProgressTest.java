package kz.kenes.integration.lti.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import kz.kenes.integration.lti.application.WarmUpProgress.Ending;
import org.junit.jupiter.api.Test;

class WarmUpProgressTest {

  private static Duration s(long seconds) {
    return Duration.ofSeconds(seconds);
  }

  @Test
  void endsWhenTheCompilersWereQuietForTwoWindowsInARow() {
    WarmUpProgress progress = new WarmUpProgress(s(180));
    assertThat(progress.windowEnded(200, 9_000, s(10))).isEqualTo(Ending.NOT_YET);
    assertThat(progress.windowEnded(450, 6_000, s(20))).isEqualTo(Ending.NOT_YET);
    assertThat(progress.windowEnded(900, 3_000, s(30))).isEqualTo(Ending.NOT_YET);
    assertThat(progress.windowEnded(1500, 900, s(40))).isEqualTo(Ending.NOT_YET);
    assertThat(progress.ending()).isEqualTo(Ending.NOT_YET);
    assertThat(progress.windowEnded(1600, 400, s(50))).isEqualTo(Ending.QUIET);
    assertThat(progress.ending()).isEqualTo(Ending.QUIET);
    assertThat(progress.windows()).containsExactly(200L, 450L, 900L, 1500L, 1600L);
    assertThat(progress.compiling()).containsExactly(9_000L, 6_000L, 3_000L, 900L, 400L);
  }

  @Test
  void aBusyWindowStartsTheCountAgain() {
    WarmUpProgress progress = new WarmUpProgress(s(180));
    progress.windowEnded(500, 5_000, s(10));
    progress.windowEnded(800, 5_000, s(20));
    assertThat(progress.windowEnded(900, 200, s(30))).isEqualTo(Ending.NOT_YET);
    assertThat(progress.windowEnded(1800, 1_000, s(40))).isEqualTo(Ending.NOT_YET);
    assertThat(progress.windowEnded(1900, 300, s(50))).isEqualTo(Ending.NOT_YET);
    assertThat(progress.windowEnded(1900, 999, s(60))).isEqualTo(Ending.QUIET);
  }

  @Test
  void fromTwoMinutesOnAFifthOfTheWindowIsQuietEnough() {
    WarmUpProgress progress = new WarmUpProgress(Duration.ofSeconds(180));
    for (int i = 1; i <= 10; i++) {
      assertThat(progress.windowEnded(1000, 5_000, s(10L * i))).isEqualTo(Ending.NOT_YET);
    }
    assertThat(progress.windowEnded(2000, 1_300, s(110))).isEqualTo(Ending.NOT_YET);
    assertThat(progress.windowEnded(2000, 1_300, s(120))).isEqualTo(Ending.QUIET);
  }

  @Test
  void beforeTwoMinutesAFifthOfTheWindowIsStillBusy() {
    WarmUpProgress progress = new WarmUpProgress(Duration.ofSeconds(180));
    for (int i = 1; i <= 11; i++) {
      assertThat(progress.windowEnded(2000, 1_300, s(10L * i))).isEqualTo(Ending.NOT_YET);
    }
    assertThat(progress.windowEnded(2000, 2_000, s(120))).isEqualTo(Ending.NOT_YET);
    assertThat(progress.windowEnded(2000, 1_999, s(130))).isEqualTo(Ending.NOT_YET);
    assertThat(progress.windowEnded(2000, 1_999, s(140))).isEqualTo(Ending.QUIET);
  }

  @Test
  void neverEndsOnQuietCompilersBeforeTheShortestWarmUp() {
    WarmUpProgress progress = new WarmUpProgress(s(180));
    assertThat(progress.windowEnded(1000, 0, s(10))).isEqualTo(Ending.NOT_YET);
    assertThat(progress.windowEnded(1000, 0, s(20))).isEqualTo(Ending.NOT_YET);
    assertThat(progress.windowEnded(1000, 0, s(30))).isEqualTo(Ending.QUIET);
  }

  @Test
  void withoutCompilationTimesOnlyTheLongestTimeEndsIt() {
    WarmUpProgress progress = new WarmUpProgress(s(40));
    assertThat(progress.windowEnded(100, -1, s(10))).isEqualTo(Ending.NOT_YET);
    assertThat(progress.windowEnded(200, -1, s(20))).isEqualTo(Ending.NOT_YET);
    assertThat(progress.windowEnded(400, -1, s(30))).isEqualTo(Ending.NOT_YET);
    assertThat(progress.windowEnded(800, -1, s(40))).isEqualTo(Ending.LONGEST);
  }

  @Test
  void endsAtTheLongestTimeWhileTheCompilersAreBusy() {
    WarmUpProgress progress = new WarmUpProgress(s(40));
    for (int i = 1; i <= 3; i++) {
      assertThat(progress.windowEnded(100, 5_000, s(10L * i))).isEqualTo(Ending.NOT_YET);
    }
    assertThat(progress.windowEnded(100, 5_000, s(40))).isEqualTo(Ending.LONGEST);
  }

  @Test
  void aShortWarmUpEndsAtItsLongestTime() {
    WarmUpProgress progress = new WarmUpProgress(s(3));
    assertThat(progress.untilNextWindow(Duration.ZERO)).isEqualTo(s(3));
    assertThat(progress.windowEnded(50, 0, s(3))).isEqualTo(Ending.LONGEST);
  }

  @Test
  void windowsEndOnTheirTenSecondMarks() {
    WarmUpProgress progress = new WarmUpProgress(s(180));
    assertThat(progress.untilNextWindow(Duration.ofMillis(12_500)))
        .isEqualTo(Duration.ofMillis(7_500));
    assertThat(progress.untilNextWindow(s(20))).isEqualTo(s(10));
    assertThat(progress.untilNextWindow(s(175))).isEqualTo(s(5));
  }
}
