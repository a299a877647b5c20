package kz.kenes.quiz.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.quiz.domain.Question;
import kz.kenes.quiz.domain.Quiz;
import kz.kenes.quiz.domain.QuizRepository;
import kz.kenes.quiz.domain.QuizSettings;

/**
 * The staff of a course create and revise its quizzes, and list them. A quiz's pools must name
 * banks of modules the course delivers and hold what they draw ({@link QuizPools#requireFit}).
 */
@ApplicationScoped
public class QuizAuthoring {

  @Inject QuizAccess access;
  @Inject QuizRepository quizzes;
  @Inject QuizPools pools;
  @Inject Clock clock;

  /** What an author sends: the whole quiz. */
  public record QuizDraft(String title, List<Question> questions, QuizSettings settings) {}

  public Quiz create(KenesSession session, QuizDraft draft) {
    long course = access.staffCourse(session);
    Quiz quiz =
        Quiz.create(
            course,
            draft.title(),
            draft.questions(),
            draft.settings(),
            session.userRef(),
            clock.instant());
    pools.requireFit(course, quiz.settings());
    return quizzes.store(quiz);
  }

  /** Replaces a quiz's title, questions and settings; attempts made keep their questions. */
  public Quiz revise(KenesSession session, long quizId, QuizDraft draft) {
    Quiz quiz = access.staffQuiz(session, quizId);
    quiz.revise(draft.title(), draft.questions(), draft.settings(), clock.instant());
    pools.requireFit(quiz.contextRef(), quiz.settings());
    return quizzes.store(quiz);
  }

  /** The quizzes of the caller's course (staff or learner), in the course's order. */
  public List<Quiz> ofCourse(KenesSession session) {
    long course =
        access.isStaff(session) ? access.staffCourse(session) : access.learnerCourse(session);
    return quizzes.findByCourse(course);
  }

  public Quiz staffQuiz(KenesSession session, long quizId) {
    return access.staffQuiz(session, quizId);
  }
}
