package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.kenes.integration.lti.persistence.LtiContextEntity;

/**
 * The courses (LTI contexts) Kenes has been launched from, as other bounded contexts may ask about
 * them: they ask here rather than reading the LTI tables themselves.
 */
@ApplicationScoped
public class Courses {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  /** Whether a course with this Kenes id exists. */
  public boolean exists(long contextRef) {
    return em.find(LtiContextEntity.class, contextRef) != null;
  }
}
