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
  void endsWhenTwoWindowsInARowBeatNothingBeforeThem() {
    WarmUpProgress progress = new WarmUpProgress(s(180));
    assertThat(progress.windowEnded(300, s(10))).isEqualTo(Ending.NOT_YET);
    assertThat(progress.windowEnded(900, s(20))).isEqualTo(Ending.NOT_YET);
    assertThat(progress.windowEnded(1500, s(30))).isEqualTo(Ending.NOT_YET);
    assertThat(progress.windowEnded(2000, s(40))).isEqualTo(Ending.NOT_YET);
    // within 5 % of the best so far: flat once, then twice
    assertThat(progress.windowEnded(2080, s(50))).isEqualTo(Ending.NOT_YET);
    assertThat(progress.windowEnded(1950, s(60))).isEqualTo(Ending.FLAT);
  }

  @Test
  void aWindowThatStillRisesStartsTheCountAgain() {
    WarmUpProgress progress = new WarmUpProgress(s(180));
    assertThat(progress.windowEnded(500, s(10))).isEqualTo(Ending.NOT_YET);
    assertThat(progress.windowEnded(1000, s(20))).isEqualTo(Ending.NOT_YET);
    assertThat(progress.windowEnded(1000, s(30))).isEqualTo(Ending.NOT_YET);
    // a rise of 20 % after one flat window: the flat count starts again
    assertThat(progress.windowEnded(1200, s(40))).isEqualTo(Ending.NOT_YET);
    assertThat(progress.windowEnded(1210, s(50))).isEqualTo(Ending.NOT_YET);
    assertThat(progress.windowEnded(1190, s(60))).isEqualTo(Ending.FLAT);
  }

  @Test
  void neverEndsOnAFlatRateBeforeTheShortestWarmUp() {
    WarmUpProgress progress = new WarmUpProgress(s(180));
    assertThat(progress.windowEnded(1000, s(10))).isEqualTo(Ending.NOT_YET);
    assertThat(progress.windowEnded(1000, s(20))).isEqualTo(Ending.NOT_YET);
    assertThat(progress.windowEnded(1000, s(30))).isEqualTo(Ending.FLAT);
  }

  @Test
  void endsAtTheLongestTimeWhileStillRising() {
    WarmUpProgress progress = new WarmUpProgress(s(40));
    assertThat(progress.windowEnded(100, s(10))).isEqualTo(Ending.NOT_YET);
    assertThat(progress.windowEnded(200, s(20))).isEqualTo(Ending.NOT_YET);
    assertThat(progress.windowEnded(400, s(30))).isEqualTo(Ending.NOT_YET);
    assertThat(progress.windowEnded(800, s(40))).isEqualTo(Ending.LONGEST);
  }

  @Test
  void aShortWarmUpEndsAtItsLongestTime() {
    WarmUpProgress progress = new WarmUpProgress(s(3));
    assertThat(progress.untilNextWindow(Duration.ZERO)).isEqualTo(s(3));
    assertThat(progress.windowEnded(50, s(3))).isEqualTo(Ending.LONGEST);
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
