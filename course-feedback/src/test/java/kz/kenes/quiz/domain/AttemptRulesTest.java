package kz.kenes.quiz.domain;

import static kz.kenes.quiz.domain.Questions.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.TooManyRequests;
import kz.kenes.quiz.domain.AttemptRules.Allowance;
import org.junit.jupiter.api.Test;

class AttemptRulesTest {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final PassRule FOUR = PassRule.atLeastCorrect(4);
  private static final List<Question> QUESTIONS =
      List.of(
          mandatory(trueFalse("q1", true)),
          trueFalse("q2", true),
          trueFalse("q3", true),
          trueFalse("q4", true),
          trueFalse("q5", true));

  private static QuizSettings settings(
      int limit, int cooldown, int timeLimit, QuizSettings.Kept kept, QuizSettings.Reveal reveal) {
    return new QuizSettings(FOUR, 0, false, false, limit, cooldown, timeLimit, kept, reveal, null);
  }

  private static QuizAttempt attempt(int number, Optional<Duration> limit, Instant start) {
    return QuizAttempt.start(1, 2, 3, 4L, number, new Paper(QUESTIONS), limit, start);
  }

  private static QuizAttempt submitted(int number, int right, Instant at) {
    QuizAttempt a = attempt(number, Optional.empty(), at.minusSeconds(60));
    Map<String, List<String>> answers = new java.util.HashMap<>();
    for (int i = 1; i <= 5; i++) {
      answers.put("q" + i, List.of(i <= right ? "true" : "false"));
    }
    a.submit(answers, FOUR, at);
    return a;
  }

  @Test
  void theAttemptLimitRefusesOneMoreUnlessAnInstructorGrantedIt() {
    QuizSettings two = settings(2, 0, 0, null, null);
    Optional<Instant> last = Optional.of(T0.plusSeconds(600));
    assertThatThrownBy(
            () -> AttemptRules.requireMayStart(two, 2, last, Allowance.NONE, T0.plusSeconds(900)))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("all 2 attempts");
    AttemptRules.requireMayStart(two, 2, last, new Allowance(1, 0), T0.plusSeconds(900));
    assertThat(AttemptRules.attemptsLeft(two, 2, new Allowance(1, 0))).contains(1);
    assertThat(AttemptRules.attemptsLeft(settings(0, 0, 0, null, null), 50, Allowance.NONE))
        .isEmpty();
  }

  @Test
  void theCoolDownMakesTheLearnerWaitAfterTheLastAttempt() {
    QuizSettings tenMinutes = settings(0, 10, 0, null, null);
    Optional<Instant> last = Optional.of(T0);
    assertThatThrownBy(
            () ->
                AttemptRules.requireMayStart(
                    tenMinutes, 1, last, Allowance.NONE, T0.plusSeconds(540)))
        .isInstanceOfSatisfying(
            TooManyRequests.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(60)));
    AttemptRules.requireMayStart(tenMinutes, 1, last, Allowance.NONE, T0.plusSeconds(600));
    AttemptRules.requireMayStart(tenMinutes, 0, Optional.empty(), Allowance.NONE, T0);
  }

  @Test
  void answersAfterTheDeadlineAreRefusedAndTheSavedOnesAreGradedAtTheDeadline() {
    QuizAttempt a = attempt(1, Optional.of(Duration.ofMinutes(10)), T0);
    a.save(Map.of("q1", List.of("true"), "q2", List.of("true")), T0.plusSeconds(300));
    Instant late = T0.plusSeconds(600).plus(QuizAttempt.GRACE).plusSeconds(1);
    assertThatThrownBy(() -> a.save(Map.of("q3", List.of("true")), late))
        .isInstanceOfSatisfying(
            Conflict.class, e -> assertThat(e.reason()).isEqualTo("time-limit-passed"));
    assertThat(a.submit(Map.of("q3", List.of("true"), "q4", List.of("true")), FOUR, late)).isTrue();
    assertThat(a.correct()).isEqualTo(2);
    assertThat(a.autoSubmitted()).isTrue();
    assertThat(a.submittedAt()).contains(T0.plusSeconds(600));
    assertThat(a.passed()).isFalse();
  }

  @Test
  void aSaveWithinTheGraceStillCounts() {
    QuizAttempt a = attempt(1, Optional.of(Duration.ofMinutes(1)), T0);
    a.save(Map.of("q1", List.of("true")), T0.plusSeconds(63));
    assertThat(a.answers().of("q1")).containsExactly("true");
  }

  @Test
  void anExpiredAttemptIsSubmittedWhenReadAfterItsDeadline() {
    QuizAttempt a = attempt(1, Optional.of(Duration.ofMinutes(1)), T0);
    assertThat(a.submitIfExpired(FOUR, T0.plusSeconds(30))).isFalse();
    assertThat(a.submitIfExpired(FOUR, T0.plusSeconds(120))).isTrue();
    assertThat(a.isSubmitted()).isTrue();
    assertThat(a.submitIfExpired(FOUR, T0.plusSeconds(130))).isFalse();
  }

  @Test
  void submittingTwiceChangesNothing() {
    QuizAttempt a = submitted(1, 4, T0);
    assertThat(a.passed()).isTrue();
    assertThat(a.submit(Map.of(), FOUR, T0.plusSeconds(5))).isFalse();
    assertThat(a.correct()).isEqualTo(4);
    assertThat(a.submittedAt()).contains(T0);
    assertThatThrownBy(() -> a.save(Map.of("q1", List.of("false")), T0.plusSeconds(6)))
        .isInstanceOfSatisfying(
            Conflict.class, e -> assertThat(e.reason()).isEqualTo("attempt-submitted"));
  }

  @Test
  void aMandatoryQuestionMustBeAnsweredWhileThereIsTime() {
    QuizAttempt a = attempt(1, Optional.empty(), T0);
    assertThatThrownBy(() -> a.submit(Map.of("q2", List.of("true")), FOUR, T0.plusSeconds(10)))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.reason()).isEqualTo("mandatory-unanswered"));
    assertThat(a.isSubmitted()).isFalse();
  }

  @Test
  void answersToQuestionsThePaperDoesNotAskAreRefused() {
    QuizAttempt a = attempt(1, Optional.empty(), T0);
    assertThatThrownBy(() -> a.save(Map.of("q9", List.of("true")), T0))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("q9");
    List<String> tooMany = new ArrayList<>();
    for (int i = 0; i < 51; i++) {
      tooMany.add("x");
    }
    assertThatThrownBy(() -> a.save(Map.of("q1", tooMany), T0)).isInstanceOf(InvalidInput.class);
  }

  @Test
  void theBestOrTheLastAttemptIsKept() {
    List<QuizAttempt> attempts =
        List.of(
            submitted(1, 2, T0),
            submitted(2, 5, T0.plusSeconds(60)),
            submitted(3, 3, T0.plusSeconds(120)),
            attempt(4, Optional.empty(), T0.plusSeconds(180)));
    assertThat(AttemptRules.kept(settings(0, 0, 0, QuizSettings.Kept.BEST, null), attempts))
        .get()
        .extracting(QuizAttempt::number)
        .isEqualTo(2);
    assertThat(AttemptRules.kept(settings(0, 0, 0, QuizSettings.Kept.LAST, null), attempts))
        .get()
        .extracting(QuizAttempt::number)
        .isEqualTo(3);
    assertThat(AttemptRules.kept(settings(0, 0, 0, null, null), List.of())).isEmpty();
  }

  @Test
  void rightAnswersAreRevealedOnlyWhenTheQuizSays() {
    QuizSettings afterPass = settings(3, 0, 0, null, QuizSettings.Reveal.AFTER_PASS_OR_LAST);
    List<QuizAttempt> failedOnce = List.of(submitted(1, 2, T0));
    assertThat(AttemptRules.mayRevealAnswers(afterPass, List.of(), Allowance.NONE)).isFalse();
    assertThat(AttemptRules.mayRevealAnswers(afterPass, failedOnce, Allowance.NONE)).isFalse();
    assertThat(
            AttemptRules.mayRevealAnswers(afterPass, List.of(submitted(1, 4, T0)), Allowance.NONE))
        .isTrue();
    List<QuizAttempt> allFailed =
        List.of(submitted(1, 1, T0), submitted(2, 1, T0), submitted(3, 1, T0));
    assertThat(AttemptRules.mayRevealAnswers(afterPass, allFailed, Allowance.NONE)).isTrue();
    assertThat(AttemptRules.mayRevealAnswers(afterPass, allFailed, new Allowance(1, 0))).isFalse();
    assertThat(
            AttemptRules.mayRevealAnswers(
                settings(0, 0, 0, null, QuizSettings.Reveal.NEVER), allFailed, Allowance.NONE))
        .isFalse();
    assertThat(
            AttemptRules.mayRevealAnswers(
                settings(0, 0, 0, null, null), failedOnce, Allowance.NONE))
        .isTrue();
  }

  @Test
  void revealFromCountsAgreesWithRevealFromTheAttemptsAndOnlyAfterPassNeedsThem() {
    QuizSettings afterPass = settings(3, 0, 0, null, QuizSettings.Reveal.AFTER_PASS_OR_LAST);
    assertThat(AttemptRules.mayRevealAnswers(afterPass, 0, false, Allowance.NONE)).isFalse();
    assertThat(AttemptRules.mayRevealAnswers(afterPass, 1, false, Allowance.NONE)).isFalse();
    assertThat(AttemptRules.mayRevealAnswers(afterPass, 1, true, Allowance.NONE)).isTrue();
    assertThat(AttemptRules.mayRevealAnswers(afterPass, 3, false, Allowance.NONE)).isTrue();
    assertThat(AttemptRules.mayRevealAnswers(afterPass, 3, false, new Allowance(1, 0))).isFalse();
    assertThat(AttemptRules.revealDependsOnAttempts(afterPass)).isTrue();

    QuizSettings afterSubmit = settings(0, 0, 0, null, QuizSettings.Reveal.AFTER_SUBMIT);
    QuizSettings never = settings(0, 0, 0, null, QuizSettings.Reveal.NEVER);
    assertThat(AttemptRules.revealDependsOnAttempts(afterSubmit)).isFalse();
    assertThat(AttemptRules.revealDependsOnAttempts(never)).isFalse();
    assertThat(AttemptRules.mayRevealAnswers(afterSubmit, 1, false, Allowance.NONE)).isTrue();
    assertThat(AttemptRules.mayRevealAnswers(never, 1, true, Allowance.NONE)).isFalse();
  }

  @Test
  void anInstructorsExtensionLengthensTheTimeLimit() {
    QuizSettings twenty = settings(0, 0, 20, null, null);
    assertThat(AttemptRules.timeLimit(twenty, new Allowance(0, 10)))
        .contains(Duration.ofMinutes(30));
    assertThat(AttemptRules.timeLimit(settings(0, 0, 0, null, null), new Allowance(0, 10)))
        .isEmpty();
  }
}
