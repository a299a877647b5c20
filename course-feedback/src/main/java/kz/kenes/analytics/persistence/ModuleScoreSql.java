package kz.kenes.analytics.persistence;

import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import kz.kenes.analytics.application.ReportQueries.ScoreRow;
import kz.kenes.analytics.domain.AnswerCounts;
import kz.kenes.survey.domain.LevelCutoffs;

/** Aggregates per program module and group of a round, over the module's scale items. */
final class ModuleScoreSql {

  private final DataSource dataSource;

  ModuleScoreSql(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  Map<Long, Map<String, ScoreRow>> moduleScores(long roundId, LevelCutoffs cutoffs) {
    Map<Long, Map<String, ScoreRow>> scores = new TreeMap<>();
    String score = "cast(s as double precision) / c";
    Sql.query(
        dataSource,
        "select module_id, group_code, count(*) as n, sum("
            + score
            + ") as s, sum(("
            + score
            + ") * ("
            + score
            + ")) as ss,"
            + " sum(case when s >= "
            + Sql.CUTOFF
            + " * c then 1 else 0 end) as high,"
            + " sum(case when s < "
            + Sql.CUTOFF
            + " * c then 1 else 0 end) as low"
            + " from (select i.module_id, a.group_code, a.response_id,"
            + " sum(cast(a.score as integer)) as s, count(a.score) as c"
            + " from survey_answer a join instrument_item i on i.id = a.item_id"
            + " where a.round_id = ? and a.score is not null and i.module_id is not null"
            + " group by i.module_id, a.group_code, a.response_id) per_respondent"
            + " group by module_id, group_code",
        r ->
            scores
                .computeIfAbsent(r.getLong("module_id"), m -> new TreeMap<>())
                .put(r.getString("group_code"), Sql.scoreRow(r)),
        cutoffs.highFrom(),
        cutoffs.dissatisfiedBelow(),
        roundId);
    return scores;
  }

  Map<Long, Map<String, AnswerCounts>> moduleAnswers(long roundId) {
    Map<Long, Map<String, long[]>> counts = new TreeMap<>();
    Sql.query(
        dataSource,
        "select i.module_id, a.group_code, a.score, count(*) as n from survey_answer a"
            + " join instrument_item i on i.id = a.item_id where a.round_id = ?"
            + " and a.score is not null and i.module_id is not null"
            + " group by i.module_id, a.group_code, a.score",
        r ->
            counts.computeIfAbsent(r.getLong("module_id"), m -> new TreeMap<>())
                    .computeIfAbsent(r.getString("group_code"), g -> new long[4])[
                    r.getInt("score")] =
                r.getLong("n"),
        roundId);
    Map<Long, Map<String, AnswerCounts>> result = new TreeMap<>();
    counts.forEach((module, byGroup) -> result.put(module, Sql.answerCounts(byGroup)));
    return result;
  }
}
