package kz.kenes.analytics.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kz.kenes.survey.domain.ItemScoring;
import kz.kenes.survey.domain.LevelCutoffs;

/**
 * Test data builder: one group's raw answers in one round, one row per respondent, scored item by
 * item. {@code responses(DIRECT, REVERSED).respondent(1, 2).respondent(3, 0)}.
 */
final class Responses {

  private final ItemScoring[] scoring;
  private final List<int[]> rows = new ArrayList<>();

  private Responses(ItemScoring... scoring) {
    this.scoring = scoring.clone();
  }

  static Responses responses(ItemScoring... scoring) {
    return new Responses(scoring);
  }

  Responses respondent(int... rawAnswers) {
    rows.add(rawAnswers.clone());
    return this;
  }

  int[][] raw() {
    return rows.toArray(int[][]::new);
  }

  int[][] scored() {
    return rows.stream().map(row -> ScaleAggregate.scoreRow(row, scoring)).toArray(int[][]::new);
  }

  /** Each respondent's scale score: the mean of their scored items. */
  double[] scores() {
    return Arrays.stream(scored())
        .mapToDouble(row -> Arrays.stream(row).average().orElseThrow())
        .toArray();
  }

  ScaleAggregate aggregate() {
    return ScaleAggregate.ofResponses(raw(), scoring);
  }

  Moments moments() {
    return aggregate().scores();
  }

  LevelAggregate levels() {
    return LevelAggregate.of(LevelCutoffs.DEFAULT, scores());
  }

  ReliabilityAggregate reliability() {
    return ReliabilityAggregate.ofScoredAnswers(scored());
  }
}
