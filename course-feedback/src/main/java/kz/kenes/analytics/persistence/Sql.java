package kz.kenes.analytics.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import kz.kenes.analytics.application.ReportQueries.ScoreRow;
import kz.kenes.analytics.domain.AnswerCounts;
import kz.kenes.analytics.domain.LevelAggregate;
import kz.kenes.analytics.domain.Moments;

/**
 * A parameterised query run on a fresh connection, its rows handed to a callback; and the readers
 * of the aggregate columns the report's queries share.
 */
final class Sql {

  /** A level cut-off as a bound parameter, compared with {@code scale_sum} times the count. */
  static final String CUTOFF = "cast(? as double precision)";

  /** Reads one row. */
  @FunctionalInterface
  interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  private Sql() {}

  static void query(DataSource dataSource, String sql, RowReader reader, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          reader.read(rows);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("report query failed: " + e.getMessage(), e);
    }
  }

  /** A parameterised update on the caller's connection; a null parameter is SQL null. */
  static int update(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      return statement.executeUpdate();
    }
  }

  static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
  }

  /** A nullable BIGINT column. */
  static Long longOrNull(ResultSet row, String column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? null : value;
  }

  /** Respondents' score moments and levels from the columns n, s, ss, high and low. */
  static ScoreRow scoreRow(ResultSet r) throws SQLException {
    long n = r.getLong("n");
    long high = r.getLong("high");
    long low = r.getLong("low");
    return new ScoreRow(moments(r), new LevelAggregate(high, n - high - low, low));
  }

  /** Moments from the columns n, s (sum) and ss (sum of squares). */
  static Moments moments(ResultSet r) throws SQLException {
    long n = r.getLong("n");
    return n == 0 ? Moments.EMPTY : new Moments(n, r.getDouble("s"), r.getDouble("ss"));
  }

  /** Counts of the scores 0..3 per group. */
  static Map<String, AnswerCounts> answerCounts(Map<String, long[]> counts) {
    Map<String, AnswerCounts> result = new TreeMap<>();
    counts.forEach((group, c) -> result.put(group, AnswerCounts.ofCounts(c)));
    return result;
  }
}
