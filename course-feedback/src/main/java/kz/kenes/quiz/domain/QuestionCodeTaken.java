package kz.kenes.quiz.domain;

import kz.kenes.platform.domain.Conflict;

/** Another question of the quiz already has this code (409 {@code question-code-taken}). */
public class QuestionCodeTaken extends Conflict {

  public QuestionCodeTaken(String code) {
    super(
        "question-code-taken",
        "Another question of this quiz has the code '" + code + "'; choose another.");
  }
}
