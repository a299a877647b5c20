package kz.kenes.quiz.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import kz.kenes.quiz.domain.GateRepository;
import kz.kenes.quiz.domain.LessonGate;
import kz.kenes.quiz.domain.QuizPlacement;

/** Sequence rules ({@code lesson_gate}) and quiz placements ({@code quiz_lesson}). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaGateRepository implements GateRepository {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Override
  public List<LessonGate> findByCourse(long contextRef) {
    return em.createQuery(
            "select g from LessonGate g where g.contextRef = :course"
                + " order by g.moduleId, g.lesson, g.step, g.id",
            LessonGate.class)
        .setParameter("course", contextRef)
        .getResultList();
  }

  @Override
  public Optional<LessonGate> find(long id) {
    return Optional.ofNullable(em.find(LessonGate.class, id));
  }

  @Override
  @Transactional
  public LessonGate store(LessonGate gate) {
    em.persist(gate);
    em.flush();
    return gate;
  }

  @Override
  @Transactional
  public void delete(LessonGate gate) {
    LessonGate managed = em.find(LessonGate.class, gate.id());
    if (managed != null) {
      em.remove(managed);
    }
  }

  @Override
  public List<QuizPlacement> placements(long contextRef) {
    return em.createQuery(
            "select p from QuizPlacement p where p.contextRef = :course order by p.quizId",
            QuizPlacement.class)
        .setParameter("course", contextRef)
        .getResultList();
  }

  @Override
  public Optional<QuizPlacement> placement(long quizId) {
    return Optional.ofNullable(em.find(QuizPlacement.class, quizId));
  }

  @Override
  @Transactional
  public QuizPlacement store(QuizPlacement placement) {
    QuizPlacement stored = em.merge(placement);
    em.flush();
    return stored;
  }

  @Override
  @Transactional
  public void delete(QuizPlacement placement) {
    QuizPlacement managed = em.find(QuizPlacement.class, placement.quizId());
    if (managed != null) {
      em.remove(managed);
    }
  }
}
