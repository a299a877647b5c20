package kz.kenes.integration.lti.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import kz.kenes.lti.registration.PlatformRegistration;
import kz.kenes.lti.registration.RegistrationLookup;

/** Platform registrations in the database; the lti-tool finds them through this. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaRegistrationRepository implements RegistrationLookup {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Override
  public Optional<PlatformRegistration> find(String issuer, String clientId) {
    return findEntity(issuer, clientId).map(PlatformRegistrationEntity::toRegistration);
  }

  @Override
  public List<PlatformRegistration> findByIssuer(String issuer) {
    return em
        .createQuery(
            "select r from PlatformRegistrationEntity r where r.issuer = :issuer order by r.id",
            PlatformRegistrationEntity.class)
        .setParameter("issuer", issuer)
        .getResultList()
        .stream()
        .map(PlatformRegistrationEntity::toRegistration)
        .toList();
  }

  @Override
  public Optional<PlatformRegistration> findById(long id) {
    return findEntity(id).map(PlatformRegistrationEntity::toRegistration);
  }

  public Optional<PlatformRegistrationEntity> findEntity(long id) {
    return Optional.ofNullable(em.find(PlatformRegistrationEntity.class, id));
  }

  public Optional<PlatformRegistrationEntity> findEntity(String issuer, String clientId) {
    return em.createQuery(
            "select r from PlatformRegistrationEntity r"
                + " where r.issuer = :issuer and r.clientId = :clientId",
            PlatformRegistrationEntity.class)
        .setParameter("issuer", issuer)
        .setParameter("clientId", clientId)
        .getResultStream()
        .findFirst();
  }

  public List<PlatformRegistrationEntity> findAllEntities(int offset, int limit) {
    return em.createQuery(
            "select r from PlatformRegistrationEntity r order by r.name, r.id",
            PlatformRegistrationEntity.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long count() {
    return em.createQuery("select count(r) from PlatformRegistrationEntity r", Long.class)
        .getSingleResult();
  }

  @Transactional
  public PlatformRegistrationEntity store(PlatformRegistrationEntity entity) {
    if (entity.id == null) {
      em.persist(entity);
      em.flush();
      return entity;
    }
    PlatformRegistrationEntity merged = em.merge(entity);
    em.flush();
    return merged;
  }

  /**
   * How long deleting a registration may take, in milliseconds, instead of the statement timeout
   * every other statement has (10 s, {@code db.queryTimeout}): the registration takes its users,
   * courses, sessions and everything of theirs with it ({@code ON DELETE CASCADE}), about 70 µs a
   * user on the measured machine (28,700 users in 2 s; docs/performance.md), so a platform with a
   * few hundred thousand learners needs more than 10 s. Below the transaction's own limit
   * (Liberty's {@code totalTranLifetimeTimeout}, 120 s by default).
   */
  static final int DELETE_TIMEOUT_MILLIS = 100_000;

  /**
   * Deletes the registration and, by the database's cascades, all that came through it; false when
   * there was none. One statement with its own longer timeout ({@link #DELETE_TIMEOUT_MILLIS}).
   */
  @Transactional
  public boolean delete(long id) {
    return em.createNativeQuery("delete from platform_registration where id = ?1")
            .setParameter(1, id)
            .setHint("jakarta.persistence.query.timeout", DELETE_TIMEOUT_MILLIS)
            .executeUpdate()
        == 1;
  }
}
