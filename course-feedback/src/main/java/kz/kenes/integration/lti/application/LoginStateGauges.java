package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import kz.kenes.integration.lti.persistence.JdbcLoginStateStore;
import kz.kenes.platform.db.DatabaseMigration.SchemaReady;
import kz.kenes.platform.metrics.CachedReading;
import kz.kenes.platform.metrics.KenesMetrics;

/**
 * The operator's gauges of {@code lti_login_state}: the logins pending (a flood of logins that
 * never launch shows here first) and the rows held until the purge. Counted in the database, so
 * every node reports the installation's figure; read at most once per {@link #INTERVAL}.
 */
@ApplicationScoped
public class LoginStateGauges {

  static final Duration INTERVAL = Duration.ofSeconds(10);

  @Inject JdbcLoginStateStore store;
  @Inject KenesMetrics metrics;
  @Inject Clock clock;

  private boolean registered;

  synchronized void onSchemaReady(@Observes SchemaReady ready) {
    if (registered) {
      return;
    }
    registered = true;
    CachedReading<JdbcLoginStateStore.Counts> counts =
        new CachedReading<>(() -> store.count(clock.instant()), INTERVAL, clock);
    metrics.gauge(
        "kenes.lti.login.states.pending",
        "LTI logins started whose launch has not come yet and whose state has not expired",
        counts.figure(JdbcLoginStateStore.Counts::pending));
    metrics.gauge(
        "kenes.lti.login.states.stored",
        "Rows of lti_login_state: pending, used and expired states until the purge",
        counts.figure(JdbcLoginStateStore.Counts::stored));
  }
}
