package kz.kenes.program.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramModuleTest {

  private static final Instant T1 = Instant.parse("2026-11-01T08:00:00Z");
  private static final Instant T2 = Instant.parse("2026-11-02T08:00:00Z");

  private final EducationalProgram program =
      new EducationalProgram(new University("DSU", "Dala", T1), "AGR", "Agronomy", "Agri", T1);

  private static ModuleContent content(String title, String competency) {
    return new ModuleContent(
        title,
        5,
        150,
        new ModuleOutline(
            List.of(competency),
            List.of("Reads a soil map"),
            List.of(new Lesson("Soil types", List.of("Video", "Quiz")))));
  }

  @Test
  void aNewModuleIsVersionOne() {
    ProgramModule module = program.addModule("AGR-101", content("Soil Science", "C1"), T1);

    assertThat(module.currentVersion()).isEqualTo(1);
    assertThat(module.current().content()).isEqualTo(content("Soil Science", "C1"));
    assertThat(module.title()).isEqualTo("Soil Science");
  }

  @Test
  void aChangeMakesANewVersionAndKeepsTheOldOne() {
    ProgramModule module = program.addModule("AGR-101", content("Soil Science", "C1"), T1);

    ModuleVersion second = module.revise(content("Soil Science II", "C2"), T2);

    assertThat(second.number()).isEqualTo(2);
    assertThat(module.currentVersion()).isEqualTo(2);
    assertThat(module.title()).isEqualTo("Soil Science II");
    assertThat(module.version(1).orElseThrow().content()).isEqualTo(content("Soil Science", "C1"));
    assertThat(module.version(1).orElseThrow().createdAt()).isEqualTo(T1);
    assertThat(module.versions()).extracting(ModuleVersion::number).containsExactly(1, 2);
  }

  @Test
  void aRevisionThatChangesNothingMakesNoVersion() {
    ProgramModule module = program.addModule("AGR-101", content("Soil Science", "C1"), T1);

    ModuleVersion same = module.revise(content("Soil Science", "C1"), T2);

    assertThat(same.number()).isEqualTo(1);
    assertThat(module.versions()).hasSize(1);
  }

  @Test
  void theDemoSeedsShortFormGetsThirtyHoursPerCreditAndNoOutline() {
    ProgramModule module = program.addModule("AGR-102", "Plant Physiology", 4, T1);

    assertThat(module.current().content())
        .isEqualTo(new ModuleContent("Plant Physiology", 4, 120, ModuleOutline.EMPTY));
    assertThat(program.credits()).isEqualTo(4);
  }

  @Test
  void refusesContentWithoutCreditsOrHours() {
    assertThatThrownBy(() -> new ModuleContent("X", 0, 10, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ModuleContent("X", 3, 0, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
