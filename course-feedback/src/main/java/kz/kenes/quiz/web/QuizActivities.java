package kz.kenes.quiz.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.domain.SessionStore;
import kz.kenes.platform.activity.Activity;
import kz.kenes.platform.activity.ActivityCaller;
import kz.kenes.platform.activity.ActivityProvider;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.quiz.application.QuizAccess;
import kz.kenes.quiz.domain.Quiz;
import kz.kenes.quiz.domain.QuizRepository;

/**
 * Quizzes as activities an instructor places in a course page (type {@code quiz}): the picker lists
 * the quizzes of the caller's course; a launch of a placed quiz opens the quiz page for a learner
 * of that course, and for staff the quiz's attempts (its API view until a staff page exists, see
 * docs/quizzes.md). Every quiz can report its score to the gradebook.
 */
@ApplicationScoped
public class QuizActivities implements ActivityProvider {

  @Inject SessionStore sessions;
  @Inject QuizAccess access;
  @Inject QuizRepository quizzes;

  @Override
  public String type() {
    return Quiz.ACTIVITY_TYPE;
  }

  @Override
  public List<Activity> placeable(ActivityCaller caller) {
    long course = access.staffCourse(session(caller));
    return quizzes.findByCourse(course).stream()
        .sorted(java.util.Comparator.comparing(Quiz::id).reversed())
        .map(
            q ->
                new Activity(
                    Quiz.ACTIVITY_TYPE,
                    q.id().toString(),
                    q.title(),
                    true,
                    QuizPagesResource.quizPath(q.id())))
        .toList();
  }

  @Override
  public Optional<String> landing(ActivityCaller caller, String id) {
    long quizId = quizId(id);
    KenesSession session = session(caller);
    if (access.isStaff(session)) {
      access.staffQuiz(session, quizId);
      return Optional.of(QuizStaffPagesResource.quizPath(quizId));
    }
    access.learnerQuiz(session, quizId);
    return Optional.of(QuizPagesResource.quizPath(quizId));
  }

  @Override
  public Optional<String> creationPath() {
    return Optional.of(QuizStaffPagesResource.PATH);
  }

  private KenesSession session(ActivityCaller caller) {
    return sessions.requireById(caller.sessionId());
  }

  private static long quizId(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new NotFound("quiz-not-found", "There is no quiz " + id + ".");
    }
  }
}
