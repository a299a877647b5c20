package kz.kenes.quiz.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import kz.kenes.platform.persistence.ReadMostly;
import kz.kenes.quiz.domain.Quiz;
import kz.kenes.quiz.domain.QuizHeadline;
import kz.kenes.quiz.domain.QuizRepository;

/** Quizzes ({@code quiz}). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaQuizRepository implements QuizRepository {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Override
  public Optional<Quiz> find(long id) {
    return Optional.ofNullable(em.find(Quiz.class, id));
  }

  @Override
  public Optional<Quiz> lock(long id) {
    return Optional.ofNullable(em.find(Quiz.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Inject ReadMostly readMostly;

  private record ShownHeadlines(long contextRef) {}

  @Override
  public List<QuizHeadline> shownHeadlinesOf(long contextRef) {
    return readMostly.get(
        new ShownHeadlines(contextRef),
        () -> findByCourse(contextRef).stream().map(QuizHeadline::of).toList());
  }

  @Override
  public List<Quiz> findByCourse(long contextRef) {
    return em.createQuery(
            "select q from Quiz q where q.contextRef = :course order by q.id", Quiz.class)
        .setParameter("course", contextRef)
        .setMaxResults(500)
        .getResultList();
  }

  @Override
  @Transactional
  public Quiz store(Quiz quiz) {
    if (quiz.id() == null) {
      em.persist(quiz);
    } else {
      quiz = em.merge(quiz);
    }
    em.flush();
    return quiz;
  }
}
