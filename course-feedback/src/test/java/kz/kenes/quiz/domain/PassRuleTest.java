package kz.kenes.quiz.domain;

import static kz.kenes.quiz.domain.Questions.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PassRuleTest {

  private static final List<Question> FIVE =
      List.of(
          trueFalse("q1", true),
          trueFalse("q2", true),
          trueFalse("q3", true),
          trueFalse("q4", true),
          trueFalse("q5", true));

  private static Map<String, List<String>> right(int howMany) {
    Map<String, List<String>> answers = new java.util.HashMap<>();
    for (int i = 1; i <= 5; i++) {
      answers.put("q" + i, List.of(i <= howMany ? "true" : "false"));
    }
    return answers;
  }

  @Test
  void fiveQuestionsMoreThanThreeCorrectPassesWithFourNotThree() {
    PassRule rule = PassRule.atLeastCorrect(4);
    QuizGrade three = QuizGrade.of(FIVE, right(3), rule);
    assertThat(three.correct()).isEqualTo(3);
    assertThat(three.percent()).isEqualTo(60);
    assertThat(three.passed()).isFalse();
    assertThat(QuizGrade.of(FIVE, right(4), rule).passed()).isTrue();
    assertThat(QuizGrade.of(FIVE, right(5), rule).passed()).isTrue();
  }

  @Test
  void percentThresholdIncludesTheLimit() {
    PassRule sixty = PassRule.percent(60);
    assertThat(QuizGrade.of(FIVE, right(3), sixty).passed()).isTrue();
    assertThat(QuizGrade.of(FIVE, right(2), sixty).passed()).isFalse();
  }

  @Test
  void aThirdIsRoundedButStillPassesAThirdThreshold() {
    List<Question> three = FIVE.subList(0, 3);
    QuizGrade grade = QuizGrade.of(three, right(1), PassRule.percent(33.33));
    assertThat(grade.percent()).isEqualTo(33.33);
    assertThat(grade.passed()).isTrue();
    assertThat(grade.score()).isEqualTo(1);
    assertThat(grade.maxScore()).isEqualTo(3);
  }

  @Test
  void rulesThatCannotBeMetAreRefused() {
    assertThat(PassRule.percent(101).problem(5)).isNotNull();
    assertThat(PassRule.percent(-1).problem(5)).isNotNull();
    assertThat(PassRule.atLeastCorrect(6).problem(5)).isNotNull();
    assertThat(new PassRule(PassRule.Kind.CORRECT, 2.5).problem(5)).isNotNull();
    assertThat(PassRule.atLeastCorrect(4).problem(5)).isNull();
  }
}
