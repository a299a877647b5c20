package kz.kenes.integration.lti.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import kz.kenes.lti.registration.PlatformRegistration;
import kz.kenes.lti.registration.RegistrationLookup;

/** Platform registrations in the database; the lti-tool finds them through this. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaRegistrationRepository implements RegistrationLookup {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

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
   * Deletes the registration and all that came through it ({@link RegistrationDelete}: its users
   * and courses in chunks, then the registration), in this transaction; false when there was none.
   */
  @Transactional
  public boolean delete(long id) {
    try (Connection c = dataSource.getConnection()) {
      return RegistrationDelete.delete(c, id);
    } catch (SQLException e) {
      throw new IllegalStateException("could not delete registration " + id, e);
    }
  }
}
