package kz.kenes.quiz.domain;

import static kz.kenes.quiz.domain.Questions.trueFalse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Facility and discrimination against an independent computation (Commons Math's Pearson r). */
class QuizStatisticsTest {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final List<Question> QUESTIONS =
      List.of(
          trueFalse("q1", true),
          trueFalse("q2", true),
          trueFalse("q3", true),
          trueFalse("q4", true));
  private static final PassRule RULE = PassRule.percent(50);

  /** Rows of right (1) or wrong (0) per question, one row per attempt. */
  private static final int[][] ROWS = {
    {1, 1, 1, 0}, {1, 1, 0, 0}, {1, 0, 0, 1}, {0, 0, 0, 1}, {1, 1, 1, 1}, {0, 1, 0, 0}
  };

  private static QuizAttempt attempt(int[] row, int n) {
    QuizAttempt a = QuizAttempt.start(1, n, 3, null, 1, new Paper(QUESTIONS), Optional.empty(), T0);
    Map<String, List<String>> answers = new HashMap<>();
    for (int i = 0; i < row.length; i++) {
      answers.put("q" + (i + 1), List.of(row[i] == 1 ? "true" : "false"));
    }
    a.submit(answers, RULE, T0.plusSeconds(60));
    return a;
  }

  @Test
  void facilityIsTheShareRightAndDiscriminationTheCorrectedPointBiserial() {
    List<QuizAttempt> attempts = new java.util.ArrayList<>();
    for (int i = 0; i < ROWS.length; i++) {
      attempts.add(attempt(ROWS[i], i));
    }
    QuizStatistics stats = QuizStatistics.of(QUESTIONS, attempts, RULE);
    assertThat(stats.attempts()).isEqualTo(6);
    for (int q = 0; q < 4; q++) {
      double[] item = new double[ROWS.length];
      double[] rest = new double[ROWS.length];
      double right = 0;
      for (int r = 0; r < ROWS.length; r++) {
        item[r] = ROWS[r][q];
        int sum = 0;
        for (int k = 0; k < 4; k++) {
          sum += k == q ? 0 : ROWS[r][k];
        }
        rest[r] = sum / 3.0;
        right += ROWS[r][q];
      }
      QuizStatistics.QuestionFigures f = stats.questions().get(q);
      assertThat(f.facility()).isEqualTo(right / ROWS.length, Offset.offset(1e-9));
      assertThat(f.discrimination())
          .isEqualTo(new PearsonsCorrelation().correlation(item, rest), Offset.offset(1e-4));
    }
  }

  @Test
  void underTwoAttemptsOrWithoutSpreadThereIsNoDiscrimination() {
    QuizStatistics one = QuizStatistics.of(QUESTIONS, List.of(attempt(ROWS[0], 1)), RULE);
    assertThat(one.questions().get(0).discrimination()).isNull();
    QuizStatistics same =
        QuizStatistics.of(QUESTIONS, List.of(attempt(ROWS[4], 1), attempt(ROWS[4], 2)), RULE);
    assertThat(same.questions().get(0).discrimination()).isNull();
    assertThat(QuizStatistics.of(QUESTIONS, List.of(), RULE).questions().get(0).facility())
        .isNull();
  }
}
