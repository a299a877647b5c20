package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import kz.kenes.integration.lti.persistence.JpaRegistrationRepository;
import kz.kenes.lti.registration.PlatformRegistration;
import kz.kenes.lti.registration.RegistrationLookup;

/**
 * Registrations as the launch path reads them: every login and launch looks its platform up, so
 * answers (unknown issuers too) are kept in memory for {@link #TIME_TO_LIVE}. A change made on this
 * node ({@link RegistrationService.RegistrationsChanged}) empties the cache at once; a change made
 * on another node is seen here within the time to live.
 */
@ApplicationScoped
public class CachedRegistrationLookup implements RegistrationLookup {

  static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);
  static final int MAX_ENTRIES = 10_000;

  @Inject JpaRegistrationRepository repository;
  @Inject Clock clock;

  private final Map<Object, Entry> cache = new ConcurrentHashMap<>();

  private record Entry(Object value, Instant expires) {}

  private record ByIssuerAndClient(String issuer, String clientId) {}

  private record ByIssuer(String issuer) {}

  private record ById(long id) {}

  private record AuthorityOf(long id) {}

  /**
   * The university, operator flag and role mapping of a registration, as the launch reads them
   * (cached like the registrations); none of them for an unknown registration.
   */
  public RegistrationAuthority authority(long registrationId) {
    return cached(
        new AuthorityOf(registrationId),
        () ->
            repository
                .findEntity(registrationId)
                .map(
                    e ->
                        new RegistrationAuthority(
                            e.universityId(), e.operator(), e.systemAdminAsInstructor()))
                .orElse(RegistrationAuthority.NONE));
  }

  @Override
  public Optional<PlatformRegistration> find(String issuer, String clientId) {
    return cached(new ByIssuerAndClient(issuer, clientId), () -> repository.find(issuer, clientId));
  }

  @Override
  public List<PlatformRegistration> findByIssuer(String issuer) {
    return cached(new ByIssuer(issuer), () -> repository.findByIssuer(issuer));
  }

  @Override
  public Optional<PlatformRegistration> findById(long id) {
    return cached(new ById(id), () -> repository.findById(id));
  }

  /**
   * Whether the registration is still in the database, asked past the cache; when it is gone (a
   * node that deleted it told only itself), this node's cache is emptied at once.
   */
  public boolean stillRegistered(long registrationId) {
    boolean present = repository.findEntity(registrationId).isPresent();
    if (!present) {
      cache.clear();
    }
    return present;
  }

  void onChange(@Observes RegistrationService.RegistrationsChanged changed) {
    cache.clear();
  }

  @SuppressWarnings("unchecked")
  private <T> T cached(Object key, Supplier<T> load) {
    Instant now = clock.instant();
    Entry entry = cache.get(key);
    if (entry != null && now.isBefore(entry.expires())) {
      return (T) entry.value();
    }
    T value = load.get();
    if (cache.size() >= MAX_ENTRIES) {
      cache.clear();
    }
    cache.put(key, new Entry(value, now.plus(TIME_TO_LIVE)));
    return value;
  }
}
