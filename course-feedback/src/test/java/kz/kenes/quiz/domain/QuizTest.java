package kz.kenes.quiz.domain;

import static kz.kenes.quiz.domain.Questions.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.kenes.platform.domain.InvalidInput;
import org.junit.jupiter.api.Test;

class QuizTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private static Map<String, String> errors(List<Question> questions, QuizSettings settings) {
    try {
      Quiz.create(1, "Week 1", questions, settings, 5L, NOW);
      return Map.of();
    } catch (InvalidInput e) {
      return e.fieldErrors();
    }
  }

  @Test
  void aQuizOfEveryQuestionTypeIsValid() {
    List<Question> all =
        List.of(
            single("a", "x", "x", "y"),
            multiple("b", PartialCredit.PROPORTIONAL, List.of("x"), "x", "y"),
            trueFalse("c", false),
            numeric("d", 1, 0.1),
            text("e", false, true, "yes"),
            matching(
                "f",
                PartialCredit.ALL_OR_NOTHING,
                List.of("x=1", "y=2"),
                List.of("x", "y"),
                List.of("1", "2")),
            ordering("g", PartialCredit.ALL_OR_NOTHING, "x", "y", "z"));
    Quiz quiz = Quiz.create(1, " Week 1 ", all, null, 5L, NOW);
    assertThat(quiz.title()).isEqualTo("Week 1");
    assertThat(quiz.settings().passRule()).isEqualTo(PassRule.percent(60));
  }

  @Test
  void everyFaultIsNamedByItsField() {
    Question noRight = single("a", "zz", "x", "y");
    Question badMatch = matching("b", null, List.of("x=1"), List.of("x", "y"), List.of("1"));
    Question badOrder = ordering("c", null, "x", "y");
    badOrder =
        new Question(
            "c",
            QuestionType.ORDERING,
            Map.of("en", "?"),
            1,
            false,
            badOrder.choices(),
            null,
            List.of("x", "x"),
            null,
            null,
            null,
            false,
            false,
            null,
            null,
            null,
            null);
    Map<String, String> errors =
        errors(
            List.of(noRight, badMatch, badOrder, numeric("a", 1, -1)),
            new QuizSettings(
                PassRule.atLeastCorrect(5), 0, false, false, -1, 0, 0, null, null, null));
    assertThat(errors)
        .containsKeys(
            "questions[0].correct",
            "questions[1].correct",
            "questions[2].correct",
            "questions[3].code",
            "questions[3].tolerance",
            "settings.passRule",
            "settings.attemptLimit");
  }

  @Test
  void aQuizNeedsATitleAndQuestions() {
    assertThatThrownBy(() -> Quiz.create(1, " ", List.of(), null, null, NOW))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.fieldErrors()).containsKeys("title", "questions"));
  }

  @Test
  void textsInOtherLanguagesThanKkRuEnAreRefused() {
    Question q = single("a", "x", "x", "y");
    Question german =
        new Question(
            "a",
            q.type(),
            Map.of("de", "Frage"),
            1,
            false,
            q.choices(),
            null,
            q.correct(),
            null,
            null,
            null,
            false,
            false,
            null,
            null,
            null,
            null);
    assertThat(errors(List.of(german), null))
        .containsKeys("questions[0].text", "questions[0].text.de");
  }
}
