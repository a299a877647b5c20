package kz.kenes.analytics.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A migrated database for SQL tests without a container: an in-memory H2, or a fresh schema in the
 * PostgreSQL at {@code jdbc:postgresql://127.0.0.1:5432/test} (user postgres) that {@link #drop}
 * removes. Flyway runs the application's own migrations.
 */
public final class TestDatabase {

  public static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String PG_USER = "postgres";

  public final DataSource dataSource;
  private final String schema;

  private TestDatabase(DataSource dataSource, String schema) {
    this.dataSource = dataSource;
    this.schema = schema;
  }

  public static TestDatabase h2() {
    return h2(null);
  }

  /**
   * An in-memory H2 migrated up to {@code target} (a Flyway version, e.g. {@code "48"}), or to the
   * latest when null; {@link #migrate} takes it on to the latest.
   */
  public static TestDatabase h2(String target) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:report_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    return migrated(new TestDatabase(h2, null), target);
  }

  public static boolean postgresAvailable() {
    try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, "")) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  public static TestDatabase postgres() {
    return postgres(null);
  }

  /** A fresh PostgreSQL schema migrated up to {@code target}, or to the latest when null. */
  public static TestDatabase postgres(String target) {
    String schema = "report_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(PG_URL, "create schema " + schema);
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(PG_URL + "?currentSchema=" + schema);
    pg.setUser(PG_USER);
    return migrated(new TestDatabase(pg, schema), target);
  }

  public void drop() {
    if (schema != null) {
      execute(PG_URL, "drop schema " + schema + " cascade");
    } else {
      try (Connection c = dataSource.getConnection();
          Statement s = c.createStatement()) {
        s.execute("shutdown");
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** Runs the migrations not yet applied, up to the latest. */
  public void migrate() {
    migrated(this, null);
  }

  private static TestDatabase migrated(TestDatabase database, String target) {
    var flyway =
        Flyway.configure().dataSource(database.dataSource).locations("classpath:db/migration");
    if (target != null) {
      flyway.target(target);
    }
    flyway.load().migrate();
    return database;
  }

  private static void execute(String url, String sql) {
    try (Connection c = DriverManager.getConnection(url, PG_USER, "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
