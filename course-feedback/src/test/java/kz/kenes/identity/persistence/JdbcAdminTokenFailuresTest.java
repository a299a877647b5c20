package kz.kenes.identity.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import kz.kenes.identity.domain.AdminTokenFailures.Window;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The SQL of the admin token throttle on H2 and on PostgreSQL (a fresh schema at {@value #PG_URL},
 * dropped afterwards; skipped when none answers): a failure counts in the window, a stale window
 * restarts in the same statement, a clear forgets.
 */
class JdbcAdminTokenFailuresTest {

  static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";
  private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
  private static final Duration WINDOW = Duration.ofMinutes(5);

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void countsRestartsAndClears(String kind) throws SQLException {
    String schema = "throttle_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    JdbcAdminTokenFailures store = new JdbcAdminTokenFailures();
    store.dataSource = open(kind, schema);
    try {
      assertThat(store.find("k")).isEmpty();

      store.recordFailure("k", T0, T0.minus(WINDOW));
      store.recordFailure("k", T0.plusSeconds(10), T0.plusSeconds(10).minus(WINDOW));
      store.recordFailure("other", T0, T0.minus(WINDOW));
      assertThat(store.find("k")).contains(new Window(T0, 2));

      Instant later = T0.plus(WINDOW).plusSeconds(1);
      store.recordFailure("k", later, later.minus(WINDOW));
      assertThat(store.find("k")).contains(new Window(later, 1));

      store.clear("k");
      assertThat(store.find("k")).isEmpty();
      assertThat(store.find("other")).contains(new Window(T0, 1));
    } finally {
      if (kind.equals("postgres")) {
        execute("drop schema " + schema + " cascade");
      }
    }
  }

  private static DataSource open(String kind, String schema) {
    DataSource dataSource;
    if (kind.equals("h2")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1");
      h2.setUser("sa");
      dataSource = h2;
    } else {
      assumeTrue(postgresAvailable(), "PostgreSQL is not running at " + PG_URL);
      execute("create schema " + schema);
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(PG_URL + "?currentSchema=" + schema);
      pg.setUser("postgres");
      dataSource = pg;
    }
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    return dataSource;
  }

  private static boolean postgresAvailable() {
    try (Connection c = DriverManager.getConnection(PG_URL, "postgres", "")) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  private static void execute(String sql) {
    try (Connection c = DriverManager.getConnection(PG_URL, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
