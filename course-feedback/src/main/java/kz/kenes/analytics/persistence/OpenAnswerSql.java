package kz.kenes.analytics.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import kz.kenes.analytics.application.ModuleFeedbackQueries.Cell;
import kz.kenes.analytics.application.ModuleFeedbackQueries.Moderation;
import kz.kenes.analytics.application.ModuleFeedbackQueries.OpenAnswer;
import kz.kenes.analytics.application.ModuleFeedbackQueries.OpenAnswerFilter;
import kz.kenes.analytics.application.ModuleFeedbackQueries.OpenAnswerPage;
import kz.kenes.platform.persistence.Timestamps;

/**
 * A module's open answers with their moderation, filtered by (version, group) cells, by a text they
 * contain (ignoring case, a bound {@code LIKE} pattern with its wildcards escaped) and by whether
 * they are hidden or ideas; newest first, one page at a time, with the counts of the shown and the
 * hidden answers of the same filter. An open answer has no score: {@code a.score is null} lets the
 * database find the module's open answers by the index {@code ix_module_rating_answer_open} (V34)
 * without reading its scale answers.
 */
final class OpenAnswerSql {

  private static final String FROM =
      " from module_rating_answer a join module_rating r on r.id = a.rating_id"
          + " left join module_answer_moderation m"
          + " on m.rating_id = a.rating_id and m.item_id = a.item_id"
          + " where a.module_id = ? and a.score is null and a.answer_text is not null";

  private static final String HIDDEN = "coalesce(m.hidden, false)";

  private static final String COLUMNS =
      "select a.rating_id, a.item_id, a.module_version, r.group_code, a.item_code,"
          + " a.answer_text, r.updated_at, "
          + HIDDEN
          + ", coalesce(m.idea, false), m.hidden_reason, m.hidden_by, m.hidden_at,"
          + " m.idea_by, m.idea_at";

  private final DataSource dataSource;

  OpenAnswerSql(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  OpenAnswerPage page(long moduleId, OpenAnswerFilter filter, int offset, int limit) {
    if (filter.cells().isEmpty()) {
      return new OpenAnswerPage(List.of(), 0, 0);
    }
    List<Object> parameters = new ArrayList<>();
    String where = where(moduleId, filter, parameters);
    long[] counts = new long[2];
    Sql.query(
        dataSource,
        "select sum(case when "
            + HIDDEN
            + " then 0 else 1 end),"
            + " sum(case when "
            + HIDDEN
            + " then 1 else 0 end)"
            + where,
        row -> {
          counts[0] = row.getLong(1);
          counts[1] = row.getLong(2);
        },
        parameters.toArray());
    List<OpenAnswer> answers = new ArrayList<>();
    parameters.add(filter.hidden());
    parameters.add(Math.max(0, offset));
    parameters.add(limit);
    Sql.query(
        dataSource,
        COLUMNS
            + where
            + " and "
            + HIDDEN
            + " = ? order by r.updated_at desc, r.id desc, a.item_code"
            + " offset ? rows fetch next ? rows only",
        row -> answers.add(answer(row)),
        parameters.toArray());
    return new OpenAnswerPage(answers, filter.hidden() ? counts[1] : counts[0], counts[1]);
  }

  private static String where(long moduleId, OpenAnswerFilter filter, List<Object> parameters) {
    StringBuilder where = new StringBuilder(FROM);
    parameters.add(moduleId);
    List<String> cells = new ArrayList<>();
    for (Cell cell : filter.cells()) {
      cells.add("(a.module_version = ? and r.group_code = ?)");
      parameters.add(cell.version());
      parameters.add(cell.group());
    }
    where.append(" and (").append(String.join(" or ", cells)).append(")");
    if (filter.text() != null && !filter.text().isBlank()) {
      where.append(" and lower(a.answer_text) like ? escape '\\'");
      parameters.add("%" + likeEscaped(filter.text().strip().toLowerCase(Locale.ROOT)) + "%");
    }
    if (filter.ideasOnly()) {
      where.append(" and coalesce(m.idea, false) = true");
    }
    return where.toString();
  }

  /** The text with LIKE's wildcards and escape character taken literally. */
  static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static OpenAnswer answer(ResultSet row) throws SQLException {
    return new OpenAnswer(
        row.getLong(1),
        row.getLong(2),
        row.getInt(3),
        row.getString(4),
        row.getString(5),
        row.getString(6),
        instant(row.getTimestamp(7)),
        row.getBoolean(8),
        row.getBoolean(9),
        new Moderation(
            row.getString(10),
            row.getString(11),
            instant(row.getTimestamp(12)),
            row.getString(13),
            instant(row.getTimestamp(14))));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : Timestamps.fromColumn(timestamp.toLocalDateTime());
  }
}
