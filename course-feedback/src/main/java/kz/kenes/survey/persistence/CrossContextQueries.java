package kz.kenes.survey.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import kz.kenes.platform.persistence.Timestamps;
import kz.kenes.survey.domain.OpenRounds;
import kz.kenes.survey.domain.SurveyRound;

/**
 * The one class of the survey context whose SQL reads another context's tables: {@code
 * context_module}, {@code program_module} and {@code educational_program} of {@code program} (the
 * latter for the university a survey's program belongs to), joined to the rounds for the learner's
 * landing (docs/adr/0009-cross-context-queries.md). Everything else survey asks of program goes
 * through {@link kz.kenes.program.domain.CourseDeliveries}. A change to those tables must be
 * checked here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CrossContextQueries implements OpenRounds {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  /**
   * Every learner landing asks this, so the course filter is in SQL (one statement, however many
   * rounds the university has open) and the rounds, when there are any, come with their survey,
   * instrument and version in a second.
   */
  @Override
  public List<SurveyRound> findOpenIn(long contextRef, long universityId, Instant now) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "select r.id from survey_round r join survey s on s.id = r.survey_id"
                    + " where r.closed_at is null and r.opens_at <= ?1 and r.closes_at > ?1"
                    + " and (s.module_id in"
                    + " (select c.module_id from context_module c where c.context_ref = ?2)"
                    + " or (s.module_id is null and s.program_id in (select m.program_id"
                    + " from context_module c join program_module m on m.id = c.module_id"
                    + " where c.context_ref = ?2)))"
                    + " and s.program_id in"
                    + " (select p.id from educational_program p where p.university_id = ?3)")
            .setParameter(1, Timestamps.toColumn(now))
            .setParameter(2, contextRef)
            .setParameter(3, universityId)
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select r from SurveyRound r join fetch r.survey s join fetch s.instrument"
                + " join fetch r.version where r.id in :ids order by s.id, r.position",
            SurveyRound.class)
        .setParameter("ids", ids.stream().map(Number::longValue).toList())
        .getResultList();
  }
}
