package kz.kenes.certificate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import kz.kenes.certificate.domain.ProgramStanding.CourseResult;
import kz.kenes.certificate.domain.Progress.Condition;
import kz.kenes.certificate.domain.Progress.Kind;
import kz.kenes.platform.domain.InvalidInput;
import org.junit.jupiter.api.Test;

class ProgramCompletionRulesTest {

  private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

  private static ProgramRuleSettings rules(List<Long> courses, Integer min) {
    return new ProgramRuleSettings(courses, min, true, "", null, null, List.of());
  }

  private static CourseResult certified(long course, Double percent) {
    return new CourseResult(
        course, true, percent == null ? OptionalDouble.empty() : OptionalDouble.of(percent));
  }

  private static CourseResult notCertified(long course, Double percent) {
    return new CourseResult(
        course, false, percent == null ? OptionalDouble.empty() : OptionalDouble.of(percent));
  }

  private static ProgramStanding standing(CourseResult... courses) {
    return new ProgramStanding(List.of(courses));
  }

  @Test
  void withNoCourseChosenEveryCourseOfTheProgramIsRequired() {
    Progress p =
        ProgramCompletionRules.evaluate(
            rules(List.of(), null), standing(certified(1, null), certified(2, null)));
    assertThat(p.complete()).isTrue();
    assertThat(p.conditions())
        .extracting(Condition::kind, Condition::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.COURSE_COMPLETED, "course:1"),
            org.assertj.core.groups.Tuple.tuple(Kind.COURSE_COMPLETED, "course:2"));
  }

  @Test
  void aCourseWithoutAValidCertificateIsNotCompleted() {
    Progress p =
        ProgramCompletionRules.evaluate(
            rules(List.of(), null), standing(certified(1, null), notCertified(2, null)));
    assertThat(p.complete()).isFalse();
    assertThat(p.conditions()).extracting(Condition::met).containsExactly(true, false);
  }

  @Test
  void onlyTheChosenCoursesAreRequired() {
    Progress p =
        ProgramCompletionRules.evaluate(
            rules(List.of(1L), null), standing(certified(1, null), notCertified(2, null)));
    assertThat(p.complete()).isTrue();
    assertThat(p.conditions()).extracting(Condition::subject).containsExactly("course:1");
  }

  @Test
  void aChosenCourseThatNoLongerDeliversTheProgramIsLeftOut() {
    Progress p =
        ProgramCompletionRules.evaluate(
            rules(List.of(1L, 9L), null), standing(certified(1, null), notCertified(2, null)));
    assertThat(p.conditions()).extracting(Condition::subject).containsExactly("course:1");
    assertThat(p.complete()).isTrue();
  }

  @Test
  void aProgramWithNoCourseIsNeverComplete() {
    assertThat(ProgramCompletionRules.evaluate(rules(List.of(), 50), standing()).complete())
        .isFalse();
    assertThat(
            ProgramCompletionRules.evaluate(rules(List.of(7L), null), standing(certified(1, null)))
                .complete())
        .isFalse();
  }

  @Test
  void theMinimumIsTheMeanOverTheRequiredCoursesWithQuizzes() {
    // course 3 has no quizzes: it is left out of the mean (80 + 50) / 2 = 65
    Progress reached =
        ProgramCompletionRules.evaluate(
            rules(List.of(), 65),
            standing(certified(1, 80.0), certified(2, 50.0), certified(3, null)));
    Condition overall = reached.conditions().get(3);
    assertThat(overall.kind()).isEqualTo(Kind.OVERALL_PERCENT);
    assertThat(overall.reached()).isEqualTo(65.0);
    assertThat(overall.required()).isEqualTo(65.0);
    assertThat(reached.complete()).isTrue();

    Progress missed =
        ProgramCompletionRules.evaluate(
            rules(List.of(), 66), standing(certified(1, 80.0), certified(2, 50.0)));
    assertThat(missed.complete()).isFalse();
    assertThat(missed.conditions().get(2).met()).isFalse();
  }

  @Test
  void theMinimumCountsOnlyRequiredCourses() {
    Progress p =
        ProgramCompletionRules.evaluate(
            rules(List.of(1L), 70), standing(certified(1, 90.0), notCertified(2, 10.0)));
    assertThat(p.conditions().get(1).reached()).isEqualTo(90.0);
    assertThat(p.complete()).isTrue();
  }

  @Test
  void aMinimumAboveZeroIsNeverReachedWithoutQuizzes() {
    Progress p =
        ProgramCompletionRules.evaluate(
            rules(List.of(), 1), standing(certified(1, null), certified(2, null)));
    assertThat(p.complete()).isFalse();
    assertThat(p.conditions().get(2).reached()).isNull();
    assertThat(
            ProgramCompletionRules.evaluate(rules(List.of(), 0), standing(certified(1, null)))
                .complete())
        .isTrue();
  }

  @Test
  void aProgramCertificateReliesOnTheCertificateOfARequiredCourse() {
    ProgramStanding both = standing(certified(1, null), certified(2, null));
    assertThat(ProgramCompletionRules.holdsWithout(rules(List.of(), null), both, 2)).isFalse();
    assertThat(ProgramCompletionRules.holdsWithout(rules(List.of(1L, 2L), null), both, 1))
        .isFalse();
  }

  @Test
  void theRulesStillHoldWithoutTheCertificateOfACourseTheyDoNotRequire() {
    ProgramStanding both = standing(certified(1, null), certified(2, null));
    assertThat(ProgramCompletionRules.holdsWithout(rules(List.of(1L), null), both, 2)).isTrue();
    // a course the program does not count at all
    assertThat(ProgramCompletionRules.holdsWithout(rules(List.of(), null), both, 9)).isTrue();
  }

  @Test
  void theCourseIsCountedAsNotCompletedWhateverTheStandingSays() {
    // the standing may be read before the revocation is flushed: the course is still "certified"
    ProgramStanding read = standing(certified(1, 80.0), certified(2, 90.0));
    assertThat(ProgramCompletionRules.holdsWithout(rules(List.of(), 50), read, 1)).isFalse();
    assertThat(ProgramCompletionRules.holdsWithout(rules(List.of(2L), 50), read, 1)).isTrue();
  }

  @Test
  void storesAndReadsBackItsSettings() {
    ProgramRuleSettings set =
        new ProgramRuleSettings(
            List.of(12L, 15L, 12L),
            60,
            true,
            "  Agronomy  ",
            240,
            new BigDecimal("8.5"),
            List.of("Reads a soil map", " ", "Plans a crop rotation"));
    ProgramCompletionRules stored = new ProgramCompletionRules(7, set, NOW);
    assertThat(stored.settings().requiredCourses()).containsExactly(12L, 15L);
    assertThat(stored.settings().title()).isEqualTo("Agronomy");
    assertThat(stored.settings().competencies())
        .containsExactly("Reads a soil map", "Plans a crop rotation");
    assertThat(stored.autoIssue()).isTrue();
    assertThat(stored.programId()).isEqualTo(7);
  }

  @Test
  void refusesEachBadFieldByName() {
    ProgramRuleSettings bad =
        new ProgramRuleSettings(
            List.of(-1L), 101, false, "x".repeat(301), -1, new BigDecimal("1.234"), List.of());
    assertThatThrownBy(bad::validated)
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              assertThat(e.reason()).isEqualTo("invalid-certificate-rules");
              assertThat(e.fieldErrors())
                  .containsOnlyKeys("requiredCourses", "minPercent", "title", "hours", "credits");
            });
  }
}
