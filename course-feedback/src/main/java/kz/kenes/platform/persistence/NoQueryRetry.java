package kz.kenes.platform.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Turns off EclipseLink's retry of a read query that failed for a communication error. By default
 * EclipseLink reconnects and runs such a query again up to three times, five seconds apart: when
 * the database goes away, every request caught reading at that moment then hangs ten seconds or
 * more instead of failing at once with 503 (docs/reliability.md, the database outage test). Kenes
 * answers the failure itself ({@code platform.db.DatabaseOutage}); the client retries after {@code
 * Retry-After}. Named in persistence.xml as {@code eclipselink.session.customizer}.
 */
public class NoQueryRetry implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(0);
      login.setDelayBetweenConnectionAttempts(0);
    }
  }
}
