package kz.kenes.program.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.errors.Problems;
import kz.kenes.program.application.PlanCommand.WeekCommand;
import kz.kenes.program.domain.WeeklyTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanCommandTest {

  private static PlanCommand plan(List<WeekCommand> weeks, List<String> authors) {
    return new PlanCommand(
        "Crops", "Crop Production", "Agronomy", null, null, weeks, null, null, authors, null);
  }

  @Test
  void acceptsAPlanWithWeeksInOrderAndNoPurpose() {
    PlanCommand.Valid valid =
        plan(List.of(new WeekCommand(1, "Soils"), new WeekCommand(2, "Seeds")), null).validate();

    assertThat(valid.purpose()).isEmpty();
    assertThat(valid.outline().weeks())
        .containsExactly(new WeeklyTopic(1, "Soils"), new WeeklyTopic(2, "Seeds"));
  }

  static Stream<Arguments> badPlans() {
    return Stream.of(
        Arguments.of(
            new PlanCommand(null, "D", "T", null, null, null, null, null, null, null), "title"),
        Arguments.of(
            new PlanCommand("T", " ", "T", null, null, null, null, null, null, null), "discipline"),
        Arguments.of(
            new PlanCommand("T", "D", null, null, null, null, null, null, null, null),
            "trainingDirection"),
        Arguments.of(plan(List.of(new WeekCommand(2, "Seeds")), null), "weeks[0].week"),
        Arguments.of(plan(List.of(new WeekCommand(1, " ")), null), "weeks[0].topic"),
        Arguments.of(plan(null, Arrays.asList("A", null)), "authors[1]"));
  }

  @ParameterizedTest
  @MethodSource("badPlans")
  void refusesWithA400NamingTheField(PlanCommand command, String field) {
    DomainException refusal = catchThrowableOfType(DomainException.class, command::validate);

    assertThat(Problems.status(refusal)).isEqualTo(400);
    assertThat(refusal.fieldErrors()).containsOnlyKeys(field);
  }
}
