package kz.kenes.integration.lti.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.kenes.lti.security.keys.StoredToolKey;
import kz.kenes.lti.security.keys.ToolKeyStore;
import kz.kenes.platform.persistence.Timestamps;

/** The tool's signing keys in the database, shared by every node. */
@ApplicationScoped
@Transactional
public class JpaToolKeyStore implements ToolKeyStore {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Override
  public Optional<StoredToolKey> findActive() {
    return em.createQuery(
            "select k from ToolKeyEntity k where k.retiredAt is null order by k.createdAt desc",
            ToolKeyEntity.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(ToolKeyEntity::toStoredKey);
  }

  @Override
  public List<StoredToolKey> findPublished(Instant now) {
    return em
        .createQuery(
            "select k from ToolKeyEntity k where k.retiredAt is null or k.publishUntil > :now"
                + " order by k.createdAt desc",
            ToolKeyEntity.class)
        .setParameter("now", Timestamps.toColumn(now))
        .getResultList()
        .stream()
        .map(ToolKeyEntity::toStoredKey)
        .toList();
  }

  @Override
  public void store(StoredToolKey key) {
    em.persist(ToolKeyEntity.of(key));
  }

  @Override
  public void retire(String kid, Instant retiredAt, Instant publishUntil) {
    ToolKeyEntity entity = em.find(ToolKeyEntity.class, kid);
    if (entity != null) {
      entity.retiredAt = Timestamps.toColumn(retiredAt);
      entity.publishUntil = Timestamps.toColumn(publishUntil);
    }
  }
}
