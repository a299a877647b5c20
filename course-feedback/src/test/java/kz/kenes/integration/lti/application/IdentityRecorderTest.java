package kz.kenes.integration.lti.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityRecorderTest {

  @Test
  void keepsStoredValueWhenThePlatformSendsNone() {
    assertThat(IdentityRecorder.refreshed("Aigerim", null, 10)).isEqualTo("Aigerim");
    assertThat(IdentityRecorder.refreshed("Aigerim", "  ", 10)).isEqualTo("Aigerim");
  }

  @Test
  void takesTheSentValueTrimmedAndCutToTheColumn() {
    assertThat(IdentityRecorder.refreshed("old", "  Aigerim Nurlanovna ", 7)).isEqualTo("Aigerim");
  }

  @Test
  void dropsNulCharactersThatPostgresqlCannotStore() {
    assertThat(IdentityRecorder.refreshed("old", "Ai\u0000gerim", 10)).isEqualTo("Aigerim");
  }

  @Test
  void rewritesLastSeenTimesOnlyWhenAnHourOld() {
    java.time.LocalDateTime now = java.time.LocalDateTime.parse("2026-11-23T10:00:00");
    assertThat(IdentityRecorder.touched(null, now)).isEqualTo(now);
    assertThat(IdentityRecorder.touched(now.minusMinutes(59), now)).isEqualTo(now.minusMinutes(59));
    assertThat(IdentityRecorder.touched(now.minusMinutes(61), now)).isEqualTo(now);
  }
}
