package kz.kenes.analytics.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.analytics.domain.AnswerCounts;
import kz.kenes.analytics.domain.LevelAggregate;
import kz.kenes.analytics.domain.Moments;
import kz.kenes.analytics.domain.ReliabilityAggregate;
import kz.kenes.survey.domain.LevelCutoffs;

/**
 * What the report reads from the survey tables: the survey's structure, and aggregates computed by
 * the database with {@code GROUP BY} over submitted responses only. No method returns individual
 * answers; the export streams them through {@link ResponseExport} instead.
 */
public interface ReportQueries {

  /** A survey as the report names it. */
  record SurveyHead(long id, String title, long programId, Long moduleId) {}

  /** A round with the level cut-offs of the instrument version it was opened with. */
  record RoundRow(
      long id, int position, String kind, String label, long versionId, LevelCutoffs cutoffs) {}

  /** An item of an instrument version; {@code content} is its JSON (text and options). */
  record ItemRow(
      long id,
      long versionId,
      int position,
      String code,
      String kind,
      boolean reversed,
      Long moduleId,
      String moduleTitle,
      String content) {

    public boolean isScale() {
      return "scale".equals(kind);
    }
  }

  /** A stakeholder group; {@code nameJson} is {"kk","ru","en"}. */
  record GroupRow(String code, String nameJson) {}

  /** Respondents' scale scores and their levels, of one group (or module and group). */
  record ScoreRow(Moments scores, LevelAggregate levels) {
    public static final ScoreRow EMPTY = new ScoreRow(Moments.EMPTY, LevelAggregate.EMPTY);
  }

  Optional<SurveyHead> survey(long surveyId);

  /** The survey's rounds by position. */
  List<RoundRow> rounds(long surveyId);

  /** The items of these instrument versions, by version and position. */
  List<ItemRow> items(List<Long> versionIds);

  /** Every stakeholder group. */
  List<GroupRow> groups();

  /** Submitted responses per group of a round, including those without a scale answer. */
  Map<String, Long> responseCounts(long roundId);

  /** Per group: moments of respondents' scale scores and their levels (scale_count > 0). */
  Map<String, ScoreRow> scaleScores(long roundId, LevelCutoffs cutoffs);

  /** Per group: the counts of scored scale answers 0..3. */
  Map<String, AnswerCounts> scaleAnswers(long roundId);

  /** Per scale item id and group: counts of scored answers. */
  Map<Long, Map<String, AnswerCounts>> itemScaleAnswers(long roundId);

  /** Per single-choice item id and group: option index to count. */
  Map<Long, Map<String, Map<Integer, Long>>> itemOptionCounts(long roundId);

  /** Per multiple-choice item id and group: option code to count (split from the choices). */
  Map<Long, Map<String, Map<String, Long>>> itemChoiceCounts(long roundId);

  /** Per open item id and group: number of non-empty answers. */
  Map<Long, Map<String, Long>> itemTextCounts(long roundId);

  /** Per module id and group: moments and levels of respondents' scores over the module's items. */
  Map<Long, Map<String, ScoreRow>> moduleScores(long roundId, LevelCutoffs cutoffs);

  /** Per module id and group: counts of scored answers to the module's items. */
  Map<Long, Map<String, AnswerCounts>> moduleAnswers(long roundId);

  /**
   * Per group: item and total moments over respondents who answered all {@code scaleItems} scale
   * items of the round, the items in the order of {@code itemIds}.
   */
  Map<String, ReliabilityAggregate> reliability(long roundId, List<Long> itemIds);

  /** Per group: moments of score(after) − score(before) of respondents linked by pair code. */
  Map<String, Moments> pairedDifferences(long beforeRoundId, long afterRoundId);
}
