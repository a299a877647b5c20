package kz.kenes.survey.persistence;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import kz.kenes.platform.persistence.SqlDialect;
import kz.kenes.survey.domain.LevelCutoffs;

/**
 * Keeps {@code module_rating_summary} (V34) in step with {@code module_rating}: a rating's write
 * moves its old scale totals out of the summary and its new ones in, in the caller's transaction
 * (the same connection as the entity manager's). The program overview reads the summary instead of
 * every rating (docs/module-feedback.md, "Program overview").
 *
 * <p>The row of a module version and scale count is added to with one atomic upsert: on PostgreSQL
 * {@code insert … on conflict do update}, so that two first ratings of a version at once both
 * count; H2 has no {@code on conflict} and takes a {@code merge}. Levels are counted with the
 * default cut-offs, the ones the overview shows.
 */
final class JdbcRatingSummary {

  private static final LevelCutoffs LEVELS = LevelCutoffs.DEFAULT;

  private static final String COLUMNS =
      "module_id, module_version, scale_count, ratings, scale_sum, scale_sum_sq, high, low";

  private static final String POSTGRESQL =
      "insert into module_rating_summary ("
          + COLUMNS
          + ") values (?, ?, ?, ?, ?, ?, ?, ?)"
          + " on conflict (module_id, module_version, scale_count) do update set"
          + " ratings = module_rating_summary.ratings + excluded.ratings,"
          + " scale_sum = module_rating_summary.scale_sum + excluded.scale_sum,"
          + " scale_sum_sq = module_rating_summary.scale_sum_sq + excluded.scale_sum_sq,"
          + " high = module_rating_summary.high + excluded.high,"
          + " low = module_rating_summary.low + excluded.low";

  private static final String H2 =
      "merge into module_rating_summary t using (select cast(? as bigint) as module_id,"
          + " cast(? as integer) as module_version, cast(? as integer) as scale_count,"
          + " cast(? as bigint) as ratings, cast(? as bigint) as scale_sum,"
          + " cast(? as bigint) as scale_sum_sq, cast(? as bigint) as high,"
          + " cast(? as bigint) as low) s"
          + " on t.module_id = s.module_id and t.module_version = s.module_version"
          + " and t.scale_count = s.scale_count"
          + " when matched then update set ratings = t.ratings + s.ratings,"
          + " scale_sum = t.scale_sum + s.scale_sum, scale_sum_sq = t.scale_sum_sq + s.scale_sum_sq,"
          + " high = t.high + s.high, low = t.low + s.low"
          + " when not matched then insert ("
          + COLUMNS
          + ") values (s.module_id, s.module_version, s.scale_count, s.ratings, s.scale_sum,"
          + " s.scale_sum_sq, s.high, s.low)";

  private JdbcRatingSummary() {}

  /**
   * A rating of the module version went from {@code before} to {@code after}; a new rating has no
   * totals before (count 0), and totals of no scale answer (count 0) are not counted.
   */
  static void move(DataSource dataSource, long moduleId, int version, Totals before, Totals after) {
    if (before.equals(after)) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      String sql = SqlDialect.of(connection) == SqlDialect.POSTGRESQL ? POSTGRESQL : H2;
      try (PreparedStatement upsert = connection.prepareStatement(sql)) {
        // rows in one order (by scale count), so that two changes at once cannot deadlock
        boolean beforeFirst = before.count() <= after.count();
        add(upsert, moduleId, version, beforeFirst ? before : after, beforeFirst ? -1 : 1);
        add(upsert, moduleId, version, beforeFirst ? after : before, beforeFirst ? 1 : -1);
        upsert.executeBatch();
      }
    } catch (SQLException e) {
      throw new PersistenceException(
          "could not update the rating summary of module " + moduleId + " v" + version, e);
    }
  }

  private static void add(
      PreparedStatement upsert, long moduleId, int version, Totals totals, int sign)
      throws SQLException {
    if (totals.count() <= 0) {
      return;
    }
    long sum = totals.sum();
    upsert.setLong(1, moduleId);
    upsert.setInt(2, version);
    upsert.setInt(3, totals.count());
    upsert.setLong(4, sign);
    upsert.setLong(5, sign * sum);
    upsert.setLong(6, sign * sum * sum);
    upsert.setLong(7, sum >= LEVELS.highFrom() * totals.count() ? sign : 0);
    upsert.setLong(8, sum < LEVELS.dissatisfiedBelow() * totals.count() ? sign : 0);
    upsert.addBatch();
  }

  /** A rating's scale sum and the number of scale answers it sums. */
  record Totals(int sum, int count) {
    static final Totals NONE = new Totals(0, 0);
  }
}
