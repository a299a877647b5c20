package kz.kenes.program.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.Stream;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.errors.Problems;
import kz.kenes.program.domain.ProgramLevel;
import kz.kenes.program.domain.TeachingLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProgramCommandTest {

  private static ProgramCommand valid() {
    return new ProgramCommand(
        7L, "AGR", "Agronomy", "Agriculture", "bachelor", List.of("kk", "ru"));
  }

  @Test
  void acceptsAValidCommand() {
    ProgramCommand.Valid checked = valid().validate();

    assertThat(checked.universityId()).isEqualTo(7L);
    assertThat(checked.level()).isEqualTo(ProgramLevel.BACHELOR);
    assertThat(checked.languages()).containsExactly(TeachingLanguage.KK, TeachingLanguage.RU);
  }

  static Stream<Arguments> badCommands() {
    ProgramCommand v = valid();
    return Stream.of(
        Arguments.of(
            new ProgramCommand(null, v.code(), v.name(), v.field(), v.level(), v.languages()),
            "universityId"),
        Arguments.of(
            new ProgramCommand(7L, " ", v.name(), v.field(), v.level(), v.languages()), "code"),
        Arguments.of(
            new ProgramCommand(7L, "A B", v.name(), v.field(), v.level(), v.languages()), "code"),
        Arguments.of(
            new ProgramCommand(7L, v.code(), null, v.field(), v.level(), v.languages()), "name"),
        Arguments.of(
            new ProgramCommand(7L, v.code(), v.name(), "", v.level(), v.languages()), "field"),
        Arguments.of(
            new ProgramCommand(7L, v.code(), v.name(), v.field(), "phd", v.languages()), "level"),
        Arguments.of(
            new ProgramCommand(7L, v.code(), v.name(), v.field(), v.level(), List.of()),
            "languages"),
        Arguments.of(
            new ProgramCommand(7L, v.code(), v.name(), v.field(), v.level(), List.of("kk", "de")),
            "languages"));
  }

  @ParameterizedTest
  @MethodSource("badCommands")
  void refusesWithA400NamingTheField(ProgramCommand command, String field) {
    DomainException refusal = catchThrowableOfType(DomainException.class, command::validate);

    assertThat(Problems.status(refusal)).isEqualTo(400);
    assertThat(refusal.fieldErrors()).containsOnlyKeys(field);
  }
}
