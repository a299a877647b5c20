package kz.kenes.quiz.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import kz.kenes.quiz.domain.AttemptRules.Allowance;
import kz.kenes.quiz.domain.GrantRepository;
import kz.kenes.quiz.domain.QuizGrant;

/** Instructors' grants ({@code quiz_grant}). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaGrantRepository implements GrantRepository {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Override
  public Allowance allowance(long quizId, long userRef) {
    Object[] sums =
        em.createQuery(
                "select sum(g.extraAttempts), sum(g.extraMinutes) from QuizGrant g"
                    + " where g.quizId = :quiz and g.userRef = :user",
                Object[].class)
            .setParameter("quiz", quizId)
            .setParameter("user", userRef)
            .getSingleResult();
    return new Allowance(intOf(sums[0]), intOf(sums[1]));
  }

  private static int intOf(Object sum) {
    return sum == null ? 0 : ((Number) sum).intValue();
  }

  @Override
  public List<QuizGrant> findByQuiz(long quizId) {
    return em.createQuery(
            "select g from QuizGrant g where g.quizId = :quiz order by g.id desc", QuizGrant.class)
        .setParameter("quiz", quizId)
        .setMaxResults(500)
        .getResultList();
  }

  @Override
  @Transactional
  public QuizGrant store(QuizGrant grant) {
    em.persist(grant);
    em.flush();
    return grant;
  }
}
