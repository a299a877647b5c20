package kz.kenes.program.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import kz.kenes.platform.persistence.ReadMostly;
import kz.kenes.platform.persistence.TransactionMemo;
import kz.kenes.program.domain.CourseModule;
import kz.kenes.program.domain.CoursePlan;
import kz.kenes.program.domain.CoursePlanRepository;

/** Course plans in {@code course_plan}, deliveries in {@code context_module}. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaCoursePlanRepository implements CoursePlanRepository {

  @Inject ReadMostly readMostly;

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Inject TransactionMemo memo;

  /**
   * Reads {@code lti_context} directly: the LTI integration offers no lookup of a course by id yet
   * (a debt: it belongs behind an integration.lti service).
   */
  @Override
  public Optional<CoursePlan> find(long contextRef) {
    return Optional.ofNullable(em.find(CoursePlan.class, contextRef));
  }

  @Override
  @Transactional
  public CoursePlan store(CoursePlan plan) {
    CoursePlan merged = em.merge(plan);
    em.flush();
    return merged;
  }

  @Override
  @Transactional
  public void deliverOnly(long contextRef, List<Long> moduleIds) {
    em.createQuery("delete from CourseModule cm where cm.contextRef = :context")
        .setParameter("context", contextRef)
        .executeUpdate();
    readMostly.changed();
    moduleIds.stream().distinct().forEach(id -> em.persist(new CourseModule(contextRef, id)));
    JpaCourseDeliveries.forgetPrograms(memo, contextRef);
  }
}
