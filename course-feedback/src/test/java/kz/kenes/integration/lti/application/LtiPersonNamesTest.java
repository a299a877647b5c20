package kz.kenes.integration.lti.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LtiPersonNamesTest {

  @Test
  void aPersonIsNamedByTheFullNameElseGivenAndFamilyNameNeverByEmail() {
    assertThat(LtiPersonNames.nameOf(" Aigerim Nurlanovna ", "A", "N"))
        .isEqualTo("Aigerim Nurlanovna");
    assertThat(LtiPersonNames.nameOf(" ", "Aigerim", "Nurlanovna")).isEqualTo("Aigerim Nurlanovna");
    assertThat(LtiPersonNames.nameOf(null, null, "Nurlanovna")).isEqualTo("Nurlanovna");
    assertThat(LtiPersonNames.nameOf(null, " ", null)).isNull();
  }
}
