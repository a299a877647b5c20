package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import kz.kenes.identity.domain.CallerProfile;
import kz.kenes.identity.domain.CallerProfiles;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.integration.lti.persistence.LtiContextEntity;
import kz.kenes.integration.lti.persistence.LtiResourceLinkEntity;
import kz.kenes.integration.lti.persistence.LtiUserEntity;
import kz.kenes.platform.persistence.TransactionMemo;

/**
 * {@link CallerProfiles} of LTI sessions: the user, context and resource link of the launch. Inside
 * a transaction a profile is read once and kept for the rest of it, so that the parts of one page
 * (the landing page's sections) that each ask for it cost one query.
 */
@ApplicationScoped
public class LtiCallerProfiles implements CallerProfiles {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Inject TransactionMemo memo;

  /** The key of a profile kept for the rest of a transaction. */
  private record ProfileOf(Long userRef, Long contextRef, Long linkRef) {}

  /** The three rows in one query (every page and {@code /api/me} asks for them). */
  @Override
  public CallerProfile of(KenesSession session) {
    if (session.kind() != KenesSession.Kind.LTI) {
      return CallerProfile.NONE;
    }
    return of(session.userRef(), session.contextRef(), session.resourceLinkRef());
  }

  @Override
  public CallerProfile of(long userRef, long contextRef) {
    return of(userRef, contextRef, null);
  }

  private CallerProfile of(Long userRef, Long contextRef, Long linkRef) {
    return memo.get(
        new ProfileOf(userRef, contextRef, linkRef), () -> read(userRef, contextRef, linkRef));
  }

  private CallerProfile read(Long userRef, Long contextRef, Long linkRef) {
    List<Object[]> rows =
        em.createQuery(
                "select u, c, l from LtiUserEntity u"
                    + " left join LtiContextEntity c on c.id = :context"
                    + " left join LtiResourceLinkEntity l on l.id = :link"
                    + " where u.id = :user",
                Object[].class)
            .setParameter("user", userRef)
            .setParameter("context", contextRef)
            .setParameter("link", linkRef)
            .getResultList();
    Object[] row = rows.isEmpty() ? new Object[3] : rows.get(0);
    return new CallerProfile(
        Optional.ofNullable((LtiUserEntity) row[0])
            .map(u -> new CallerProfile.Person(u.subject, u.displayName(), u.email)),
        Optional.ofNullable((LtiContextEntity) row[1])
            .map(c -> new CallerProfile.Course(c.id, c.contextId, c.label, c.title)),
        Optional.ofNullable((LtiResourceLinkEntity) row[2])
            .map(l -> new CallerProfile.Placement(l.id, l.linkId, l.title)));
  }
}
