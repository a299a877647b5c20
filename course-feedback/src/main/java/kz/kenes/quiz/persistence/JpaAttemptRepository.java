package kz.kenes.quiz.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import kz.kenes.quiz.domain.AttemptRepository;
import kz.kenes.quiz.domain.QuizAttempt;

/** Attempts ({@code quiz_attempt}). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaAttemptRepository implements AttemptRepository {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Override
  public Optional<QuizAttempt> find(long id) {
    return Optional.ofNullable(em.find(QuizAttempt.class, id));
  }

  @Override
  public Optional<QuizAttempt> lock(long id) {
    return Optional.ofNullable(
        em.find(QuizAttempt.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<QuizAttempt> findByLearner(long quizId, long userRef) {
    return em.createQuery(
            "select a from QuizAttempt a where a.quizId = :quiz and a.userRef = :user"
                + " order by a.number",
            QuizAttempt.class)
        .setParameter("quiz", quizId)
        .setParameter("user", userRef)
        .getResultList();
  }

  @Override
  public List<QuizAttempt> findByQuiz(long quizId, int offset, int limit) {
    return em.createQuery(
            "select a from QuizAttempt a where a.quizId = :quiz order by a.id desc",
            QuizAttempt.class)
        .setParameter("quiz", quizId)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long countByQuiz(long quizId) {
    return em.createQuery("select count(a) from QuizAttempt a where a.quizId = :quiz", Long.class)
        .setParameter("quiz", quizId)
        .getSingleResult();
  }

  @Override
  public List<Long> learners(long quizId, int limit) {
    return em.createQuery(
            "select distinct a.userRef from QuizAttempt a where a.quizId = :quiz"
                + " order by a.userRef",
            Long.class)
        .setParameter("quiz", quizId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public QuizAttempt insert(QuizAttempt attempt) {
    em.persist(attempt);
    em.flush();
    return attempt;
  }
}
