package kz.kenes.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import kz.kenes.platform.db.DatabaseMigration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database answers and the migrations have run. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  @Inject DatabaseMigration migration;

  @Override
  public HealthCheckResponse call() {
    boolean answers = databaseAnswers();
    boolean migrated = answers && migration.retryIfDue();
    return HealthCheckResponse.named("database")
        .status(answers && migrated)
        .withData("connection", answers ? "ok" : "failed")
        .withData("migrations", migration.isDone() ? "done" : "pending")
        .build();
  }

  private boolean databaseAnswers() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }
}
