package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import kz.kenes.identity.domain.Courses;
import kz.kenes.integration.lti.persistence.LtiContextEntity;
import kz.kenes.integration.lti.persistence.LtiResourceLinkEntity;

/** {@link Courses} from the LTI tables: a course is an LTI context, a placement a resource link. */
@ApplicationScoped
public class LtiCourses implements Courses {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Override
  public boolean exists(long contextRef) {
    return em.find(LtiContextEntity.class, contextRef) != null;
  }

  @Override
  public boolean hasResourceLink(long contextRef, long resourceLinkRef) {
    LtiResourceLinkEntity link = em.find(LtiResourceLinkEntity.class, resourceLinkRef);
    return link != null && link.contextRef != null && link.contextRef == contextRef;
  }

  @Override
  public Optional<Long> universityOf(long contextRef) {
    return em.createQuery(
            "select r.universityId from LtiContextEntity c, PlatformRegistrationEntity r"
                + " where c.id = :context and r.id = c.registrationId",
            Long.class)
        .setParameter("context", contextRef)
        .getResultStream()
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  @Override
  public List<Long> resourceLinksOf(long contextRef) {
    return em.createQuery(
            "select l.id from LtiResourceLinkEntity l where l.contextRef = :context", Long.class)
        .setParameter("context", contextRef)
        .getResultList();
  }
}
