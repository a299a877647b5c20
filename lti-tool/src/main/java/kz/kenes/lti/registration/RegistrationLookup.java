package kz.kenes.lti.registration;

import java.util.List;
import java.util.Optional;

/** Where the protocol code finds platform registrations; the application stores them. */
public interface RegistrationLookup {

  Optional<PlatformRegistration> find(String issuer, String clientId);

  /** All registrations of one issuer (one per client_id), in a stable order. */
  List<PlatformRegistration> findByIssuer(String issuer);

  Optional<PlatformRegistration> findById(long id);
}
