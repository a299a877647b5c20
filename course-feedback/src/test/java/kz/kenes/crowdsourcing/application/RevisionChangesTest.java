package kz.kenes.crowdsourcing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import kz.kenes.crowdsourcing.domain.ModuleSpec;
import kz.kenes.crowdsourcing.domain.RevisionChange;
import kz.kenes.crowdsourcing.domain.RevisionChangeKind;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.program.application.ModuleCommand;
import kz.kenes.program.domain.Lesson;
import kz.kenes.program.domain.ModuleContent;
import kz.kenes.program.domain.ModuleOutline;
import org.junit.jupiter.api.Test;

class RevisionChangesTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private static final ModuleContent CURRENT =
      new ModuleContent(
          "Soil Science",
          5,
          150,
          new ModuleOutline(
              List.of("C1"), List.of("O1"), List.of(new Lesson("Soils", List.of("Video")))));

  private static ChangeCommand command(String kind, List<String> competencies) {
    return new ChangeCommand(
        kind,
        "AGR-101",
        null,
        null,
        null,
        competencies,
        null,
        null,
        null,
        List.of(9L, 3L),
        "",
        null);
  }

  @Test
  void aCompetenciesChangeReplacesOnlyTheCompetencies() {
    RevisionChange change = command("competencies", List.of("C2")).validate("operator", NOW);
    ModuleCommand applied = RevisionModules.command("AGR-101", change.spec(), CURRENT);
    ModuleContent after = applied.validate();
    assertThat(after.outline().competencies()).containsExactly("C2");
    assertThat(after.outline().learningOutcomes()).containsExactly("O1");
    assertThat(after.outline().lessons()).hasSize(1);
    assertThat(after.title()).isEqualTo("Soil Science");
    assertThat(change.proposalIds()).containsExactly(3L, 9L);
    assertThat(change.approvedBy()).isEqualTo("operator");
    assertThat(change.approvedAt()).isEqualTo(NOW);
  }

  @Test
  void refusesAKindWithoutWhatItChanges() {
    assertThatThrownBy(() -> command("competencies", null).validate("operator", NOW))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("competencies");
    assertThatThrownBy(() -> command("rename", List.of()).validate("operator", NOW))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("kind");
  }

  @Test
  void aRemovalCarriesNoContent() {
    RevisionChange change = command("removal", List.of("ignored")).validate("operator", NOW);
    assertThat(change.kind()).isEqualTo(RevisionChangeKind.REMOVAL);
    assertThat(change.spec()).isEqualTo(ModuleSpec.NONE);
    assertThat(change.kind().writesVersion()).isFalse();
  }

  @Test
  void theDiffOfTwoVersionsIsReadableLineByLine() {
    ModuleContent next =
        new ModuleContent(
            "Soil Science",
            5,
            150,
            new ModuleOutline(
                List.of("C1", "C2"),
                List.of("O1"),
                List.of(new Lesson("Soils", List.of("Video")))));
    RevisionDiffs.Diff diff =
        RevisionDiffs.diff(
            "AGR-101", 1, 2, RevisionDiffs.lines(CURRENT), RevisionDiffs.lines(next));
    assertThat(diff.unified()).contains("+competency: C2").contains("--- AGR-101 v1");
    assertThat(diff.rows())
        .anyMatch(r -> r.tag().equals("insert") && r.newLine().equals("competency: C2"));
    assertThat(diff.rows())
        .anyMatch(r -> r.tag().equals("equal") && r.oldLine().equals("title: Soil Science"));
  }

  @Test
  void aDiffKeepsMarkupAsTextForThePageToEscape() {
    ModuleContent tagged = new ModuleContent("<b>Soil</b>", 5, 150, ModuleOutline.EMPTY);
    RevisionDiffs.Diff diff = RevisionDiffs.diff("M", 0, 1, List.of(), RevisionDiffs.lines(tagged));
    assertThat(diff.rows().get(0).newLine()).isEqualTo("title: <b>Soil</b>");
  }
}
