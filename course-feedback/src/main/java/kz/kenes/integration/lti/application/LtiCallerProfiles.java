package kz.kenes.integration.lti.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import kz.kenes.identity.domain.CallerProfile;
import kz.kenes.identity.domain.CallerProfiles;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.integration.lti.persistence.LtiContextEntity;
import kz.kenes.integration.lti.persistence.LtiResourceLinkEntity;
import kz.kenes.integration.lti.persistence.LtiUserEntity;
import kz.kenes.platform.persistence.HandOff;
import kz.kenes.platform.persistence.TransactionMemo;

/**
 * {@link CallerProfiles} of LTI sessions: the user, context and resource link of the launch. Inside
 * a transaction a profile is read once and kept for the rest of it, so that the parts of one page
 * (the landing page's sections) that each ask for it cost one query. The profile a launch has just
 * written is handed to its session's first page ({@link #handOff}, ADR 0038) instead of read back.
 */
@ApplicationScoped
public class LtiCallerProfiles implements CallerProfiles {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Inject TransactionMemo memo;
  @Resource TransactionSynchronizationRegistry transactions;

  /** The profiles launches on this node have just recorded, by their session's id. */
  private final HandOff<Long, CallerProfile> launched =
      new HandOff<>(Duration.ofSeconds(10), 10_000);

  /** The key of a profile kept for the rest of a transaction. */
  private record ProfileOf(Long userRef, Long contextRef, Long linkRef) {}

  /** The three rows in one query (every page and {@code /api/me} asks for them). */
  @Override
  public CallerProfile of(KenesSession session) {
    if (session.kind() != KenesSession.Kind.LTI) {
      return CallerProfile.NONE;
    }
    Optional<CallerProfile> handed = launched.take(session.id()).filter(p -> isOf(p, session));
    if (handed.isPresent()) {
      return memo.get(
          new ProfileOf(session.userRef(), session.contextRef(), session.resourceLinkRef()),
          handed::get);
    }
    return of(session.userRef(), session.contextRef(), session.resourceLinkRef());
  }

  /**
   * Gives the profile of the rows a launch has recorded to the first page of the session it opens,
   * once its transaction has committed (the rows are the launch's, as a read would find them).
   */
  public void handOff(
      long sessionId,
      LtiUserEntity user,
      LtiContextEntity context,
      LtiResourceLinkEntity link,
      boolean firstLaunch) {
    CallerProfile profile =
        new CallerProfile(
            Optional.of(
                new CallerProfile.Person(
                    user.subject,
                    LtiUserEntity.displayName(
                        user.name, user.givenName, user.familyName, user.email),
                    user.email,
                    firstLaunch)),
            Optional.ofNullable(context)
                .map(c -> new CallerProfile.Course(c.id, c.contextId, c.label, c.title)),
            Optional.ofNullable(link)
                .map(l -> new CallerProfile.Placement(l.id, l.linkId, l.title)));
    launched.putAfterCommit(transactions, sessionId, profile);
  }

  /** Whether a handed-off profile is of the session's user, course and resource link. */
  private static boolean isOf(CallerProfile profile, KenesSession session) {
    Long course = profile.course().map(CallerProfile.Course::id).orElse(null);
    Long link = profile.placement().map(CallerProfile.Placement::id).orElse(null);
    return session.userRef() != null
        && java.util.Objects.equals(course, session.contextRef())
        && java.util.Objects.equals(link, session.resourceLinkRef());
  }

  @Override
  public CallerProfile of(long userRef, long contextRef) {
    return of(userRef, contextRef, null);
  }

  private CallerProfile of(Long userRef, Long contextRef, Long linkRef) {
    return memo.get(
        new ProfileOf(userRef, contextRef, linkRef), () -> read(userRef, contextRef, linkRef));
  }

  // Plain columns, not entities: every page asks this, and a launch's landing page asks it for a
  // learner just created, so building three managed entities was paid on every launch
  // (docs/performance.md, issue 14).
  private CallerProfile read(Long userRef, Long contextRef, Long linkRef) {
    List<?> rows =
        em.createNativeQuery(
                "select u.subject, u.name, u.given_name, u.family_name, u.email,"
                    + " c.id, c.context_id, c.label, c.title, l.id, l.link_id, l.title"
                    + " from lti_user u"
                    + " left join lti_context c on c.id = cast(?2 as bigint)"
                    + " left join lti_resource_link l on l.id = cast(?3 as bigint)"
                    + " where u.id = ?1")
            .setParameter(1, userRef)
            .setParameter(2, contextRef)
            .setParameter(3, linkRef)
            .getResultList();
    if (rows.isEmpty()) {
      return new CallerProfile(Optional.empty(), Optional.empty(), Optional.empty());
    }
    Object[] row = (Object[]) rows.get(0);
    return new CallerProfile(
        Optional.of(
            new CallerProfile.Person(
                (String) row[0],
                LtiUserEntity.displayName(
                    (String) row[1], (String) row[2], (String) row[3], (String) row[4]),
                (String) row[4])),
        Optional.ofNullable((Number) row[5])
            .map(
                id ->
                    new CallerProfile.Course(
                        id.longValue(), (String) row[6], (String) row[7], (String) row[8])),
        Optional.ofNullable((Number) row[9])
            .map(
                id ->
                    new CallerProfile.Placement(
                        id.longValue(), (String) row[10], (String) row[11])));
  }
}
