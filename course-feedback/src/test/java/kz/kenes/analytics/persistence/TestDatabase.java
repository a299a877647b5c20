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

  /**
   * A fresh database of the kind a parameterised test names ({@code h2} or {@code postgres}); the
   * test is skipped when it asks for PostgreSQL and none answers.
   */
  public static TestDatabase ofKind(String kind) {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        kind.equals("h2") || postgresAvailable(), "PostgreSQL is not running");
    return kind.equals("h2") ? h2() : postgres();
  }

  /**
   * Inserts a platform registration (id 1), a course of it ({@code contextId}) and users of it
   * ({@code userIds}, subject {@code s<id>}): what rows about people in courses refer to.
   */
  public static void insertCourseAndUsers(Connection c, long contextId, long... userIds)
      throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "insert into platform_registration (id, name, issuer, client_id, auth_login_url,"
              + " access_token_url, jwks_url, created_at, updated_at) values (1, 'r', 'i', 'c',"
              + " 'a', 't', 'j', current_timestamp, current_timestamp)");
      s.execute(
          "insert into lti_context (id, registration_id, deployment_id, context_id, created_at,"
              + " updated_at) values ("
              + contextId
              + ", 1, 'd', 'course', current_timestamp, current_timestamp)");
      for (long user : userIds) {
        s.execute(
            "insert into lti_user (id, registration_id, subject, created_at, last_launch_at)"
                + " values ("
                + user
                + ", 1, 's"
                + user
                + "', current_timestamp, current_timestamp)");
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
