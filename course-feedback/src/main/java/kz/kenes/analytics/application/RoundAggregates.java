package kz.kenes.analytics.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kz.kenes.analytics.application.ReportQueries.ItemRow;
import kz.kenes.analytics.application.ReportQueries.RoundRow;
import kz.kenes.analytics.application.ReportQueries.ScoreRow;
import kz.kenes.analytics.domain.AnswerCounts;
import kz.kenes.analytics.domain.LevelAggregate;
import kz.kenes.analytics.domain.ScaleAggregate;
import kz.kenes.analytics.domain.ScaleSummary;

/**
 * One compared round's aggregates, read once for the whole report: its version's items, the
 * respondents' scale scores and levels per group, and the scored answers per item and group.
 */
final class RoundAggregates {

  /** The summary of a group that did not answer the round (or of a round that is not there). */
  static final ScaleSummary EMPTY_SUMMARY =
      ScaleSummary.describe(ScaleAggregate.EMPTY, LevelAggregate.EMPTY);

  final RoundRow round;
  final List<ItemRow> items;
  private final Map<String, ScoreRow> scores;
  private final Map<String, AnswerCounts> answers;
  private final Map<Long, Map<String, AnswerCounts>> itemAnswers;

  private RoundAggregates(
      RoundRow round,
      List<ItemRow> items,
      Map<String, ScoreRow> scores,
      Map<Long, Map<String, AnswerCounts>> itemAnswers) {
    this.round = round;
    this.items = items;
    this.scores = scores;
    this.itemAnswers = itemAnswers;
    this.answers = scaleAnswers(itemAnswers);
  }

  static RoundAggregates read(ReportQueries queries, RoundRow round) {
    return new RoundAggregates(
        round,
        queries.items(List.of(round.versionId())),
        queries.scaleScores(round.id(), round.cutoffs()),
        queries.itemScaleAnswers(round.id()));
  }

  long id() {
    return round.id();
  }

  /** The groups that have scored respondents in the round. */
  java.util.Set<String> groups() {
    return scores.keySet();
  }

  /** A group's respondents' scores and levels; empty when the group did not answer. */
  ScoreRow scores(String group) {
    return scores.getOrDefault(group, ScoreRow.EMPTY);
  }

  /** A group's scale score summary. */
  ScaleSummary summary(String group) {
    ScoreRow row = scores(group);
    AnswerCounts counts = answers.getOrDefault(group, AnswerCounts.EMPTY);
    return ScaleSummary.describe(new ScaleAggregate(row.scores(), counts), row.levels());
  }

  /** A group's summary of a scale item of this round; empty for another kind or no item. */
  ScaleSummary itemSummary(Optional<ItemRow> item, String group) {
    AnswerCounts counts =
        item.filter(ItemRow::isScale)
            .map(i -> itemAnswers.getOrDefault(i.id(), Map.of()))
            .map(byGroup -> byGroup.getOrDefault(group, AnswerCounts.EMPTY))
            .orElse(AnswerCounts.EMPTY);
    return ScaleSummary.describeItem(counts, round.cutoffs());
  }

  /** Whether the round's version has items of this kind. */
  boolean has(String kind) {
    return items.stream().anyMatch(i -> kind.equals(i.kind()));
  }

  /** The round's item of this code. */
  Optional<ItemRow> item(String code) {
    return items.stream().filter(i -> i.code().equals(code)).findFirst();
  }

  /** The ids of the round's scale items, in order. */
  List<Long> scaleItemIds() {
    return items.stream().filter(ItemRow::isScale).map(ItemRow::id).toList();
  }

  /**
   * A group's answers over all scale items are its items' answers added up: both count {@code score
   * is not null}, so one scan of the round's answers serves both.
   */
  private static Map<String, AnswerCounts> scaleAnswers(
      Map<Long, Map<String, AnswerCounts>> itemAnswers) {
    Map<String, AnswerCounts> sums = new TreeMap<>();
    itemAnswers
        .values()
        .forEach(byGroup -> byGroup.forEach((g, c) -> sums.merge(g, c, AnswerCounts::plus)));
    return sums;
  }
}
