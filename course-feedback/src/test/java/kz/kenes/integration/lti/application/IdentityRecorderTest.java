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
}
