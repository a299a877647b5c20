package kz.kenes.quiz.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.kenes.quiz.domain.Choice;
import kz.kenes.quiz.domain.Mark;
import kz.kenes.quiz.domain.Question;
import kz.kenes.quiz.domain.QuizAttempt;
import kz.kenes.quiz.domain.QuizGrade;
import kz.kenes.quiz.domain.QuizSettings;

/**
 * An attempt as its learner (or the course's staff) sees it. Until the attempt is submitted its
 * questions carry no grading data at all; after, each carries its mark and feedback, and its right
 * answer only when {@code revealed} (the quiz's {@link QuizSettings.Reveal} allows it; staff
 * always).
 *
 * @param state {@code in_progress} or {@code submitted}
 */
public record AttemptView(
    long id,
    long quizId,
    long learnerRef,
    int number,
    String state,
    Instant startedAt,
    Instant deadline,
    Instant submittedAt,
    boolean autoSubmitted,
    long timeSpentSeconds,
    Double score,
    double maxScore,
    Integer correct,
    int questionCount,
    Double percent,
    Boolean passed,
    boolean revealed,
    Map<String, List<String>> answers,
    List<QuestionView> questions) {

  /** A choice as shown: its id and text. */
  public record ChoiceView(String id, Map<String, String> text) {
    static List<ChoiceView> of(List<Choice> choices) {
      return choices.stream().map(c -> new ChoiceView(c.id(), c.text())).toList();
    }
  }

  /** The right answer of a question, once it may be shown. */
  public record RightAnswer(
      List<String> correct, List<String> accepted, Double number, Double tolerance) {}

  /** A question of the attempt; {@code mark}, {@code feedback} and {@code right} as said above. */
  public record QuestionView(
      String code,
      String type,
      Map<String, String> text,
      double points,
      boolean mandatory,
      List<ChoiceView> choices,
      List<ChoiceView> targets,
      Mark mark,
      List<Map<String, String>> feedback,
      RightAnswer right) {}

  /** A learner's summary of an attempt: no questions. */
  public static AttemptView summary(QuizAttempt a, Instant now) {
    return of(a, false, false, now);
  }

  /**
   * @param withQuestions whether to include the paper (the attempt page), else a history line
   * @param reveal whether the right answers may be shown
   */
  public static AttemptView of(QuizAttempt a, boolean withQuestions, boolean reveal, Instant now) {
    return of(a, withQuestions, reveal && a.isSubmitted(), reveal && a.isSubmitted(), now);
  }

  /** An attempt as the course's staff see it: everything, right answers even while in progress. */
  public static AttemptView forStaff(QuizAttempt a, Instant now) {
    return of(a, true, true, a.isSubmitted(), now);
  }

  private static AttemptView of(
      QuizAttempt a, boolean withQuestions, boolean showRight, boolean revealed, Instant now) {
    boolean done = a.isSubmitted();
    QuizGrade grade =
        done && withQuestions ? a.grade(kz.kenes.quiz.domain.PassRule.percent(0)) : null;
    List<QuestionView> questions = new ArrayList<>();
    if (withQuestions) {
      for (Question q : a.paper().questions()) {
        Mark mark = grade == null ? null : grade.marks().get(q.code());
        questions.add(
            new QuestionView(
                q.code(),
                q.type().name().toLowerCase(java.util.Locale.ROOT),
                q.text(),
                q.points(),
                q.mandatory(),
                ChoiceView.of(q.choices()),
                ChoiceView.of(q.targets()),
                mark,
                mark == null ? null : feedback(q, mark, a.answers().of(q.code())),
                showRight
                    ? new RightAnswer(q.correct(), q.accepted(), q.number(), q.tolerance())
                    : null));
      }
    }
    return new AttemptView(
        a.id(),
        a.quizId(),
        a.userRef(),
        a.number(),
        done ? "submitted" : "in_progress",
        a.startedAt(),
        a.deadline().orElse(null),
        a.submittedAt().orElse(null),
        a.autoSubmitted(),
        a.timeSpent(now).toSeconds(),
        done ? a.score() : null,
        a.maxScore(),
        done ? a.correct() : null,
        a.questionCount(),
        done ? a.percent() : null,
        done ? a.passed() : null,
        revealed,
        withQuestions ? a.answers().values() : null,
        withQuestions ? questions : null);
  }

  /** The question's right or wrong feedback, then that of each choice the learner chose. */
  static List<Map<String, String>> feedback(Question q, Mark mark, List<String> given) {
    List<Map<String, String>> texts = new ArrayList<>();
    Map<String, String> overall = mark.correct() ? q.feedbackRight() : q.feedbackWrong();
    if (!overall.isEmpty()) {
      texts.add(overall);
    }
    for (String value : given) {
      q.choice(value.split("=", 2)[0])
          .map(Choice::feedback)
          .filter(f -> !f.isEmpty())
          .ifPresent(texts::add);
    }
    return texts;
  }
}
