package kz.kenes.crowdsourcing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProposalDiffTest {

  @Test
  void showsAChangedLineAsAUnifiedDiff() {
    assertThat(ProposalDiff.unified("Add GIS labs\nin week 3", "Add GIS labs\nin week 4"))
        .isEqualTo("@@ -1,2 +1,2 @@\n Add GIS labs\n-in week 3\n+in week 4");
  }

  @Test
  void anAdditionOnlyAddsAndAChangeDoesNot() {
    assertThat(ProposalDiff.onlyAdds("Add GIS labs", "Add GIS labs\nwith drones")).isTrue();
    assertThat(ProposalDiff.onlyAdds("Add GIS labs", "Add drone labs")).isFalse();
    assertThat(ProposalDiff.onlyAdds("a\nb", "a")).isFalse();
  }

  @Test
  void identicalTextsHaveNoDiff() {
    assertThat(ProposalDiff.unified("same", "same")).isEmpty();
  }

  @Test
  void rowsPairTheLinesSideBySide() {
    assertThat(ProposalDiff.rows("Soil\nWater", "Soil\nAir\nDrones"))
        .containsExactly(
            new ProposalDiff.Row("equal", "Soil", "Soil"),
            new ProposalDiff.Row("change", "Water", "Air"),
            new ProposalDiff.Row("insert", "", "Drones"));
    assertThat(ProposalDiff.rows("", "First"))
        .containsExactly(new ProposalDiff.Row("insert", "", "First"));
  }
}
