package kz.kenes.analytics.persistence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import kz.kenes.analytics.domain.AnswerCounts;

/**
 * Aggregates of {@code survey_answer} per item and group of a round: scored answers, options
 * chosen, non-empty texts. The answers carry the round and group, so these queries need no join.
 */
final class ItemAnswerSql {

  private final DataSource dataSource;

  ItemAnswerSql(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  Map<Long, Map<String, AnswerCounts>> itemScaleAnswers(long roundId) {
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
    counts.forEach((item, byGroup) -> result.put(item, Sql.answerCounts(byGroup)));
    return result;
  }

  Map<Long, Map<String, Map<Integer, Long>>> itemOptionCounts(long roundId) {
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

  Map<Long, Map<String, Map<String, Long>>> itemChoiceCounts(long roundId) {
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

  Map<Long, Map<String, Long>> itemTextCounts(long roundId) {
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
}
