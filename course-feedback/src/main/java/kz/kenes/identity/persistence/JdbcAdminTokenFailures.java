package kz.kenes.identity.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import javax.sql.DataSource;
import kz.kenes.identity.domain.AdminTokenFailures;
import kz.kenes.platform.persistence.Timestamps;

/**
 * {@link AdminTokenFailures} in the table {@code admin_token_failure}, plain JDBC on auto-commit
 * connections outside any caller's transaction: a failure counts even when the request that made it
 * is refused. A failure is one UPDATE (it restarts a stale window in the same statement); only an
 * address's first failure inserts, and an insert that loses a race to another node updates instead.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class JdbcAdminTokenFailures implements AdminTokenFailures {

  private static final String FIND =
      "select window_start, failures from admin_token_failure where client_key = ?";
  private static final String COUNT =
      "update admin_token_failure set"
          + " failures = case when window_start < ? then 1 else failures + 1 end,"
          + " window_start = case when window_start < ? then ? else window_start end"
          + " where client_key = ?";
  private static final String INSERT =
      "insert into admin_token_failure (client_key, window_start, failures) values (?, ?, 1)";
  private static final String CLEAR = "delete from admin_token_failure where client_key = ?";

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  @Override
  public Optional<Window> find(String clientKey) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement find = c.prepareStatement(FIND)) {
      find.setString(1, clientKey);
      try (ResultSet row = find.executeQuery()) {
        return row.next()
            ? Optional.of(
                new Window(
                    Timestamps.fromColumn(row.getObject(1, LocalDateTime.class)), row.getInt(2)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the admin token failures", e);
    }
  }

  @Override
  public void recordFailure(String clientKey, Instant now, Instant windowCutoff) {
    try (Connection c = dataSource.getConnection()) {
      if (count(c, clientKey, now, windowCutoff) == 1) {
        return;
      }
      try (PreparedStatement insert = c.prepareStatement(INSERT)) {
        insert.setString(1, clientKey);
        insert.setObject(2, Timestamps.toColumn(now));
        insert.executeUpdate();
      } catch (SQLException anotherNodeInsertedFirst) {
        count(c, clientKey, now, windowCutoff);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not count an admin token failure", e);
    }
  }

  private static int count(Connection c, String clientKey, Instant now, Instant cutoff)
      throws SQLException {
    try (PreparedStatement count = c.prepareStatement(COUNT)) {
      LocalDateTime stale = Timestamps.toColumn(cutoff);
      count.setObject(1, stale);
      count.setObject(2, stale);
      count.setObject(3, Timestamps.toColumn(now));
      count.setString(4, clientKey);
      return count.executeUpdate();
    }
  }

  @Override
  public void clear(String clientKey) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement clear = c.prepareStatement(CLEAR)) {
      clear.setString(1, clientKey);
      clear.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not clear the admin token failures", e);
    }
  }
}
