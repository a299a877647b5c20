package kz.kenes.certificate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.kenes.certificate.domain.Progress.Kind;
import kz.kenes.platform.activity.QuizOutcomes.CourseQuiz;
import kz.kenes.platform.activity.QuizOutcomes.Outcome;
import kz.kenes.platform.domain.InvalidInput;
import org.junit.jupiter.api.Test;

class CompletionRulesTest {

  private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
  private static final List<CourseQuiz> QUIZZES =
      List.of(new CourseQuiz("quiz:1", "Soils"), new CourseQuiz("quiz:2", "Water"));

  private static RuleSettings rules(List<String> quizzes, Integer min, List<Long> surveys) {
    return new RuleSettings(quizzes, min, surveys, true, "", null, null, List.of());
  }

  private static Outcome outcome(String quiz, double percent, boolean passed) {
    return new Outcome(quiz, percent, passed, NOW);
  }

  private static Standing standing(Map<String, Outcome> outcomes, Set<Long> surveys) {
    return new Standing(QUIZZES, outcomes, surveys);
  }

  @Test
  void completeWhenEveryRequiredQuizIsPassedAndTheMinimumAndSurveysHold() {
    Progress p =
        CompletionRules.evaluate(
            rules(List.of("quiz:1"), 60, List.of(12L)),
            standing(
                Map.of(
                    "quiz:1", outcome("quiz:1", 80, true), "quiz:2", outcome("quiz:2", 50, false)),
                Set.of(12L)));
    assertThat(p.complete()).isTrue();
    assertThat(p.conditions())
        .extracting(Progress.Condition::kind)
        .containsExactly(Kind.QUIZ_PASSED, Kind.OVERALL_PERCENT, Kind.SURVEY_ANSWERED);
    assertThat(p.conditions().get(1).reached()).isEqualTo(65.0);
  }

  @Test
  void aRequiredQuizFailedOrNotAttemptedIsNotMet() {
    Progress failed =
        CompletionRules.evaluate(
            rules(List.of("quiz:1", "quiz:2"), null, List.of()),
            standing(Map.of("quiz:1", outcome("quiz:1", 40, false)), Set.of()));
    assertThat(failed.complete()).isFalse();
    assertThat(failed.conditions())
        .extracting(Progress.Condition::met)
        .containsExactly(false, false);
    assertThat(failed.conditions().get(0).reached()).isEqualTo(40.0);
    assertThat(failed.conditions().get(1).reached()).isNull();
  }

  @Test
  void theOverallPercentageCountsUnattemptedQuizzesAsZero() {
    Progress p =
        CompletionRules.evaluate(
            rules(List.of(), 50, List.of()),
            standing(Map.of("quiz:1", outcome("quiz:1", 90, true)), Set.of()));
    assertThat(p.conditions().get(0).reached()).isEqualTo(45.0);
    assertThat(p.complete()).isFalse();
  }

  @Test
  void theMinimumIsReachedExactly() {
    Progress p =
        CompletionRules.evaluate(
            rules(List.of(), 60, List.of()),
            standing(
                Map.of(
                    "quiz:1", outcome("quiz:1", 60, true), "quiz:2", outcome("quiz:2", 60, true)),
                Set.of()));
    assertThat(p.complete()).isTrue();
  }

  @Test
  void aMinimumCannotBeReachedInACourseWithoutQuizzes() {
    Progress p =
        CompletionRules.evaluate(
            rules(List.of(), 10, List.of()), new Standing(List.of(), Map.of(), Set.of()));
    assertThat(p.complete()).isFalse();
    assertThat(p.conditions().get(0).reached()).isNull();
  }

  @Test
  void aSurveyNotAnsweredIsNotMet() {
    Progress p =
        CompletionRules.evaluate(
            rules(List.of(), null, List.of(12L, 13L)), standing(Map.of(), Set.of(12L)));
    assertThat(p.conditions()).extracting(Progress.Condition::met).containsExactly(true, false);
    assertThat(p.metCount()).isEqualTo(1);
  }

  @Test
  void noRulesIsNeverComplete() {
    Progress p = CompletionRules.evaluate(RuleSettings.none(), standing(Map.of(), Set.of()));
    assertThat(p.conditions()).isEmpty();
    assertThat(p.complete()).isFalse();
    assertThat(RuleSettings.none().hasRules()).isFalse();
  }

  @Test
  void storedRulesReadBackAsSet() {
    RuleSettings set =
        new RuleSettings(
            List.of("quiz:1", "quiz:1", "quiz:2"),
            70,
            List.of(12L),
            true,
            "  Агрономия негіздері ",
            72,
            new BigDecimal("2.5"),
            List.of("Reads a soil map", " ", "Топырақ картасын оқиды"));
    CompletionRules rules = new CompletionRules(5, set, NOW);
    RuleSettings back = rules.settings();
    assertThat(back.requiredQuizzes()).containsExactly("quiz:1", "quiz:2");
    assertThat(back.requiredSurveys()).containsExactly(12L);
    assertThat(back.title()).isEqualTo("Агрономия негіздері");
    assertThat(back.competencies()).containsExactly("Reads a soil map", "Топырақ картасын оқиды");
    assertThat(back.credits()).isEqualByComparingTo("2.5");
    assertThat(rules.autoIssue()).isTrue();
  }

  @Test
  void refusesEveryInvalidFieldAtOnce() {
    RuleSettings bad =
        new RuleSettings(
            List.of("survey:1"),
            101,
            List.of(-1L),
            true,
            "x".repeat(301),
            -1,
            new BigDecimal("1.005"),
            List.of("y".repeat(201)));
    assertThatThrownBy(bad::validated)
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsOnlyKeys(
                        "requiredQuizzes",
                        "minPercent",
                        "requiredSurveys",
                        "title",
                        "hours",
                        "credits",
                        "competencies"));
  }
}
