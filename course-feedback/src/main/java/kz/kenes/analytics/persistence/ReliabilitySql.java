package kz.kenes.analytics.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import kz.kenes.analytics.domain.Moments;
import kz.kenes.analytics.domain.ReliabilityAggregate;

/**
 * What Cronbach's alpha needs, per group of a round: item and total moments of complete
 * respondents.
 */
final class ReliabilitySql {

  private static final String ITEM_MOMENTS =
      "select a.group_code, a.item_id, count(*) as n, sum(cast(a.score as integer)) as s,"
          + " sum(cast(a.score as integer) * cast(a.score as integer)) as ss from survey_answer a";

  private final DataSource dataSource;

  ReliabilitySql(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Cronbach's alpha over the respondents who answered every scale item: their response says so
   * ({@code scale_count} is the number of its scored scale answers), so the totals are read from
   * {@code survey_response} alone and the items join the complete responses. (Finding the complete
   * respondents with {@code GROUP BY response_id HAVING count(*)} over the answers took seconds on
   * 500,000 answers a round: docs/performance.md, "Surveys".)
   */
  Map<String, ReliabilityAggregate> reliability(long roundId, List<Long> itemIds) {
    Map<String, Map<Long, Moments>> items = itemMoments(roundId, itemIds.size());
    Map<String, ReliabilityAggregate> result = new TreeMap<>();
    totals(roundId, itemIds.size())
        .forEach(
            (group, total) -> {
              Map<Long, Moments> byItem = items.getOrDefault(group, Map.of());
              List<Moments> ordered =
                  itemIds.stream().map(id -> byItem.getOrDefault(id, Moments.EMPTY)).toList();
              result.put(group, new ReliabilityAggregate(ordered, total));
            });
    return result;
  }

  /** Per group and scale item: moments of the complete respondents' scores. */
  private Map<String, Map<Long, Moments>> itemMoments(long roundId, int scaleItems) {
    Map<String, Map<Long, Moments>> items = new TreeMap<>();
    Sql.RowReader itemRow =
        r ->
            items
                .computeIfAbsent(r.getString("group_code"), g -> new HashMap<>())
                .put(r.getLong("item_id"), Sql.moments(r));
    if (incompleteResponses(roundId, scaleItems) == 0) {
      // every scored respondent is complete: no join, the answers' index alone
      Sql.query(
          dataSource,
          ITEM_MOMENTS
              + " where a.round_id = ? and a.score is not null group by a.group_code, a.item_id",
          itemRow,
          roundId);
    } else {
      Sql.query(
          dataSource,
          ITEM_MOMENTS
              + " join survey_response r on r.id = a.response_id"
              + " where a.round_id = ? and a.score is not null and r.round_id = ?"
              + " and r.status = 'submitted' and r.scale_count = ?"
              + " group by a.group_code, a.item_id",
          itemRow,
          roundId,
          roundId,
          scaleItems);
    }
    return items;
  }

  /** Per group: moments of the complete respondents' total scores, from their responses alone. */
  private Map<String, Moments> totals(long roundId, int scaleItems) {
    Map<String, Moments> totals = new TreeMap<>();
    Sql.query(
        dataSource,
        "select group_code, count(*) as n, sum(scale_sum) as s,"
            + " sum(cast(scale_sum as double precision) * scale_sum) as ss from survey_response"
            + " where round_id = ? and status = 'submitted' and scale_count = ? group by group_code",
        r -> totals.put(r.getString("group_code"), Sql.moments(r)),
        roundId,
        scaleItems);
    return totals;
  }

  /** Submitted responses that answered some but not all of the round's scale items. */
  private long incompleteResponses(long roundId, int scaleItems) {
    long[] count = {0};
    Sql.query(
        dataSource,
        "select count(*) as n from survey_response where round_id = ? and status = 'submitted'"
            + " and scale_count > 0 and scale_count <> ?",
        r -> count[0] = r.getLong("n"),
        roundId,
        scaleItems);
    return count[0];
  }
}
