package kz.kenes.analytics.persistence;

import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import kz.kenes.analytics.application.ReportQueries.ScoreRow;
import kz.kenes.analytics.domain.AnswerCounts;
import kz.kenes.analytics.domain.Moments;
import kz.kenes.survey.domain.LevelCutoffs;

/**
 * Aggregates of {@code survey_response} per group of a round: responses, respondents' scale scores
 * ({@code scale_sum / scale_count}) and levels, and the differences of linked respondents. Levels
 * compare {@code scale_sum >= high_from * scale_count}, so that no division decides a level.
 */
final class ResponseScoreSql {

  /** A respondent's scale score: the mean of their scored scale answers. */
  private static final String SCORE = "cast(scale_sum as double precision) / scale_count";

  private final DataSource dataSource;

  ResponseScoreSql(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  Map<String, Long> responseCounts(long roundId) {
    Map<String, Long> counts = new TreeMap<>();
    Sql.query(
        dataSource,
        "select group_code, count(*) as n from survey_response"
            + " where round_id = ? and status = 'submitted' group by group_code",
        r -> counts.put(r.getString("group_code"), r.getLong("n")),
        roundId);
    return counts;
  }

  Map<String, ScoreRow> scaleScores(long roundId, LevelCutoffs cutoffs) {
    Map<String, ScoreRow> scores = new TreeMap<>();
    Sql.query(
        dataSource,
        "select group_code, count(*) as n, sum("
            + SCORE
            + ") as s, sum(("
            + SCORE
            + ") * ("
            + SCORE
            + ")) as ss,"
            + " sum(case when scale_sum >= "
            + Sql.CUTOFF
            + " * scale_count then 1 else 0 end) as high,"
            + " sum(case when scale_sum < "
            + Sql.CUTOFF
            + " * scale_count then 1 else 0 end) as low"
            + " from survey_response where round_id = ? and status = 'submitted'"
            + " and scale_count > 0 group by group_code",
        r -> scores.put(r.getString("group_code"), Sql.scoreRow(r)),
        cutoffs.highFrom(),
        cutoffs.dissatisfiedBelow(),
        roundId);
    return scores;
  }

  Map<String, AnswerCounts> scaleAnswers(long roundId) {
    Map<String, long[]> counts = new TreeMap<>();
    Sql.query(
        dataSource,
        "select group_code, score, count(*) as n from survey_answer"
            + " where round_id = ? and score is not null group by group_code, score",
        r ->
            counts.computeIfAbsent(r.getString("group_code"), g -> new long[4])[r.getInt("score")] =
                r.getLong("n"),
        roundId);
    return Sql.answerCounts(counts);
  }

  Map<String, Moments> pairedDifferences(long beforeRoundId, long afterRoundId) {
    String d =
        "(cast(f.scale_sum as double precision) / f.scale_count"
            + " - cast(b.scale_sum as double precision) / b.scale_count)";
    Map<String, Moments> differences = new TreeMap<>();
    Sql.query(
        dataSource,
        "select b.group_code, count(*) as n, sum("
            + d
            + ") as s, sum("
            + d
            + " * "
            + d
            + ") as ss from survey_response b join survey_response f"
            + " on f.pair_code = b.pair_code and f.group_code = b.group_code"
            + " where b.round_id = ? and f.round_id = ? and b.pair_code is not null"
            + " and b.status = 'submitted' and f.status = 'submitted'"
            + " and b.scale_count > 0 and f.scale_count > 0 group by b.group_code",
        r -> differences.put(r.getString("group_code"), Sql.moments(r)),
        beforeRoundId,
        afterRoundId);
    return differences;
  }
}
