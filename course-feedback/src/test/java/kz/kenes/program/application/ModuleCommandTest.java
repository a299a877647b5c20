package kz.kenes.program.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.errors.Problems;
import kz.kenes.program.application.ModuleCommand.LessonCommand;
import kz.kenes.program.domain.ModuleContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ModuleCommandTest {

  @Test
  void leftOutHoursAreThirtyPerCredit() {
    ModuleContent content = new ModuleCommand("M1", "Soil", 4, null, null, null, null).validate();

    assertThat(content.hours()).isEqualTo(120);
    assertThat(content.outline().lessons()).isEmpty();
  }

  static Stream<Arguments> badCommands() {
    return Stream.of(
        Arguments.of(new ModuleCommand("M", " ", 4, null, null, null, null), "title"),
        Arguments.of(new ModuleCommand("M", "T", null, null, null, null, null), "credits"),
        Arguments.of(new ModuleCommand("M", "T", 0, null, null, null, null), "credits"),
        Arguments.of(new ModuleCommand("M", "T", 4, -1, null, null, null), "hours"),
        Arguments.of(
            new ModuleCommand("M", "T", 4, null, Arrays.asList("ok", " "), null, null),
            "competencies[1]"),
        Arguments.of(
            new ModuleCommand("M", "T", 4, null, null, Arrays.asList((String) null), null),
            "learningOutcomes[0]"),
        Arguments.of(
            new ModuleCommand(
                "M", "T", 4, null, null, null, List.of(new LessonCommand("", List.of()))),
            "lessons[0].title"),
        Arguments.of(
            new ModuleCommand(
                "M", "T", 4, null, null, null, List.of(new LessonCommand("L", List.of("")))),
            "lessons[0].steps[0]"));
  }

  @ParameterizedTest
  @MethodSource("badCommands")
  void refusesWithA400NamingTheField(ModuleCommand command, String field) {
    DomainException refusal = catchThrowableOfType(DomainException.class, command::validate);

    assertThat(Problems.status(refusal)).isEqualTo(400);
    assertThat(refusal.fieldErrors()).containsOnlyKeys(field);
  }
}
