package kz.kenes.analytics.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import kz.kenes.analytics.application.ReportQueries;
import kz.kenes.analytics.domain.AnswerCounts;
import kz.kenes.analytics.domain.LevelAggregate;
import kz.kenes.analytics.domain.Moments;
import kz.kenes.analytics.domain.ReliabilityAggregate;
import kz.kenes.survey.domain.LevelCutoffs;

/**
 * The report's aggregates in SQL on the survey tables (V4), plain JDBC on {@code jdbc/kenes}: every
 * statistic is a {@code COUNT}/{@code SUM} with {@code GROUP BY}, every value a bound parameter.
 * Only submitted responses count; {@code survey_answer} holds submitted answers alone and carries
 * the round and group, so item queries need no join. A respondent's scale score is {@code scale_sum
 * / scale_count}; levels compare {@code scale_sum >= high_from * scale_count} so that no division
 * decides a level.
 */
@ApplicationScoped
public class JdbcReportQueries implements ReportQueries {

  static final String SCORE = "cast(scale_sum as double precision) / scale_count";
  static final String CUTOFF = "cast(? as double precision)";

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  public JdbcReportQueries() {}

  /** Outside the container (tests): on this data source. */
  public JdbcReportQueries(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Optional<SurveyHead> survey(long surveyId) {
    List<SurveyHead> found = new ArrayList<>();
    Sql.query(
        dataSource,
        "select id, title, program_id, module_id from survey where id = ?",
        r ->
            found.add(
                new SurveyHead(
                    r.getLong("id"),
                    r.getString("title"),
                    r.getLong("program_id"),
                    Sql.longOrNull(r, "module_id"))),
        surveyId);
    return found.stream().findFirst();
  }

  @Override
  public List<RoundRow> rounds(long surveyId) {
    List<RoundRow> rounds = new ArrayList<>();
    Sql.query(
        dataSource,
        "select r.id, r.position, r.kind, r.label, r.instrument_version_id, v.high_from,"
            + " v.dissatisfied_below from survey_round r join instrument_version v"
            + " on v.id = r.instrument_version_id where r.survey_id = ? order by r.position",
        r ->
            rounds.add(
                new RoundRow(
                    r.getLong("id"),
                    r.getInt("position"),
                    r.getString("kind"),
                    r.getString("label"),
                    r.getLong("instrument_version_id"),
                    new LevelCutoffs(r.getDouble("high_from"), r.getDouble("dissatisfied_below")))),
        surveyId);
    return rounds;
  }

  @Override
  public List<ItemRow> items(List<Long> versionIds) {
    List<ItemRow> items = new ArrayList<>();
    for (long versionId : versionIds.stream().distinct().toList()) {
      Sql.query(
          dataSource,
          "select i.id, i.version_id, i.position, i.code, i.kind, i.reversed, i.module_id,"
              + " m.title as module_title, i.content from instrument_item i"
              + " left join program_module m on m.id = i.module_id"
              + " where i.version_id = ? order by i.position, i.id",
          r ->
              items.add(
                  new ItemRow(
                      r.getLong("id"),
                      r.getLong("version_id"),
                      r.getInt("position"),
                      r.getString("code"),
                      r.getString("kind"),
                      r.getBoolean("reversed"),
                      Sql.longOrNull(r, "module_id"),
                      r.getString("module_title"),
                      r.getString("content"))),
          versionId);
    }
    return items;
  }

  @Override
  public List<GroupRow> groups() {
    List<GroupRow> groups = new ArrayList<>();
    Sql.query(
        dataSource,
        "select code, name from stakeholder_group order by code",
        r -> groups.add(new GroupRow(r.getString("code"), r.getString("name"))));
    return groups;
  }

  @Override
  public Map<String, Long> responseCounts(long roundId) {
    Map<String, Long> counts = new TreeMap<>();
    Sql.query(
        dataSource,
        "select group_code, count(*) as n from survey_response"
            + " where round_id = ? and status = 'submitted' group by group_code",
        r -> counts.put(r.getString("group_code"), r.getLong("n")),
        roundId);
    return counts;
  }

  @Override
  public Map<String, ScoreRow> scaleScores(long roundId, LevelCutoffs cutoffs) {
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
            + CUTOFF
            + " * scale_count then 1 else 0 end) as high,"
            + " sum(case when scale_sum < "
            + CUTOFF
            + " * scale_count then 1 else 0 end) as low"
            + " from survey_response where round_id = ? and status = 'submitted'"
            + " and scale_count > 0 group by group_code",
        r -> scores.put(r.getString("group_code"), scoreRow(r)),
        cutoffs.highFrom(),
        cutoffs.dissatisfiedBelow(),
        roundId);
    return scores;
  }

  @Override
  public Map<String, AnswerCounts> scaleAnswers(long roundId) {
    Map<String, long[]> counts = new TreeMap<>();
    Sql.query(
        dataSource,
        "select group_code, score, count(*) as n from survey_answer"
            + " where round_id = ? and score is not null group by group_code, score",
        r ->
            counts.computeIfAbsent(r.getString("group_code"), g -> new long[4])[r.getInt("score")] =
                r.getLong("n"),
        roundId);
    return answerCounts(counts);
  }

  @Override
  public Map<Long, Map<String, AnswerCounts>> itemScaleAnswers(long roundId) {
    Map<Long, Map<String, long[]>> counts = new TreeMap<>();
    Sql.query(
        dataSource,
        "select item_id, group_code, score, count(*) as n from survey_answer"
            + " where round_id = ? and score is not null group by item_id, group_code, score",
        r ->
            counts.computeIfAbsent(r.getLong("item_id"), i -> new TreeMap<>())
                    .computeIfAbsent(r.getString("group_code"), g -> new long[4])[
                    r.getInt("score")] =
                r.getLong("n"),
        roundId);
    Map<Long, Map<String, AnswerCounts>> result = new TreeMap<>();
    counts.forEach((item, byGroup) -> result.put(item, answerCounts(byGroup)));
    return result;
  }

  @Override
  public Map<Long, Map<String, Map<Integer, Long>>> itemOptionCounts(long roundId) {
    Map<Long, Map<String, Map<Integer, Long>>> counts = new TreeMap<>();
    Sql.query(
        dataSource,
        "select item_id, group_code, answer_value, count(*) as n from survey_answer"
            + " where round_id = ? and score is null and answer_value is not null"
            + " group by item_id, group_code, answer_value",
        r ->
            counts
                .computeIfAbsent(r.getLong("item_id"), i -> new TreeMap<>())
                .computeIfAbsent(r.getString("group_code"), g -> new TreeMap<>())
                .put(r.getInt("answer_value"), r.getLong("n")),
        roundId);
    return counts;
  }

  @Override
  public Map<Long, Map<String, Map<String, Long>>> itemChoiceCounts(long roundId) {
    Map<Long, Map<String, Map<String, Long>>> counts = new TreeMap<>();
    Sql.query(
        dataSource,
        "select item_id, group_code, choices, count(*) as n from survey_answer"
            + " where round_id = ? and choices is not null group by item_id, group_code, choices",
        r -> {
          Map<String, Long> byCode =
              counts
                  .computeIfAbsent(r.getLong("item_id"), i -> new TreeMap<>())
                  .computeIfAbsent(r.getString("group_code"), g -> new LinkedHashMap<>());
          long n = r.getLong("n");
          for (String code : splitChoices(r.getString("choices"))) {
            byCode.merge(code, n, Long::sum);
          }
        },
        roundId);
    return counts;
  }

  @Override
  public Map<Long, Map<String, Long>> itemTextCounts(long roundId) {
    Map<Long, Map<String, Long>> counts = new TreeMap<>();
    Sql.query(
        dataSource,
        "select item_id, group_code, count(*) as n from survey_answer where round_id = ?"
            + " and answer_text is not null and answer_text <> '' group by item_id, group_code",
        r ->
            counts
                .computeIfAbsent(r.getLong("item_id"), i -> new TreeMap<>())
                .put(r.getString("group_code"), r.getLong("n")),
        roundId);
    return counts;
  }

  @Override
  public Map<Long, Map<String, ScoreRow>> moduleScores(long roundId, LevelCutoffs cutoffs) {
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
            + CUTOFF
            + " * c then 1 else 0 end) as high,"
            + " sum(case when s < "
            + CUTOFF
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
                .put(r.getString("group_code"), scoreRow(r)),
        cutoffs.highFrom(),
        cutoffs.dissatisfiedBelow(),
        roundId);
    return scores;
  }

  @Override
  public Map<Long, Map<String, AnswerCounts>> moduleAnswers(long roundId) {
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
    counts.forEach((module, byGroup) -> result.put(module, answerCounts(byGroup)));
    return result;
  }

  /**
   * Cronbach's alpha over the respondents who answered every scale item: their response says so
   * ({@code scale_count} is the number of its scored scale answers), so the totals are read from
   * {@code survey_response} alone and the items join the complete responses. (Finding the complete
   * respondents with {@code GROUP BY response_id HAVING count(*)} over the answers took seconds on
   * 500,000 answers a round: docs/performance.md, "Surveys".)
   */
  @Override
  public Map<String, ReliabilityAggregate> reliability(long roundId, List<Long> itemIds) {
    Map<String, Map<Long, Moments>> items = new TreeMap<>();
    Sql.RowReader itemRow =
        r ->
            items
                .computeIfAbsent(r.getString("group_code"), g -> new HashMap<>())
                .put(r.getLong("item_id"), moments(r));
    String itemMoments =
        "select a.group_code, a.item_id, count(*) as n, sum(cast(a.score as integer)) as s,"
            + " sum(cast(a.score as integer) * cast(a.score as integer)) as ss from survey_answer a";
    if (incompleteResponses(roundId, itemIds.size()) == 0) {
      // every scored respondent is complete: no join, the answers' index alone
      Sql.query(
          dataSource,
          itemMoments
              + " where a.round_id = ? and a.score is not null group by a.group_code, a.item_id",
          itemRow,
          roundId);
    } else {
      Sql.query(
          dataSource,
          itemMoments
              + " join survey_response r on r.id = a.response_id"
              + " where a.round_id = ? and a.score is not null and r.round_id = ?"
              + " and r.status = 'submitted' and r.scale_count = ?"
              + " group by a.group_code, a.item_id",
          itemRow,
          roundId,
          roundId,
          itemIds.size());
    }
    Map<String, Moments> totals = new TreeMap<>();
    Sql.query(
        dataSource,
        "select group_code, count(*) as n, sum(scale_sum) as s,"
            + " sum(cast(scale_sum as double precision) * scale_sum) as ss from survey_response"
            + " where round_id = ? and status = 'submitted' and scale_count = ? group by group_code",
        r -> totals.put(r.getString("group_code"), moments(r)),
        roundId,
        itemIds.size());
    Map<String, ReliabilityAggregate> result = new TreeMap<>();
    totals.forEach(
        (group, total) -> {
          Map<Long, Moments> byItem = items.getOrDefault(group, Map.of());
          List<Moments> ordered =
              itemIds.stream().map(id -> byItem.getOrDefault(id, Moments.EMPTY)).toList();
          result.put(group, new ReliabilityAggregate(ordered, total));
        });
    return result;
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

  @Override
  public Map<String, Moments> pairedDifferences(long beforeRoundId, long afterRoundId) {
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
        r -> differences.put(r.getString("group_code"), moments(r)),
        beforeRoundId,
        afterRoundId);
    return differences;
  }

  /** The option codes of a multiple-choice answer: comma separated, blanks dropped. */
  static List<String> splitChoices(String choices) {
    if (choices == null || choices.isBlank()) {
      return List.of();
    }
    List<String> codes = new ArrayList<>();
    for (String code : choices.split(",")) {
      if (!code.isBlank()) {
        codes.add(code.trim());
      }
    }
    return Collections.unmodifiableList(codes);
  }

  private static ScoreRow scoreRow(java.sql.ResultSet r) throws java.sql.SQLException {
    long n = r.getLong("n");
    long high = r.getLong("high");
    long low = r.getLong("low");
    return new ScoreRow(moments(r), new LevelAggregate(high, n - high - low, low));
  }

  private static Moments moments(java.sql.ResultSet r) throws java.sql.SQLException {
    long n = r.getLong("n");
    return n == 0 ? Moments.EMPTY : new Moments(n, r.getDouble("s"), r.getDouble("ss"));
  }

  private static Map<String, AnswerCounts> answerCounts(Map<String, long[]> counts) {
    Map<String, AnswerCounts> result = new TreeMap<>();
    counts.forEach((group, c) -> result.put(group, AnswerCounts.ofCounts(c)));
    return result;
  }
}
