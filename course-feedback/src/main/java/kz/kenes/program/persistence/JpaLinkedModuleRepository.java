package kz.kenes.program.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Optional;
import kz.kenes.platform.persistence.ReadMostly;
import kz.kenes.platform.persistence.TransactionMemo;
import kz.kenes.program.domain.LinkedModule;
import kz.kenes.program.domain.LinkedModuleRepository;

/** The module of each resource link in {@code resource_link_module}. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaLinkedModuleRepository implements LinkedModuleRepository {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Inject TransactionMemo memo;

  /** A resource link's module asked in this transaction (the landing page asks twice). */
  private record Asked(long resourceLinkRef) {}

  @Inject ReadMostly readMostly;

  private record ShownModule(long resourceLinkRef) {}

  @Override
  public Optional<Long> shownModuleIdOf(long resourceLinkRef) {
    return readMostly.get(
        new ShownModule(resourceLinkRef), () -> find(resourceLinkRef).map(LinkedModule::moduleId));
  }

  @Override
  public Optional<LinkedModule> find(long resourceLinkRef) {
    return memo.get(
        new Asked(resourceLinkRef),
        () -> Optional.ofNullable(em.find(LinkedModule.class, resourceLinkRef)));
  }

  @Override
  @Transactional
  public LinkedModule store(long resourceLinkRef, long moduleId) {
    memo.forget(new Asked(resourceLinkRef));
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
    memo.forget(new Asked(resourceLinkRef));
    readMostly.changed();
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
    resourceLinkRefs.forEach(link -> memo.forget(new Asked(link)));
    readMostly.changed();
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
