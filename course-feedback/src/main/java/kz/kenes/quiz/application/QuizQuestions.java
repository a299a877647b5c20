package kz.kenes.quiz.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.function.Consumer;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.quiz.domain.Question;
import kz.kenes.quiz.domain.Quiz;
import kz.kenes.quiz.domain.QuizRepository;

/**
 * The staff of a course edit a quiz's own questions one at a time (docs/quizzes.md, "Editing
 * questions one by one"): add one, replace one, remove one, move one up or down, without sending
 * the whole quiz. Each edit locks the quiz's row for its transaction, so two edits at once take
 * turns and neither is lost. Attempts already made, submitted or in progress, keep the paper they
 * drew: an edit applies to attempts started after it (ADR 0031).
 */
@ApplicationScoped
public class QuizQuestions {

  @Inject QuizAccess access;
  @Inject QuizRepository quizzes;
  @Inject Clock clock;

  /** The question {@code code} of a quiz of the staff's course. */
  public Question question(KenesSession session, long quizId, String code) {
    Quiz quiz = access.staffQuiz(session, quizId);
    return quiz.question(code)
        .orElseThrow(
            () ->
                new NotFound(
                    "question-not-found", "Quiz " + quizId + " has no question '" + code + "'."));
  }

  @Transactional
  public Quiz add(KenesSession session, long quizId, Question question) {
    return edit(session, quizId, quiz -> quiz.addQuestion(question, clock.instant()));
  }

  @Transactional
  public Quiz replace(KenesSession session, long quizId, String code, Question question) {
    return edit(session, quizId, quiz -> quiz.replaceQuestion(code, question, clock.instant()));
  }

  @Transactional
  public Quiz remove(KenesSession session, long quizId, String code) {
    return edit(session, quizId, quiz -> quiz.removeQuestion(code, clock.instant()));
  }

  /** Moves a question one place: {@code -1} up, {@code 1} down. */
  @Transactional
  public Quiz move(KenesSession session, long quizId, String code, int step) {
    return edit(session, quizId, quiz -> quiz.moveQuestion(code, step, clock.instant()));
  }

  private Quiz edit(KenesSession session, long quizId, Consumer<Quiz> change) {
    long course = access.staffCourse(session);
    Quiz quiz =
        quizzes
            .lock(quizId)
            .filter(q -> q.contextRef() == course)
            .orElseThrow(
                () ->
                    new NotFound(
                        "quiz-not-found", "There is no quiz " + quizId + " in this course."));
    change.accept(quiz);
    return quizzes.store(quiz);
  }
}
