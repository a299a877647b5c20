package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import kz.kenes.integration.lti.persistence.JdbcLoginStateStore;
import kz.kenes.lti.registration.PlatformRegistration;
import kz.kenes.lti.security.state.PlatformStorage;

/**
 * What the launch of a login bound through the platform's storage needs before it can complete: the
 * origin its page may talk to. The page asks the platform's storage frame for the value the login
 * stored ({@code lti.get_data}), addressed to the origin of the platform's authorisation endpoint,
 * as the login's page addressed {@code lti.put_data}.
 *
 * @see PlatformStorage
 */
@ApplicationScoped
public class PlatformStorageLaunches {

  @Inject JdbcLoginStateStore states;
  @Inject CachedRegistrationLookup registrations;
  @Inject Clock clock;

  /**
   * The origin of the platform's authorisation endpoint for a pending storage login; empty when
   * {@code state} is no storage state, or is unknown, used or expired (the launch then refuses it
   * with the precise reason).
   */
  public Optional<String> platformOrigin(String state) {
    if (PlatformStorage.targetOf(state).isEmpty()) {
      return Optional.empty();
    }
    return states
        .pendingRegistration(state, clock.instant())
        .flatMap(registrations::findById)
        .map(PlatformRegistration::authLoginUrl)
        .map(PlatformStorageLaunches::origin);
  }

  /** The origin ({@code scheme://host[:port]}) of a URL, as {@code postMessage} compares it. */
  public static String origin(URI url) {
    return url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getRawAuthority();
  }
}
