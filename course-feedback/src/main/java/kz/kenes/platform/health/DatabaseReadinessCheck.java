package kz.kenes.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.kenes.platform.db.DatabaseMigration;
import kz.kenes.platform.db.DatabaseOutage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the database answers and the migrations have run. Each probe connects (bounded by
 * the data source's timeouts, docs/configuration.md) and tells {@link DatabaseOutage} what it
 * found: a probe that fails starts an outage (requests are refused 503 at once), one that succeeds
 * ends it.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  @Inject DatabaseOutage outage;

  @Inject DatabaseMigration migration;

  @Override
  public HealthCheckResponse call() {
    boolean answers = outage.probe();
    boolean migrated = answers && migration.retryIfDue();
    return HealthCheckResponse.named("database")
        .status(answers && migrated)
        .withData("connection", answers ? "ok" : "failed")
        .withData("migrations", migration.isDone() ? "done" : "pending")
        .build();
  }
}
