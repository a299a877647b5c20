package kz.kenes.lti.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import kz.kenes.lti.registration.PlatformRegistration;
import kz.kenes.lti.registration.RegistrationLookup;

/** A {@link RegistrationLookup} over a list, for tests. */
public final class InMemoryRegistrationLookup implements RegistrationLookup {

  private final List<PlatformRegistration> registrations = new CopyOnWriteArrayList<>();

  public InMemoryRegistrationLookup(PlatformRegistration... registrations) {
    this.registrations.addAll(List.of(registrations));
  }

  public InMemoryRegistrationLookup add(PlatformRegistration registration) {
    registrations.add(registration);
    return this;
  }

  public void remove(long id) {
    registrations.removeIf(r -> r.id() == id);
  }

  @Override
  public Optional<PlatformRegistration> find(String issuer, String clientId) {
    return registrations.stream()
        .filter(r -> r.issuer().equals(issuer) && r.clientId().equals(clientId))
        .findFirst();
  }

  @Override
  public List<PlatformRegistration> findByIssuer(String issuer) {
    List<PlatformRegistration> found = new ArrayList<>();
    registrations.stream().filter(r -> r.issuer().equals(issuer)).forEach(found::add);
    found.sort(Comparator.comparingLong(PlatformRegistration::id));
    return found;
  }

  @Override
  public Optional<PlatformRegistration> findById(long id) {
    return registrations.stream().filter(r -> r.id() == id).findFirst();
  }
}
