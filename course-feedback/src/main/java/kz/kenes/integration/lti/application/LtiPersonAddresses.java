package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import kz.kenes.identity.domain.PersonAddresses;
import kz.kenes.integration.lti.persistence.LtiUserEntity;

/** {@link PersonAddresses} of LTI users: the {@code email} and {@code locale} of their launch. */
@ApplicationScoped
public class LtiPersonAddresses implements PersonAddresses {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Override
  public Optional<Address> of(long userRef) {
    return Optional.ofNullable(em.find(LtiUserEntity.class, userRef))
        .map(u -> new Address(u.email, u.displayName(), u.locale));
  }
}
