package kz.kenes.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What carries over when a question changes its type, and what is refused. */
class QuestionTypeChangeTest {

  private static Question described(Question q) {
    return q.edit()
        .text(Map.of("kk", "Сұрақ", "ru", "Вопрос", "en", "Question"))
        .points(2)
        .mandatory(true)
        .competencies(List.of("Reads a soil map"))
        .feedbackRight(Map.of("en", "Well done"))
        .feedbackWrong(Map.of("ru", "Повторите лекцию"))
        .build();
  }

  private static void keepsTheDescription(Question before, Question after) {
    assertThat(after.code()).isEqualTo(before.code());
    assertThat(after.text()).isEqualTo(before.text());
    assertThat(after.points()).isEqualTo(before.points());
    assertThat(after.mandatory()).isEqualTo(before.mandatory());
    assertThat(after.competencies()).isEqualTo(before.competencies());
    assertThat(after.feedbackRight()).isEqualTo(before.feedbackRight());
    assertThat(after.feedbackWrong()).isEqualTo(before.feedbackWrong());
  }

  @Test
  void singleChoiceBecomesMultipleChoiceWithItsOptionsFeedbackAndRightOne() {
    Question single = described(Questions.single("q1", "b", "a", "b", "c"));
    single =
        single
            .edit()
            .choices(
                List.of(
                    new Choice("a", Map.of("en", "Loam"), Map.of("en", "Too fine")),
                    new Choice("b", Map.of("en", "Sand"), Map.of()),
                    new Choice("c", Map.of("en", "Clay"), Map.of())))
            .build();
    QuestionTypeChange.Outcome outcome =
        QuestionTypeChange.change(single, QuestionType.MULTIPLE_CHOICE);
    assertThat(outcome.changed()).isTrue();
    Question multiple = outcome.question();
    assertThat(multiple.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
    assertThat(multiple.choices()).isEqualTo(single.choices());
    assertThat(multiple.correct()).containsExactly("b");
    assertThat(multiple.partialCredit()).isEqualTo(PartialCredit.ALL_OR_NOTHING);
    keepsTheDescription(single, multiple);
    assertThat(multiple.problems("question")).isEmpty();
  }

  @Test
  void multipleChoiceWithOneRightOptionBecomesSingleChoice() {
    Question multiple =
        described(Questions.multiple("q1", PartialCredit.PROPORTIONAL, List.of("a"), "a", "b"));
    Question single = QuestionTypeChange.change(multiple, QuestionType.SINGLE_CHOICE).question();
    assertThat(single.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
    assertThat(single.correct()).containsExactly("a");
    assertThat(single.choices()).isEqualTo(multiple.choices());
    keepsTheDescription(multiple, single);
  }

  @Test
  void multipleChoiceWithSeveralRightOptionsIsRefusedSingleChoice() {
    Question multiple =
        Questions.multiple("q1", PartialCredit.ALL_OR_NOTHING, List.of("a", "b"), "a", "b", "c");
    QuestionTypeChange.Outcome outcome =
        QuestionTypeChange.change(multiple, QuestionType.SINGLE_CHOICE);
    assertThat(outcome.changed()).isFalse();
    assertThat(outcome.refusal()).isEqualTo(QuestionTypeChange.Refusal.SEVERAL_RIGHT);
    assertThat(outcome.question()).isNull();
  }

  @Test
  void trueFalseBecomesAChoiceBetweenTrueAndFalseInTheTextsLanguages() {
    Question statement = described(Questions.trueFalse("q1", false));
    for (QuestionType to : List.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE)) {
      Question choice = QuestionTypeChange.change(statement, to).question();
      assertThat(choice.type()).isEqualTo(to);
      assertThat(choice.choices()).extracting(Choice::id).containsExactly("c1", "c2");
      assertThat(choice.choices().get(0).text())
          .containsEntry("kk", "Дұрыс")
          .containsEntry("ru", "Верно")
          .containsEntry("en", "True");
      assertThat(choice.choices().get(1).text()).containsEntry("en", "False");
      assertThat(choice.correct()).containsExactly("c2");
      keepsTheDescription(statement, choice);
      assertThat(choice.problems("question")).isEmpty();
    }
    Question englishOnly = Questions.trueFalse("q2", true);
    Question choice = QuestionTypeChange.change(englishOnly, QuestionType.SINGLE_CHOICE).question();
    assertThat(choice.choices().get(0).text()).isEqualTo(Map.of("en", "True"));
    assertThat(choice.correct()).containsExactly("c1");
  }

  @ParameterizedTest
  @CsvSource({
    "SINGLE_CHOICE, TRUE_FALSE",
    "SINGLE_CHOICE, ORDERING",
    "MULTIPLE_CHOICE, MATCHING",
    "TRUE_FALSE, NUMERIC",
    "NUMERIC, SHORT_TEXT",
    "SHORT_TEXT, SINGLE_CHOICE",
    "MATCHING, ORDERING",
    "ORDERING, MULTIPLE_CHOICE"
  })
  void aChangeThatWouldDropTheAnswerIsRefused(QuestionType from, QuestionType to) {
    Question q =
        switch (from) {
          case SINGLE_CHOICE -> Questions.single("q1", "a", "a", "b");
          case MULTIPLE_CHOICE ->
              Questions.multiple("q1", PartialCredit.ALL_OR_NOTHING, List.of("a"), "a", "b");
          case TRUE_FALSE -> Questions.trueFalse("q1", true);
          case NUMERIC -> Questions.numeric("q1", 9.81, 0.05);
          case SHORT_TEXT -> Questions.text("q1", false, true, "loam");
          case MATCHING ->
              Questions.matching(
                  "q1",
                  PartialCredit.ALL_OR_NOTHING,
                  List.of("a=x", "b=y"),
                  List.of("a", "b"),
                  List.of("x", "y"));
          case ORDERING -> Questions.ordering("q1", PartialCredit.ALL_OR_NOTHING, "a", "b");
        };
    assertThat(QuestionTypeChange.allowed(from, to)).isFalse();
    QuestionTypeChange.Outcome outcome = QuestionTypeChange.change(q, to);
    assertThat(outcome.changed()).isFalse();
    assertThat(outcome.refusal()).isEqualTo(QuestionTypeChange.Refusal.NO_PLACE);
  }

  @Test
  void theSameTypeIsNoChange() {
    Question q = Questions.numeric("q1", 1, 0);
    assertThat(QuestionTypeChange.change(q, QuestionType.NUMERIC).question()).isSameAs(q);
    assertThat(QuestionTypeChange.allowed(QuestionType.NUMERIC, QuestionType.NUMERIC)).isTrue();
  }
}
