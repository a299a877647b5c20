package kz.kenes.quiz.domain;

import static kz.kenes.quiz.domain.Questions.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotFound;
import org.junit.jupiter.api.Test;

/** A quiz's own questions edited one at a time, and the one copy path of a question. */
class QuizQuestionEditTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private static Quiz quiz(Question... questions) {
    return Quiz.create(1, "Week 1", List.of(questions), QuizSettings.defaults(), 5L, NOW);
  }

  private static List<String> codes(Quiz quiz) {
    return quiz.questions().stream().map(Question::code).toList();
  }

  @Test
  void addsAQuestionAfterTheOthers() {
    Quiz quiz = quiz(trueFalse("a", true), trueFalse("b", false));
    quiz.addQuestion(numeric("c", 9.81, 0.05), NOW);
    assertThat(codes(quiz)).containsExactly("a", "b", "c");
    assertThat(quiz.question("c").orElseThrow().number()).isEqualTo(9.81);
  }

  @Test
  void refusesAnInvalidQuestionWithItsFieldsUnderQuestion() {
    Quiz quiz = quiz(trueFalse("a", true));
    Question noRightChoice = single("b", "z", "x", "y");
    assertThatThrownBy(() -> quiz.addQuestion(noRightChoice, NOW))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              assertThat(e.reason()).isEqualTo("invalid-question");
              assertThat(e.fieldErrors()).containsOnlyKeys("question.correct");
            });
    assertThat(codes(quiz)).containsExactly("a");
  }

  @Test
  void refusesATakenCodeAndABankCode() {
    Quiz quiz = quiz(trueFalse("a", true));
    assertThatThrownBy(() -> quiz.addQuestion(trueFalse("a", false), NOW))
        .isInstanceOf(QuestionCodeTaken.class)
        .hasMessageContaining("'a'");
    assertThatThrownBy(() -> quiz.addQuestion(trueFalse("bank-7", false), NOW))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("question.code"));
  }

  @Test
  void replacesAQuestionInItsPlaceAndMayRenameIt() {
    Quiz quiz = quiz(trueFalse("a", true), trueFalse("b", true), trueFalse("c", true));
    quiz.replaceQuestion("b", trueFalse("b", false), NOW);
    assertThat(quiz.question("b").orElseThrow().correct()).containsExactly("false");
    quiz.replaceQuestion("b", trueFalse("b2", false), NOW);
    assertThat(codes(quiz)).containsExactly("a", "b2", "c");
    assertThatThrownBy(() -> quiz.replaceQuestion("b2", trueFalse("c", true), NOW))
        .isInstanceOf(QuestionCodeTaken.class);
    assertThatThrownBy(() -> quiz.replaceQuestion("zz", trueFalse("zz", true), NOW))
        .isInstanceOfSatisfying(
            NotFound.class, e -> assertThat(e.reason()).isEqualTo("question-not-found"));
  }

  @Test
  void removesAQuestionButNotTheLastWithoutAPool() {
    Quiz quiz = quiz(trueFalse("a", true), trueFalse("b", true));
    quiz.removeQuestion("a", NOW);
    assertThat(codes(quiz)).containsExactly("b");
    assertThatThrownBy(() -> quiz.removeQuestion("b", NOW))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("questions"));
    assertThat(codes(quiz)).containsExactly("b");
  }

  @Test
  void movesAQuestionOnePlaceAndStaysAtEitherEnd() {
    Quiz quiz = quiz(trueFalse("a", true), trueFalse("b", true), trueFalse("c", true));
    quiz.moveQuestion("c", -1, NOW);
    assertThat(codes(quiz)).containsExactly("a", "c", "b");
    quiz.moveQuestion("a", -1, NOW);
    assertThat(codes(quiz)).containsExactly("a", "c", "b");
    quiz.moveQuestion("a", 1, NOW);
    assertThat(codes(quiz)).containsExactly("c", "a", "b");
    quiz.moveQuestion("b", 1, NOW);
    assertThat(codes(quiz)).containsExactly("c", "a", "b");
    assertThatThrownBy(() -> quiz.moveQuestion("a", 2, NOW)).isInstanceOf(InvalidInput.class);
  }

  @Test
  void anAttemptsPaperKeepsTheQuestionAsDrawnAfterAnEdit() {
    Quiz quiz = quiz(trueFalse("a", true), trueFalse("b", true));
    Paper paper = Paper.draw(quiz.questions(), quiz.settings(), List.of(), 42L);
    quiz.replaceQuestion("a", trueFalse("a", false), NOW);
    Question drawn =
        paper.questions().stream().filter(q -> q.code().equals("a")).findFirst().orElseThrow();
    assertThat(drawn.correct()).containsExactly("true");
    assertThat(
            QuizGrade.of(
                    paper.questions(),
                    Map.of("a", List.of("true"), "b", List.of("true")),
                    PassRule.percent(60))
                .correct())
        .isEqualTo(2);
  }

  @Test
  void everyCopyKeepsEveryOtherField() {
    Question full =
        new Question(
            "q1",
            QuestionType.MULTIPLE_CHOICE,
            Map.of("kk", "Сұрақ", "ru", "Вопрос", "en", "Question"),
            2.5,
            true,
            List.of(
                new Choice("x", Map.of("en", "X"), Map.of("en", "fx")),
                new Choice("y", Map.of("en", "Y"), Map.of())),
            List.of(Choice.of("t", "T")),
            List.of("x"),
            1.0,
            0.5,
            List.of("acc"),
            true,
            true,
            PartialCredit.PROPORTIONAL,
            Map.of("en", "right"),
            Map.of("ru", "неверно"),
            List.of("Reads maps"));
    assertThat(full.edit().build()).isEqualTo(full);
    assertThat(full.withCode("q2")).isEqualTo(rebuilt(full, "q2", full.competencies()));
    assertThat(full.withCompetencies(List.of("Other")))
        .isEqualTo(rebuilt(full, "q1", List.of("Other")));
    assertThat(
            full.withChoices(List.of(full.choices().get(1), full.choices().get(0)))
                .choices()
                .get(0)
                .id())
        .isEqualTo("y");
  }

  private static Question rebuilt(Question q, String code, List<String> competencies) {
    return new Question(
        code,
        q.type(),
        q.text(),
        q.points(),
        q.mandatory(),
        q.choices(),
        q.targets(),
        q.correct(),
        q.number(),
        q.tolerance(),
        q.accepted(),
        q.caseSensitive(),
        q.ignoreDiacritics(),
        q.partialCredit(),
        q.feedbackRight(),
        q.feedbackWrong(),
        competencies);
  }
}
