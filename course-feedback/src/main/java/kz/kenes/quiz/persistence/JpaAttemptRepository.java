package kz.kenes.quiz.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import kz.kenes.platform.persistence.Timestamps;
import kz.kenes.quiz.domain.AttemptRepository;
import kz.kenes.quiz.domain.QuizAttempt;
import kz.kenes.quiz.domain.QuizSettings;

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
  public Optional<QuizAttempt> findKept(long quizId, long userRef, QuizSettings.Kept kept) {
    String order =
        kept == QuizSettings.Kept.LAST
            ? " order by a.submittedAt desc, a.number desc"
            : " order by a.percent desc, a.submittedAt asc, a.number asc";
    return em.createQuery(
            "select a from QuizAttempt a where a.quizId = :quiz and a.userRef = :user"
                + " and a.submittedAt is not null"
                + order,
            QuizAttempt.class)
        .setParameter("quiz", quizId)
        .setParameter("user", userRef)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Submissions countSubmitted(long quizId, long userRef) {
    // two counts, not a CASE over the flag: EclipseLink writes a boolean there as 1, which H2
    // refuses to compare with a BOOLEAN column; in a WHERE clause the flag is a bound parameter
    String submitted =
        "select count(a) from QuizAttempt a where a.quizId = :quiz and a.userRef = :user"
            + " and a.submittedAt is not null";
    long all =
        em.createQuery(submitted, Long.class)
            .setParameter("quiz", quizId)
            .setParameter("user", userRef)
            .getSingleResult();
    long passed =
        all == 0
            ? 0
            : em.createQuery(submitted + " and a.passed = :passed", Long.class)
                .setParameter("quiz", quizId)
                .setParameter("user", userRef)
                .setParameter("passed", Boolean.TRUE)
                .getSingleResult();
    return new Submissions((int) all, passed > 0);
  }

  @Override
  public List<QuizAttempt> findOpen(long quizId, long userRef) {
    return em.createQuery(
            "select a from QuizAttempt a where a.quizId = :quiz and a.userRef = :user"
                + " and a.submittedAt is null order by a.number",
            QuizAttempt.class)
        .setParameter("quiz", quizId)
        .setParameter("user", userRef)
        .getResultList();
  }

  @Override
  public Used used(long quizId, long userRef) {
    Object[] row =
        em.createQuery(
                "select count(a), max(a.submittedAt) from QuizAttempt a where a.quizId = :quiz"
                    + " and a.userRef = :user and a.submittedAt is not null",
                Object[].class)
            .setParameter("quiz", quizId)
            .setParameter("user", userRef)
            .getSingleResult();
    return new Used(
        ((Number) row[0]).intValue(),
        Optional.ofNullable((java.time.LocalDateTime) row[1]).map(Timestamps::fromColumn));
  }

  @Override
  public boolean hasAttempts(long quizId, long userRef) {
    return !em.createQuery(
            "select a.id from QuizAttempt a where a.quizId = :quiz and a.userRef = :user",
            Long.class)
        .setParameter("quiz", quizId)
        .setParameter("user", userRef)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
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
