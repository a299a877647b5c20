package kz.kenes.bench.crowd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimingsTest {

  @Test
  void percentilesAreNearestRankOfTheWarmCallsOnly() {
    double[] warm = new double[20];
    for (int i = 0; i < 20; i++) {
      warm[i] = 20 - i;
    }
    Timings t = new Timings(900, warm);
    assertThat(t.percentile(50)).isEqualTo(10);
    assertThat(t.percentile(95)).isEqualTo(19);
    assertThat(t.max()).isEqualTo(20);
    assertThat(t.first()).isEqualTo(900);
    assertThat(t.summary()).contains("first 900.0", "p50 10.0", "p95 19.0", "max 20.0");
  }

  @Test
  void oneWarmCallIsEveryPercentile() {
    Timings t = new Timings(5, new double[] {7});
    assertThat(t.percentile(50)).isEqualTo(7);
    assertThat(t.percentile(95)).isEqualTo(7);
  }
}
