package kz.kenes.integration.lti.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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

  /** The three rows in one query (every page and {@code /api/me} asks for them). */
  public Details of(KenesSession session) {
    List<Object[]> rows =
        em.createQuery(
                "select u, c, l from KenesSessionEntity s"
                    + " left join LtiUserEntity u on u.id = s.userRef"
                    + " left join LtiContextEntity c on c.id = s.contextRef"
                    + " left join LtiResourceLinkEntity l on l.id = s.resourceLinkRef"
                    + " where s.id = :id",
                Object[].class)
            .setParameter("id", session.id())
            .getResultList();
    Object[] row = rows.isEmpty() ? new Object[3] : rows.get(0);
    return new Details(
        Optional.ofNullable((LtiUserEntity) row[0]),
        Optional.ofNullable((LtiContextEntity) row[1]),
        Optional.ofNullable((LtiResourceLinkEntity) row[2]));
  }
}
