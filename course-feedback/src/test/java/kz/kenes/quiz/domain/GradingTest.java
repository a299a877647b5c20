package kz.kenes.quiz.domain;

import static kz.kenes.quiz.domain.Questions.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GradingTest {

  private static Mark grade(Question q, String... answer) {
    return Grading.grade(q, List.of(answer));
  }

  @Test
  void singleChoiceIsRightOnlyWithTheOneRightChoice() {
    Question q = single("q1", "b", "a", "b", "c");
    assertThat(grade(q, "b")).isEqualTo(new Mark(1, 1, true, true));
    assertThat(grade(q, "a").correct()).isFalse();
    assertThat(grade(q, "a", "b").points()).isZero();
    assertThat(grade(q, "nonsense").points()).isZero();
  }

  @Test
  void anEmptyAnswerIsUnansweredAndWorthNothing() {
    Question q = single("q1", "b", "a", "b");
    assertThat(Grading.grade(q, null)).isEqualTo(new Mark(0, 1, false, false));
    assertThat(grade(q, " ").answered()).isFalse();
  }

  @Test
  void trueFalseComparesTheWord() {
    assertThat(grade(trueFalse("t", true), "true").correct()).isTrue();
    assertThat(grade(trueFalse("t", true), "false").correct()).isFalse();
    assertThat(grade(trueFalse("f", false), "false").correct()).isTrue();
  }

  @Test
  void multipleChoiceAllOrNothingNeedsExactlyTheRightSet() {
    Question q = multiple("m", PartialCredit.ALL_OR_NOTHING, List.of("a", "c"), "a", "b", "c", "d");
    assertThat(grade(q, "c", "a").correct()).isTrue();
    assertThat(grade(q, "a").points()).isZero();
    assertThat(grade(q, "a", "b", "c").points()).isZero();
  }

  @Test
  void multipleChoiceProportionalSubtractsWrongChoicesAndNeverGoesBelowZero() {
    Question q =
        multiple(
            "m",
            PartialCredit.PROPORTIONAL,
            List.of("a", "b", "c", "d"),
            "a",
            "b",
            "c",
            "d",
            "e",
            "f");
    assertThat(grade(q, "a", "b", "c", "d").points()).isEqualTo(1);
    assertThat(grade(q, "a").points()).isEqualTo(0.25);
    assertThat(grade(q, "a", "b", "e").points()).isEqualTo(0.25);
    assertThat(grade(q, "a", "e", "f").points()).isZero();
    assertThat(grade(q, "a", "b").correct()).isFalse();
  }

  @Test
  void numericAcceptsTheToleranceEitherSideAndADecimalComma() {
    Question q = numeric("n", 9.81, 0.05);
    assertThat(grade(q, "9.81").correct()).isTrue();
    assertThat(grade(q, "9,77").correct()).isTrue();
    assertThat(grade(q, "9.86").correct()).isTrue();
    assertThat(grade(q, "9.87").correct()).isFalse();
    assertThat(grade(q, "nine").correct()).isFalse();
    assertThat(grade(q, "NaN").correct()).isFalse();
    assertThat(grade(numeric("x", 3, 0), "3.0").correct()).isTrue();
  }

  @Test
  void shortTextIgnoresCaseAndSpacesUnlessTold() {
    Question q = text("s", false, false, "Photosynthesis", "фотосинтез");
    assertThat(grade(q, "  photosynthesis ").correct()).isTrue();
    assertThat(grade(q, "ФОТОСИНТЕЗ").correct()).isTrue();
    assertThat(grade(q, "photo synthesis").correct()).isFalse();
    assertThat(grade(text("c", true, false, "NaCl"), "nacl").correct()).isFalse();
    assertThat(grade(text("c", true, false, "NaCl"), "NaCl").correct()).isTrue();
  }

  @Test
  void shortTextMayIgnoreDiacritics() {
    assertThat(grade(text("d", false, true, "ёлка"), "елка").correct()).isTrue();
    assertThat(grade(text("d", false, false, "ёлка"), "елка").correct()).isFalse();
    assertThat(grade(text("d", false, true, "café"), "CAFE").correct()).isTrue();
    assertThat(grade(text("k", false, true, "Қазақстан"), "қазақстан").correct()).isTrue();
  }

  @Test
  void matchingCountsPairsAndAChoiceMatchedTwiceCountsOnce() {
    List<String> pairs = List.of("a=1", "b=2", "c=3");
    Question all =
        matching(
            "m",
            PartialCredit.ALL_OR_NOTHING,
            pairs,
            List.of("a", "b", "c"),
            List.of("1", "2", "3"));
    Question part =
        matching(
            "m", PartialCredit.PROPORTIONAL, pairs, List.of("a", "b", "c"), List.of("1", "2", "3"));
    assertThat(grade(all, "a=1", "b=2", "c=3").correct()).isTrue();
    assertThat(grade(all, "a=1", "b=3", "c=2").points()).isZero();
    assertThat(grade(part, "a=1", "b=3", "c=2").points()).isEqualTo(0.3333);
    assertThat(grade(part, "a=1", "a=1", "a=1").points()).isEqualTo(0.3333);
  }

  @Test
  void orderingNeedsEveryItemInPlace() {
    Question all = ordering("o", PartialCredit.ALL_OR_NOTHING, "a", "b", "c", "d");
    Question part = ordering("o", PartialCredit.PROPORTIONAL, "a", "b", "c", "d");
    assertThat(grade(all, "a", "b", "c", "d").correct()).isTrue();
    assertThat(grade(all, "b", "a", "c", "d").points()).isZero();
    assertThat(grade(part, "b", "a", "c", "d").points()).isEqualTo(0.5);
    assertThat(grade(part, "a", "b", "c", "d", "a").correct()).isFalse();
  }

  @Test
  void pointsScaleWithTheQuestionsWorth() {
    Question q = multiple("m", PartialCredit.PROPORTIONAL, List.of("a", "b"), "a", "b", "c");
    Question worth4 =
        new Question(
            q.code(),
            q.type(),
            q.text(),
            4,
            false,
            q.choices(),
            q.targets(),
            q.correct(),
            null,
            null,
            null,
            false,
            false,
            q.partialCredit(),
            null,
            null,
            null);
    assertThat(grade(worth4, "a").points()).isEqualTo(2);
  }
}
