package kz.kenes.program.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Optional;
import kz.kenes.program.domain.LinkedModule;
import kz.kenes.program.domain.LinkedModuleRepository;

/** The module of each resource link in {@code resource_link_module}. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaLinkedModuleRepository implements LinkedModuleRepository {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Override
  public Optional<LinkedModule> find(long resourceLinkRef) {
    return Optional.ofNullable(em.find(LinkedModule.class, resourceLinkRef));
  }

  @Override
  @Transactional
  public LinkedModule store(long resourceLinkRef, long moduleId) {
    LinkedModule linked = em.find(LinkedModule.class, resourceLinkRef);
    if (linked == null) {
      linked = new LinkedModule(resourceLinkRef, moduleId);
      em.persist(linked);
    } else {
      linked.pointAt(moduleId);
    }
    em.flush();
    return linked;
  }

  @Override
  @Transactional
  public void remove(long resourceLinkRef) {
    em.createQuery("delete from LinkedModule lm where lm.resourceLinkRef = :link")
        .setParameter("link", resourceLinkRef)
        .executeUpdate();
  }

  @Override
  @Transactional
  public void keepOnly(Collection<Long> resourceLinkRefs, Collection<Long> deliveredModuleIds) {
    if (resourceLinkRefs.isEmpty()) {
      return;
    }
    String query = "delete from LinkedModule lm where lm.resourceLinkRef in :links";
    if (!deliveredModuleIds.isEmpty()) {
      query += " and lm.moduleId not in :delivered";
    }
    var delete = em.createQuery(query).setParameter("links", resourceLinkRefs);
    if (!deliveredModuleIds.isEmpty()) {
      delete.setParameter("delivered", deliveredModuleIds);
    }
    delete.executeUpdate();
  }
}
