package kz.kenes.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class DatabaseMigrationTest {

  /** A database that is down until {@link #up} is set. */
  static final class FlakyDatabase implements DataSource {
    final JdbcDataSource h2 = new JdbcDataSource();
    volatile boolean up;

    FlakyDatabase() {
      h2.setURL("jdbc:h2:mem:migration_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Override
    public Connection getConnection() throws SQLException {
      if (!up) {
        throw new SQLException("Connection refused", "08001");
      }
      return h2.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }

  @Test
  void aNodeStartedWhileTheDatabaseWasDownMigratesOnceItIsBack() {
    FlakyDatabase database = new FlakyDatabase();
    DatabaseMigration migration = new DatabaseMigration();
    migration.dataSource = database;

    assertThat(migration.migrate()).isFalse();
    assertThat(migration.isDone()).isFalse();
    assertThat(migration.failure()).isNotNull();
    // the next try waits for RETRY_AFTER, so a readiness probe right away does not migrate
    database.up = true;
    assertThat(migration.retryIfDue()).isFalse();

    assertThat(migration.migrate()).isTrue();
    assertThat(migration.isDone()).isTrue();
    assertThat(migration.failure()).isNull();
    assertThat(migration.retryIfDue()).isTrue();
  }
}
