package kz.kenes.program.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import kz.kenes.program.domain.CourseDeliveries;

/** The modules courses deliver ({@code context_module}) joined to their programs. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaCourseDeliveries implements CourseDeliveries {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Override
  public List<Long> programsDeliveredBy(long contextRef) {
    return em
        .createNativeQuery(
            "select distinct m.program_id from context_module c"
                + " join program_module m on m.id = c.module_id where c.context_ref = ?1")
        .setParameter(1, contextRef)
        .getResultList()
        .stream()
        .map(v -> ((Number) v).longValue())
        .toList();
  }

  @Override
  public List<Long> coursesDelivering(long programId) {
    return em
        .createNativeQuery(
            "select distinct c.context_ref from context_module c"
                + " join program_module m on m.id = c.module_id where m.program_id = ?1")
        .setParameter(1, programId)
        .getResultList()
        .stream()
        .map(v -> ((Number) v).longValue())
        .toList();
  }

  @Override
  public boolean delivers(long contextRef, long programId) {
    return any("m.program_id = ?2", contextRef, programId);
  }

  @Override
  public boolean deliversModule(long contextRef, long moduleId) {
    return any("m.id = ?2", contextRef, moduleId);
  }

  private boolean any(String condition, long contextRef, long target) {
    return !em.createNativeQuery(
            "select 1 from context_module c join program_module m on m.id = c.module_id"
                + " where c.context_ref = ?1 and "
                + condition)
        .setParameter(1, contextRef)
        .setParameter(2, target)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
