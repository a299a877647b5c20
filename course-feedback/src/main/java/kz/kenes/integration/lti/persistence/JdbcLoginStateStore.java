package kz.kenes.integration.lti.persistence;

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
import kz.kenes.lti.security.state.LoginState;
import kz.kenes.lti.security.state.LoginStateStore;
import kz.kenes.platform.persistence.SqlDialect;
import kz.kenes.platform.persistence.Timestamps;

/**
 * Login states in the database, so that any node can finish a launch another node started. A state
 * and its nonce are consumed by one conditional UPDATE: two concurrent launches with the same state
 * cannot both win, and a launch refused later still leaves the state and nonce used.
 *
 * <p>Every launch passes here twice (save at login, consume at launch), so this store is plain JDBC
 * on auto-commit connections, outside any transaction ({@code NOT_SUPPORTED} suspends a caller's):
 * each statement is its own transaction, one round trip instead of the three (begin, statement,
 * commit) and the unit of work an EntityManager transaction costs. No JPA entity maps the table:
 * this store is its only reader and writer.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class JdbcLoginStateStore implements LoginStateStore {

  private static final String INSERT =
      "insert into lti_login_state (state, nonce, registration_id, target_link_uri,"
          + " browser_binding, issued_at, expires_at) values (?, ?, ?, ?, ?, ?, ?)";
  private static final String USE_STATE =
      "update lti_login_state set state_used_at = ?, nonce_used_at = ?"
          + " where state = ? and state_used_at is null and expires_at > ?";
  private static final String CONSUMED_COLUMNS =
      "nonce, registration_id, target_link_uri, browser_binding, issued_at, expires_at";

  /** PostgreSQL: the conditional UPDATE answers the row it consumed. */
  private static final String USE_STATE_RETURNING = USE_STATE + " returning " + CONSUMED_COLUMNS;

  /** H2: the same through a data change delta table (H2 has no RETURNING clause). */
  private static final String USE_STATE_FINAL_TABLE =
      "select " + CONSUMED_COLUMNS + " from final table (" + USE_STATE + ")";

  private static final String READ_STATE =
      "select nonce, registration_id, target_link_uri, browser_binding, issued_at, expires_at,"
          + " state_used_at from lti_login_state where state = ?";
  private static final String PENDING_REGISTRATION =
      "select registration_id from lti_login_state"
          + " where state = ? and state_used_at is null and expires_at > ?";
  private static final String PURGE = "delete from lti_login_state where expires_at < ?";
  private static final String COUNT =
      "select count(*), count(case when state_used_at is null and expires_at > ? then 1 end)"
          + " from lti_login_state";

  /** How long the count of the operator's metrics may take before it gives up, in seconds. */
  static final int COUNT_TIMEOUT_SECONDS = 5;

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  @Override
  public void save(LoginState state) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert = c.prepareStatement(INSERT)) {
      insert.setString(1, state.state());
      insert.setString(2, state.nonce());
      insert.setLong(3, state.registrationId());
      insert.setString(4, state.targetLinkUri());
      insert.setString(5, state.browserBinding());
      insert.setObject(6, Timestamps.toColumn(state.issuedAt()));
      insert.setObject(7, Timestamps.toColumn(state.expiresAt()));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not store the login state", e);
    }
  }

  @Override
  public StateConsumption consumeState(String state, Instant now) {
    LocalDateTime at = Timestamps.toColumn(now);
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement use = c.prepareStatement(useStateReturning(c))) {
        use.setObject(1, at);
        use.setObject(2, at);
        use.setString(3, state);
        use.setObject(4, at);
        try (ResultSet row = use.executeQuery()) {
          if (row.next()) {
            return new StateConsumption.Consumed(loginState(state, row));
          }
        }
      }
      // Not consumed now: tell unknown, used and expired apart (a refused launch, the rare path).
      try (PreparedStatement read = c.prepareStatement(READ_STATE)) {
        read.setString(1, state);
        try (ResultSet row = read.executeQuery()) {
          if (!row.next()) {
            return new StateConsumption.Unknown();
          }
          if (row.getObject(7, LocalDateTime.class) != null) {
            return new StateConsumption.AlreadyUsed();
          }
          return new StateConsumption.Expired();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not consume the login state", e);
    }
  }

  private static LoginState loginState(String state, ResultSet row) throws SQLException {
    return new LoginState(
        state,
        row.getString(1),
        row.getLong(2),
        row.getString(3),
        row.getString(4),
        Timestamps.fromColumn(row.getObject(5, LocalDateTime.class)),
        Timestamps.fromColumn(row.getObject(6, LocalDateTime.class)));
  }

  /**
   * The consuming UPDATE that also answers the consumed row, in this database's dialect: one round
   * trip for a launch instead of an UPDATE and a SELECT.
   */
  private String useStateReturning(Connection c) throws SQLException {
    Boolean postgres = this.postgres;
    if (postgres == null) {
      postgres = SqlDialect.of(c) == SqlDialect.POSTGRESQL;
      this.postgres = postgres;
    }
    return postgres ? USE_STATE_RETURNING : USE_STATE_FINAL_TABLE;
  }

  /** Whether the database is PostgreSQL (else H2); read from the first connection. */
  private volatile Boolean postgres;

  /**
   * The registration of a login that is still pending (unused, unexpired), without consuming it:
   * the page of a platform-storage launch needs the platform's origin before the launch completes.
   */
  public Optional<Long> pendingRegistration(String state, Instant now) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement read = c.prepareStatement(PENDING_REGISTRATION)) {
      read.setString(1, state);
      read.setObject(2, Timestamps.toColumn(now));
      try (ResultSet row = read.executeQuery()) {
        return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the login state", e);
    }
  }

  @Override
  public int purgeExpired(Instant cutoff) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement purge = c.prepareStatement(PURGE)) {
      purge.setObject(1, Timestamps.toColumn(cutoff));
      return purge.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not purge expired login states", e);
    }
  }

  /**
   * How many login states the table holds (until the purge, ten minutes past their expiry) and how
   * many of them are pending: unused and unexpired, a login whose launch may still come.
   */
  public Counts count(Instant now) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement count = c.prepareStatement(COUNT)) {
      count.setQueryTimeout(COUNT_TIMEOUT_SECONDS);
      count.setObject(1, Timestamps.toColumn(now));
      try (ResultSet row = count.executeQuery()) {
        row.next();
        return new Counts(row.getLong(1), row.getLong(2));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not count the login states", e);
    }
  }

  /** The login states held and, of them, pending. */
  public record Counts(long stored, long pending) {}
}
