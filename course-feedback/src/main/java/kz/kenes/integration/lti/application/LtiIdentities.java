package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import kz.kenes.integration.lti.persistence.LtiContextEntity;
import kz.kenes.integration.lti.persistence.LtiResourceLinkEntity;
import kz.kenes.integration.lti.persistence.LtiUserEntity;

/**
 * The one set of queries on the people and courses platforms launch from: a user is known by
 * (registration, {@code sub}), a course (LTI context) by (registration, deployment, context id), a
 * placement (resource link) by (registration, deployment, link id). The launch ({@link
 * IdentityRecorder}) finds or creates its rows here, one query each; the development platform and
 * the demo seed read and seed them through the public methods, which hand out values, never the
 * entities. Every method joins the caller's transaction.
 */
@ApplicationScoped
public class LtiIdentities {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  /** A user of a registration, as the development platform's directory shows them. */
  public record User(
      long id,
      String subject,
      String displayName,
      String givenName,
      String familyName,
      String email) {}

  /** A course (LTI context) of a registration's deployment. */
  public record Course(long id, String contextId, String label, String title) {}

  /** A user the demo seed wants to exist; names and email are optional. */
  public record NewUser(
      String subject, String name, String givenName, String familyName, String email) {}

  /** The id of a row that was found or created, and whether this call created it. */
  public record Ensured(long id, boolean created) {}

  /** A row found or created by one of the package's find-or-create queries. */
  record Found<T>(T row, boolean created) {}

  /** The users of a registration, oldest first. */
  public List<User> users(long registrationId) {
    return em
        .createQuery(
            "select u from LtiUserEntity u where u.registrationId = :reg order by u.id",
            LtiUserEntity.class)
        .setParameter("reg", registrationId)
        .getResultList()
        .stream()
        .map(LtiIdentities::user)
        .toList();
  }

  /** The user of a registration with this {@code sub}. */
  public Optional<User> user(long registrationId, String subject) {
    return findUser(registrationId, subject).map(LtiIdentities::user);
  }

  /** The courses of a registration's deployment, oldest first. */
  public List<Course> courses(long registrationId, String deploymentId) {
    return em
        .createQuery(
            "select c from LtiContextEntity c where c.registrationId = :reg"
                + " and c.deploymentId = :dep order by c.id",
            LtiContextEntity.class)
        .setParameter("reg", registrationId)
        .setParameter("dep", deploymentId)
        .getResultList()
        .stream()
        .map(LtiIdentities::course)
        .toList();
  }

  /** The course of a registration's deployment with this context id. */
  public Optional<Course> course(long registrationId, String deploymentId, String contextId) {
    return findContext(registrationId, deploymentId, contextId).map(LtiIdentities::course);
  }

  /**
   * The course with this context id, created with {@code label} and {@code title} when missing (a
   * course that exists is left as launches left it). Flushed, so that its id can be referred to.
   */
  public Ensured ensureCourse(
      long registrationId,
      String deploymentId,
      String contextId,
      String label,
      String title,
      LocalDateTime now) {
    Found<LtiContextEntity> found =
        findOrCreateContext(registrationId, deploymentId, contextId, now);
    if (found.created()) {
      found.row().label = label;
      found.row().title = title;
      em.flush();
    }
    return new Ensured(found.row().id, found.created());
  }

  /** The user, created with the names and email of {@code wanted} when missing. */
  public Ensured ensureUser(long registrationId, NewUser wanted, LocalDateTime now) {
    Found<LtiUserEntity> found = findOrCreateUser(registrationId, wanted.subject(), now);
    if (found.created()) {
      LtiUserEntity user = found.row();
      user.name = wanted.name();
      user.givenName = wanted.givenName();
      user.familyName = wanted.familyName();
      user.email = wanted.email();
    }
    return new Ensured(found.row().id, found.created());
  }

  /**
   * The user with this {@code sub}, or a new one seen {@code now} (persisted, inserted at the next
   * flush: two first launches at once collide on the unique key there).
   */
  Found<LtiUserEntity> findOrCreateUser(long registrationId, String subject, LocalDateTime now) {
    return findUser(registrationId, subject)
        .map(found -> new Found<>(found, false))
        .orElseGet(
            () -> {
              LtiUserEntity created = new LtiUserEntity();
              created.registrationId = registrationId;
              created.subject = subject;
              created.createdAt = now;
              created.lastLaunchAt = now;
              em.persist(created);
              return new Found<>(created, true);
            });
  }

  /** The context with this id in the deployment, or a new one updated {@code now}. */
  Found<LtiContextEntity> findOrCreateContext(
      long registrationId, String deploymentId, String contextId, LocalDateTime now) {
    return findContext(registrationId, deploymentId, contextId)
        .map(found -> new Found<>(found, false))
        .orElseGet(
            () -> {
              LtiContextEntity created = new LtiContextEntity();
              created.registrationId = registrationId;
              created.deploymentId = deploymentId;
              created.contextId = contextId;
              created.createdAt = now;
              created.updatedAt = now;
              em.persist(created);
              return new Found<>(created, true);
            });
  }

  /** The resource link with this id in the deployment, or a new one updated {@code now}. */
  Found<LtiResourceLinkEntity> findOrCreateLink(
      long registrationId, String deploymentId, String linkId, LocalDateTime now) {
    return em.createQuery(
            "select l from LtiResourceLinkEntity l where l.registrationId = :reg"
                + " and l.deploymentId = :dep and l.linkId = :link",
            LtiResourceLinkEntity.class)
        .setParameter("reg", registrationId)
        .setParameter("dep", deploymentId)
        .setParameter("link", linkId)
        .getResultStream()
        .findFirst()
        .map(found -> new Found<>(found, false))
        .orElseGet(
            () -> {
              LtiResourceLinkEntity created = new LtiResourceLinkEntity();
              created.registrationId = registrationId;
              created.deploymentId = deploymentId;
              created.linkId = linkId;
              created.createdAt = now;
              created.updatedAt = now;
              em.persist(created);
              return new Found<>(created, true);
            });
  }

  private Optional<LtiUserEntity> findUser(long registrationId, String subject) {
    return em.createQuery(
            "select u from LtiUserEntity u where u.registrationId = :reg and u.subject = :sub",
            LtiUserEntity.class)
        .setParameter("reg", registrationId)
        .setParameter("sub", subject)
        .getResultStream()
        .findFirst();
  }

  private Optional<LtiContextEntity> findContext(
      long registrationId, String deploymentId, String contextId) {
    return em.createQuery(
            "select c from LtiContextEntity c where c.registrationId = :reg"
                + " and c.deploymentId = :dep and c.contextId = :ctx",
            LtiContextEntity.class)
        .setParameter("reg", registrationId)
        .setParameter("dep", deploymentId)
        .setParameter("ctx", contextId)
        .getResultStream()
        .findFirst();
  }

  private static User user(LtiUserEntity u) {
    return new User(u.id, u.subject, u.displayName(), u.givenName, u.familyName, u.email);
  }

  private static Course course(LtiContextEntity c) {
    return new Course(c.id, c.contextId, c.label, c.title);
  }
}
