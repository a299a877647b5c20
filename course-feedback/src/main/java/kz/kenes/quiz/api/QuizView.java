package kz.kenes.quiz.api;

import java.time.Instant;
import java.util.List;
import kz.kenes.quiz.domain.Question;
import kz.kenes.quiz.domain.Quiz;
import kz.kenes.quiz.domain.QuizSettings;

/** A quiz as its authors see it: everything, right answers included. */
public record QuizView(
    long id,
    String reference,
    String title,
    List<Question> questions,
    QuizSettings settings,
    Instant createdAt,
    Instant updatedAt) {

  static QuizView of(Quiz q) {
    return new QuizView(
        q.id(),
        q.reference(),
        q.title(),
        q.questions(),
        q.settings(),
        q.createdAt(),
        q.updatedAt());
  }
}
