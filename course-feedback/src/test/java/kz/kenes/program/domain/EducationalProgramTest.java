package kz.kenes.program.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EducationalProgramTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:15:30.123456789Z");
  private final University university = new University("DSU", "Dala State University", NOW);

  @Test
  void aProgramWithoutLevelIsABachelorProgramInKazakhAndRussian() {
    EducationalProgram program =
        new EducationalProgram(university, "AGR", "Agronomy", "Agriculture", NOW);

    assertThat(program.level()).isEqualTo(ProgramLevel.BACHELOR);
    assertThat(program.languages()).containsExactly(TeachingLanguage.KK, TeachingLanguage.RU);
  }

  @Test
  void keepsLanguagesInKazakhRussianEnglishOrder() {
    EducationalProgram program =
        new EducationalProgram(
            university,
            "SE",
            "Software Engineering",
            "Engineering and IT",
            ProgramLevel.MASTER,
            Set.of(TeachingLanguage.EN, TeachingLanguage.KK),
            NOW);

    assertThat(program.level()).isEqualTo(ProgramLevel.MASTER);
    assertThat(program.languages()).containsExactly(TeachingLanguage.KK, TeachingLanguage.EN);
  }

  @Test
  void describeReplacesCodeNameFieldLevelAndLanguages() {
    EducationalProgram program =
        new EducationalProgram(university, "AGR", "Agronomy", "Agriculture", NOW);

    program.describe(
        " AGR-2 ",
        "Agronomy II",
        "Agriculture and veterinary",
        ProgramLevel.DOCTORATE,
        Set.of(TeachingLanguage.EN));

    assertThat(program.code()).isEqualTo("AGR-2");
    assertThat(program.name()).isEqualTo("Agronomy II");
    assertThat(program.field()).isEqualTo("Agriculture and veterinary");
    assertThat(program.level()).isEqualTo(ProgramLevel.DOCTORATE);
    assertThat(program.languages()).containsExactly(TeachingLanguage.EN);
  }

  @Test
  void refusesAProgramTaughtInNoLanguage() {
    EducationalProgram program =
        new EducationalProgram(university, "AGR", "Agronomy", "Agriculture", NOW);

    assertThatThrownBy(
            () -> program.describe("AGR", "Agronomy", "Agriculture", ProgramLevel.MASTER, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one language");
  }

  @Test
  void refusesASecondModuleWithTheSameCode() {
    EducationalProgram program =
        new EducationalProgram(university, "AGR", "Agronomy", "Agriculture", NOW);
    program.addModule("AGR-101", "Soil Science", 5, NOW);

    assertThatThrownBy(() -> program.addModule("AGR-101", "Other", 3, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already has a module AGR-101");
  }

  @Test
  void levelAndLanguageCodesAreLowerCase() {
    assertThat(ProgramLevel.ofCode("master")).contains(ProgramLevel.MASTER);
    assertThat(ProgramLevel.ofCode("MASTER")).isEmpty();
    assertThat(TeachingLanguage.ofCode("kk")).contains(TeachingLanguage.KK);
    assertThat(TeachingLanguage.fromColumn(TeachingLanguage.toColumn(Set.of(TeachingLanguage.RU))))
        .containsExactly(TeachingLanguage.RU);
  }
}
