package kz.kenes.integration.lti.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LtiCoursePeopleTest {

  @Test
  void takesLikeWildcardsAndTheEscapeCharacterLiterally() {
    assertThat(LtiCoursePeople.escaped("50%_a!b")).isEqualTo("50!%!_a!!b");
  }

  @Test
  void keepsTheShownNameFoldedAndCutToItsColumn() {
    assertThat(LtiCoursePeople.searchName("Ásel Ö", null, null)).isEqualTo("asel o");
    assertThat(LtiCoursePeople.searchName(" ", "Zhanar", "Ospán")).isEqualTo("zhanar ospan");
    assertThat(LtiCoursePeople.searchName(null, null, null)).isNull();
    assertThat(LtiCoursePeople.searchName("a".repeat(200), "b".repeat(200), "c")).hasSize(200);
    assertThat(LtiCoursePeople.searchName(null, "b".repeat(200), "c".repeat(200))).hasSize(300);
  }
}
