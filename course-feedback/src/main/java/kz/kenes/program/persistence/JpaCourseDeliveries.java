package kz.kenes.program.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import kz.kenes.platform.persistence.ReadMostly;
import kz.kenes.platform.persistence.TransactionMemo;
import kz.kenes.program.domain.CourseDeliveries;

/** The modules courses deliver ({@code context_module}) joined to their programs. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaCourseDeliveries implements CourseDeliveries {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Inject TransactionMemo memo;

  /**
   * The memo key of a course's programs: the landing page asks for them in several sections (the
   * campaigns, the program certificates), once per launch. Writers of {@code context_module} in
   * this package forget it ({@link #forgetPrograms}).
   */
  record DeliveredPrograms(long contextRef) {}

  /** Forgets the memo of the course's programs after a write to its deliveries. */
  static void forgetPrograms(TransactionMemo memo, long contextRef) {
    if (memo != null) {
      memo.forget(new DeliveredPrograms(contextRef));
    }
  }

  @Inject ReadMostly readMostly;

  private record ShownPrograms(long contextRef) {}

  @Override
  public List<Long> shownProgramsDeliveredBy(long contextRef) {
    return readMostly.get(new ShownPrograms(contextRef), () -> programsDeliveredBy(contextRef));
  }

  @Override
  public List<Long> programsDeliveredBy(long contextRef) {
    return memo == null
        ? readProgramsDeliveredBy(contextRef)
        : memo.get(new DeliveredPrograms(contextRef), () -> readProgramsDeliveredBy(contextRef));
  }

  private List<Long> readProgramsDeliveredBy(long contextRef) {
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

  @Override
  public List<Delivery> deliveriesOf(long programId) {
    List<?> rows =
        em.createNativeQuery(
                "select c.context_ref, p.title, m.id from context_module c"
                    + " join program_module m on m.id = c.module_id"
                    + " left join course_plan p on p.context_ref = c.context_ref"
                    + " where m.program_id = ?1 order by m.position, m.id, c.context_ref")
            .setParameter(1, programId)
            .getResultList();
    java.util.Map<Long, String> titles = new java.util.LinkedHashMap<>();
    java.util.Map<Long, List<Long>> modules = new java.util.HashMap<>();
    for (Object r : rows) {
      Object[] row = (Object[]) r;
      long course = ((Number) row[0]).longValue();
      titles.putIfAbsent(course, (String) row[1]);
      modules
          .computeIfAbsent(course, k -> new java.util.ArrayList<>())
          .add(((Number) row[2]).longValue());
    }
    return titles.entrySet().stream()
        .map(e -> new Delivery(e.getKey(), e.getValue(), modules.get(e.getKey())))
        .toList();
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
