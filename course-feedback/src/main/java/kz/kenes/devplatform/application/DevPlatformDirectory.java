package kz.kenes.devplatform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import kz.kenes.integration.lti.persistence.LtiContextEntity;
import kz.kenes.integration.lti.persistence.LtiUserEntity;

/**
 * The people and courses of the development platform: the users and contexts Kenes knows for the
 * platform's registration and deployment (the demo seed creates them). A real LMS has its own
 * directory; this one borrows Kenes's, so that what the course page offers is what Kenes holds.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DevPlatformDirectory {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  public List<PlatformUser> users(long registrationId) {
    return em
        .createQuery(
            "select u from LtiUserEntity u where u.registrationId = :reg order by u.id",
            LtiUserEntity.class)
        .setParameter("reg", registrationId)
        .getResultList()
        .stream()
        .map(DevPlatformDirectory::user)
        .toList();
  }

  public Optional<PlatformUser> user(long registrationId, String subject) {
    return em.createQuery(
            "select u from LtiUserEntity u where u.registrationId = :reg and u.subject = :sub",
            LtiUserEntity.class)
        .setParameter("reg", registrationId)
        .setParameter("sub", subject)
        .getResultStream()
        .findFirst()
        .map(DevPlatformDirectory::user);
  }

  public List<PlatformCourse> courses(long registrationId) {
    return contexts(registrationId, null).stream().map(DevPlatformDirectory::course).toList();
  }

  public Optional<PlatformCourse> course(long registrationId, String contextId) {
    return contexts(registrationId, contextId).stream()
        .findFirst()
        .map(DevPlatformDirectory::course);
  }

  private List<LtiContextEntity> contexts(long registrationId, String contextId) {
    return em
        .createQuery(
            "select c from LtiContextEntity c where c.registrationId = :reg"
                + " and c.deploymentId = :dep order by c.id",
            LtiContextEntity.class)
        .setParameter("reg", registrationId)
        .setParameter("dep", DevPlatform.DEPLOYMENT_ID)
        .getResultList()
        .stream()
        .filter(c -> contextId == null || c.contextId.equals(contextId))
        .toList();
  }

  private static PlatformUser user(LtiUserEntity u) {
    return new PlatformUser(u.subject, u.displayName(), u.givenName, u.familyName, u.email);
  }

  private static PlatformCourse course(LtiContextEntity c) {
    return new PlatformCourse(c.contextId, c.label, c.title);
  }
}
