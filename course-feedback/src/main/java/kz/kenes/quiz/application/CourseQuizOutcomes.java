package kz.kenes.quiz.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import kz.kenes.platform.activity.ActivityReference;
import kz.kenes.platform.activity.QuizOutcomes;
import kz.kenes.quiz.domain.AttemptRepository;
import kz.kenes.quiz.domain.Quiz;
import kz.kenes.quiz.domain.QuizRepository;

/**
 * The quiz context's {@link QuizOutcomes}: a course's quizzes in the order they were created, and a
 * learner's kept result on one (best or last submitted attempt, as the quiz says). A reference to
 * another course's quiz, or one that is not {@code quiz:<id>}, has no outcome.
 */
@ApplicationScoped
public class CourseQuizOutcomes implements QuizOutcomes {

  @Inject QuizRepository quizzes;
  @Inject AttemptRepository attempts;

  @Override
  public List<CourseQuiz> quizzes(long contextRef) {
    return quizzes.findByCourse(contextRef).stream()
        .map(q -> new CourseQuiz(q.reference(), q.title()))
        .toList();
  }

  @Override
  public Optional<Outcome> outcome(long contextRef, long userRef, String quizReference) {
    return quizOf(contextRef, quizReference)
        .flatMap(
            quiz ->
                attempts
                    .findKept(quiz.id(), userRef, quiz.settings().kept())
                    .map(
                        kept ->
                            new Outcome(
                                quiz.reference(),
                                kept.percent(),
                                kept.passed(),
                                kept.submittedAt().orElseThrow())));
  }

  private Optional<Quiz> quizOf(long contextRef, String reference) {
    return ActivityReference.parse(reference)
        .filter(r -> r.type().equals(Quiz.ACTIVITY_TYPE))
        .flatMap(r -> parseId(r.id()))
        .flatMap(quizzes::find)
        .filter(q -> q.contextRef() == contextRef);
  }

  private static Optional<Long> parseId(String id) {
    try {
      return Optional.of(Long.parseLong(id));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
