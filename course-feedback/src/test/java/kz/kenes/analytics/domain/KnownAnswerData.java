package kz.kenes.analytics.domain;

import static kz.kenes.analytics.domain.Responses.responses;
import static kz.kenes.survey.domain.ItemScoring.DIRECT;
import static kz.kenes.survey.domain.ItemScoring.REVERSED;

/**
 * The known-answer data set: two groups by two rounds, four items of which the fourth is
 * reverse-scored, default cut-offs (high from 2.5, dissatisfied below 1.5). Employers are
 * independent samples (10 then 12 respondents); graduates are the same 8 respondents in both
 * rounds, row i being the same person. The same matrices are in docs/analysis.md with the Python
 * script that computed the expected numbers.
 */
final class KnownAnswerData {

  private KnownAnswerData() {}

  static Responses employersBaseline() {
    return responses(DIRECT, DIRECT, DIRECT, REVERSED)
        .respondent(1, 1, 2, 2)
        .respondent(2, 1, 1, 1)
        .respondent(0, 1, 1, 3)
        .respondent(2, 2, 2, 1)
        .respondent(1, 2, 1, 2)
        .respondent(3, 2, 2, 0)
        .respondent(1, 1, 0, 2)
        .respondent(2, 2, 1, 1)
        .respondent(1, 0, 1, 2)
        .respondent(2, 1, 2, 2);
  }

  static Responses employersFollowUp() {
    return responses(DIRECT, DIRECT, DIRECT, REVERSED)
        .respondent(3, 2, 3, 0)
        .respondent(2, 2, 2, 1)
        .respondent(3, 3, 2, 1)
        .respondent(2, 1, 2, 1)
        .respondent(1, 2, 1, 2)
        .respondent(3, 2, 2, 0)
        .respondent(2, 3, 2, 1)
        .respondent(2, 2, 3, 1)
        .respondent(1, 1, 2, 2)
        .respondent(3, 3, 3, 0)
        .respondent(2, 2, 1, 1)
        .respondent(2, 3, 3, 1);
  }

  static Responses graduatesBaseline() {
    return responses(DIRECT, DIRECT, DIRECT, REVERSED)
        .respondent(1, 1, 1, 2)
        .respondent(2, 1, 2, 1)
        .respondent(0, 1, 1, 2)
        .respondent(2, 2, 1, 2)
        .respondent(1, 0, 1, 3)
        .respondent(2, 2, 2, 1)
        .respondent(1, 2, 1, 1)
        .respondent(3, 2, 2, 1);
  }

  static Responses graduatesFollowUp() {
    return responses(DIRECT, DIRECT, DIRECT, REVERSED)
        .respondent(2, 2, 1, 1)
        .respondent(2, 2, 3, 1)
        .respondent(1, 1, 2, 2)
        .respondent(2, 3, 2, 0)
        .respondent(1, 1, 1, 2)
        .respondent(3, 2, 2, 1)
        .respondent(2, 2, 2, 1)
        .respondent(3, 3, 2, 0);
  }
}
