package kz.kenes.survey.persistence;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.platform.persistence.Timestamps;
import kz.kenes.survey.domain.RoundStatus;

/**
 * The round's check inside the transaction that stores an answer: it locks the round's row until
 * that transaction ends and reads its dates as they are now, so an answer is stored only if the
 * round takes answers at its commit. A close (an {@code UPDATE} of the row) waits for the answers
 * in flight, and an answer that comes after the close sees it. On PostgreSQL the lock is {@code FOR
 * SHARE}: answers to one round do not wait for each other, only a change of the round waits for
 * them. H2 knows only {@code FOR UPDATE}, which also serialises the answers (development only).
 *
 * <p>Plain JDBC on the container's data source: inside the caller's JTA transaction it is the same
 * connection and transaction as the entity manager's.
 */
final class RoundGuard {

  private static final String READ =
      "select opens_at, closes_at, closed_at from survey_round where id = ?";

  private RoundGuard() {}

  /**
   * Locks the round for the current transaction and refuses ({@code RoundClosed}, {@code
   * RoundNotOpen}) unless it takes answers at {@code now}.
   */
  static void requireTakesAnswers(Connection connection, long roundId, Instant now)
      throws SQLException {
    try (PreparedStatement read = connection.prepareStatement(READ + lockClause(connection))) {
      read.setLong(1, roundId);
      try (ResultSet row = read.executeQuery()) {
        if (!row.next()) {
          throw new NotFound("There is no survey round " + roundId + ".");
        }
        RoundStatus.at(instant(row, 1), instant(row, 2), instant(row, 3), now)
            .requireTakesAnswers();
      }
    }
  }

  /** {@link #requireTakesAnswers(Connection, long, Instant)} on the data source's connection. */
  static void requireTakesAnswers(javax.sql.DataSource dataSource, long roundId, Instant now) {
    try (Connection connection = dataSource.getConnection()) {
      requireTakesAnswers(connection, roundId, now);
    } catch (SQLException e) {
      throw new PersistenceException("could not check survey round " + roundId, e);
    }
  }

  static String lockClause(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName();
    return "PostgreSQL".equalsIgnoreCase(product) ? " for share" : " for update";
  }

  private static Instant instant(ResultSet row, int column) throws SQLException {
    return Timestamps.fromColumn(row.getObject(column, LocalDateTime.class));
  }
}
