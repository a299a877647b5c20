package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import kz.kenes.integration.lti.persistence.LtiContextEntity;
import kz.kenes.integration.lti.persistence.LtiResourceLinkEntity;
import kz.kenes.integration.lti.persistence.LtiUserEntity;
import kz.kenes.integration.lti.session.KenesSession;

/** What a session refers to, loaded for pages and {@code /api/me}. */
@ApplicationScoped
public class SessionDetails {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  /** The user, course and resource link of a session; each absent when the launch had none. */
  public record Details(
      Optional<LtiUserEntity> user,
      Optional<LtiContextEntity> context,
      Optional<LtiResourceLinkEntity> link) {}

  public Details of(KenesSession session) {
    return new Details(
        find(LtiUserEntity.class, session.userRef()),
        find(LtiContextEntity.class, session.contextRef()),
        find(LtiResourceLinkEntity.class, session.resourceLinkRef()));
  }

  private <T> Optional<T> find(Class<T> type, Long id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em.find(type, id));
  }
}
