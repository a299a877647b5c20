package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import kz.kenes.identity.domain.SessionStore;
import kz.kenes.lti.security.state.LoginStateStore;

/**
 * Removes expired login states and sessions. Run at most every minute, piggy-backed on login
 * requests, so that no scheduler is needed and every node helps; states are kept ten minutes past
 * expiry so that a late replay is still answered "already used" rather than "unknown". With the
 * per-address login limit ({@link LoginRateLimit}) this bounds what one client can keep in {@code
 * lti_login_state}: its logins of the last twenty-odd minutes (docs/security.md).
 */
@ApplicationScoped
public class Housekeeping {

  static final Duration INTERVAL = Duration.ofMinutes(1);
  static final Duration KEEP_AFTER_EXPIRY = Duration.ofMinutes(10);
  private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

  @Inject LoginStateStore states;
  @Inject SessionStore sessions;
  @Inject Clock clock;

  private final AtomicReference<Instant> lastRun = new AtomicReference<>(Instant.EPOCH);

  public void runIfDue() {
    Instant now = clock.instant();
    Instant last = lastRun.get();
    if (now.isBefore(last.plus(INTERVAL)) || !lastRun.compareAndSet(last, now)) {
      return;
    }
    int purgedStates = states.purgeExpired(now.minus(KEEP_AFTER_EXPIRY));
    int purgedSessions = sessions.purgeExpired(now);
    LOG.fine(() -> "Purged " + purgedStates + " login states, " + purgedSessions + " sessions");
  }
}
