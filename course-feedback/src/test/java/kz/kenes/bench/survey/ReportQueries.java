package kz.kenes.bench.survey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The aggregates a Table 2 report of one survey needs, as plain SQL over the V4 tables: every
 * statistic of the report (means, t-tests, Cohen's d, chi-square, level shares, item distributions,
 * Cronbach's alpha, the paired t-test) follows from these rows without reading an answer twice.
 * Each query takes the survey id as its only parameter; the benchmark times them one after another
 * on one connection, as a report request would run them.
 */
final class ReportQueries {

  /** A named query and its SQL with one {@code ?}: the survey id. */
  record Query(String name, String sql) {

    /** Runs the query and reads every row; returns the number of rows. */
    int run(Connection db, long surveyId) throws SQLException {
      try (PreparedStatement st = db.prepareStatement(sql)) {
        st.setLong(1, surveyId);
        int rows = 0;
        try (ResultSet rs = st.executeQuery()) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int c = 1; c <= columns; c++) {
              rs.getObject(c);
            }
            rows++;
          }
        }
        return rows;
      }
    }
  }

  /**
   * Per round and group: respondents, sum and sum of squares of their mean scores, and how many sit
   * at the high and the dissatisfied level (medium is the rest), with the cut-offs of the
   * instrument version the round was opened with. Compared in whole numbers: {@code sum >= 2.5 ×
   * count} is {@code sum / count >= 2.5} without rounding.
   */
  static final Query SCORES_AND_LEVELS =
      new Query(
          "scores and levels by round, group",
          """
          select r.round_id, r.group_code, count(*) as n,
                 sum(r.scale_sum::float8 / r.scale_count) as score_sum,
                 sum((r.scale_sum::float8 / r.scale_count) ^ 2) as score_sum_sq,
                 count(*) filter (where r.scale_sum >= v.high_from * r.scale_count) as high,
                 count(*) filter (where r.scale_sum < v.dissatisfied_below * r.scale_count)
                   as dissatisfied
          from survey_round sr
          join instrument_version v on v.id = sr.instrument_version_id
          join survey_response r on r.round_id = sr.id
          where sr.survey_id = ? and r.status = 'submitted' and r.scale_count > 0
          group by r.round_id, r.group_code
          """);

  /**
   * Per round, group and item: how many answers scored 0, 1, 2 and 3. The item distributions of the
   * report, and each item's count, sum and sum of squares for Cronbach's alpha, follow.
   */
  static final Query ITEM_SCORES =
      new Query(
          "score counts by round, group, item",
          """
          select a.round_id, a.group_code, a.item_id, a.score, count(*) as n
          from survey_round sr
          join survey_answer a on a.round_id = sr.id
          where sr.survey_id = ? and a.score is not null
          group by a.round_id, a.group_code, a.item_id, a.score
          """);

  /**
   * Per round and group, over respondents who answered every scale item of the round's version:
   * count, sum and sum of squares of their total score, the other half of Cronbach's alpha.
   */
  static final Query ALPHA_TOTALS =
      new Query(
          "alpha totals by round, group",
          """
          select r.round_id, r.group_code, count(*) as n,
                 sum(r.scale_sum) as total_sum,
                 sum(r.scale_sum::float8 * r.scale_sum) as total_sum_sq
          from survey_round sr
          join survey_response r on r.round_id = sr.id
          where sr.survey_id = ? and r.status = 'submitted'
            and r.scale_count = (select count(*) from instrument_item i
                                 where i.version_id = sr.instrument_version_id
                                   and i.kind = 'scale')
          group by r.round_id, r.group_code
          """);

  /**
   * Per group: respondents linked across the baseline and the follow-up round by {@code pair_code},
   * and count, sum and sum of squares of their change in mean score (the paired t-test).
   */
  static final Query PAIRED_DIFFERENCES =
      new Query(
          "paired differences by group",
          """
          select b.group_code, count(*) as n, sum(d.diff) as diff_sum,
                 sum(d.diff * d.diff) as diff_sum_sq
          from survey_round sb
          join survey_round sf on sf.survey_id = sb.survey_id and sf.kind = 'follow_up'
          join survey_response b on b.round_id = sb.id
          join survey_response f on f.round_id = sf.id and f.pair_code = b.pair_code
                                and f.group_code = b.group_code
          cross join lateral (select f.scale_sum::float8 / f.scale_count
                                     - b.scale_sum::float8 / b.scale_count as diff) d
          where sb.survey_id = ? and sb.kind = 'baseline'
            and b.status = 'submitted' and f.status = 'submitted'
            and b.scale_count > 0 and f.scale_count > 0
          group by b.group_code
          """);

  static final List<Query> ALL =
      List.of(SCORES_AND_LEVELS, ITEM_SCORES, ALPHA_TOTALS, PAIRED_DIFFERENCES);

  private ReportQueries() {}

  /** {@code EXPLAIN (ANALYZE, BUFFERS)} of a query for this survey, as PostgreSQL prints it. */
  static String explain(Connection db, Query query, long surveyId) throws SQLException {
    try (PreparedStatement st = db.prepareStatement("explain (analyze, buffers) " + query.sql())) {
      st.setLong(1, surveyId);
      StringBuilder plan = new StringBuilder();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          plan.append(rs.getString(1)).append(System.lineSeparator());
        }
      }
      return plan.toString();
    }
  }
}
