package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import kz.kenes.integration.lti.persistence.LtiContextEntity;
import kz.kenes.integration.lti.persistence.LtiResourceLinkEntity;

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

  /** Whether the resource link with this Kenes id is a placement in this course. */
  public boolean hasResourceLink(long contextRef, long resourceLinkRef) {
    LtiResourceLinkEntity link = em.find(LtiResourceLinkEntity.class, resourceLinkRef);
    return link != null && link.contextRef != null && link.contextRef == contextRef;
  }

  /** The Kenes ids of the course's resource links. */
  public List<Long> resourceLinksOf(long contextRef) {
    return em.createQuery(
            "select l.id from LtiResourceLinkEntity l where l.contextRef = :context", Long.class)
        .setParameter("context", contextRef)
        .getResultList();
  }
}
