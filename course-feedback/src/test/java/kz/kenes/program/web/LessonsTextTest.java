package kz.kenes.program.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.errors.Problems;
import kz.kenes.program.application.ModuleCommand.LessonCommand;
import kz.kenes.program.domain.Lesson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LessonsTextTest {

  @Test
  void readsLessonTitlesWithTheDashedStepsUnderThem() {
    String text =
        "Soil types\n  - Video lecture\n  -Quiz\n\nSoil fertility\n- Reading\nField trip\n";

    assertThat(LessonsText.parse(text))
        .containsExactly(
            new LessonCommand("Soil types", List.of("Video lecture", "Quiz")),
            new LessonCommand("Soil fertility", List.of("Reading")),
            new LessonCommand("Field trip", List.of()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   \n\n", "\r\n"})
  void blankTextIsNoLessons(String text) {
    assertThat(LessonsText.parse(text)).isEmpty();
    assertThat(LessonsText.parse(null)).isEmpty();
  }

  @Test
  void windowsLineEndsAreLinesToo() {
    assertThat(LessonsText.parse("Soils\r\n - Video\r\n"))
        .containsExactly(new LessonCommand("Soils", List.of("Video")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"- Video lecture\nSoil types", "Soil types\n  -   \n"})
  void refusesAStepBeforeAnyTitleOrWithoutTextNamingLessons(String text) {
    assertThatThrownBy(() -> LessonsText.parse(text))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(Problems.status(e)).isEqualTo(400);
              assertThat(e.fieldErrors()).containsOnlyKeys("lessons");
            });
  }

  @Test
  void formatIsReadBackAsTheSameLessons() {
    List<Lesson> lessons =
        List.of(
            new Lesson("Soil types", List.of("Video lecture", "Quiz")),
            new Lesson("Soil fertility", List.of()));

    String text = LessonsText.format(lessons);

    assertThat(text).isEqualTo("Soil types\n  - Video lecture\n  - Quiz\nSoil fertility");
    assertThat(LessonsText.parse(text))
        .containsExactly(
            new LessonCommand("Soil types", List.of("Video lecture", "Quiz")),
            new LessonCommand("Soil fertility", List.of()));
  }
}
