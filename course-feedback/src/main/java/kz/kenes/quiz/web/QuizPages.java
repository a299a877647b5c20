package kz.kenes.quiz.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import kz.kenes.quiz.application.LessonGating;
import kz.kenes.quiz.application.QuizAttempts.Standing;
import kz.kenes.quiz.domain.Mark;
import kz.kenes.quiz.domain.PassRule;
import kz.kenes.quiz.domain.Question;
import kz.kenes.quiz.domain.QuizAttempt;
import kz.kenes.quiz.domain.QuizGrade;

/**
 * Renders the learner's quiz pages: a quiz with its rules and the learner's attempts ({@code
 * templates/quiz/quiz.html}) and one attempt ({@code templates/quiz/attempt.html}).
 */
@ApplicationScoped
public class QuizPages {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  @Inject Views views;
  @Inject LessonGating gating;

  /** An attempt as a line of the learner's history. */
  public record AttemptLine(
      long id,
      int number,
      boolean submitted,
      String score,
      String percent,
      boolean passed,
      boolean kept,
      String when,
      String spent,
      String href) {}

  /**
   * The quiz page.
   *
   * @param refusal the message key of a refused start (attempt limit, cool-down), else null
   */
  String quiz(
      PageRequest request, Standing standing, String refusal, Object refusalArg, Instant now) {
    long quizId = standing.quiz().id();
    String path = QuizPagesResource.quizPath(quizId);
    PageModel page = request.page("quiz.title", path, Map.of());
    String language = request.locale().getLanguage();
    List<AttemptLine> lines = new ArrayList<>();
    for (QuizAttempt a : standing.attempts()) {
      lines.add(line(page, a, standing, now, language));
    }
    PassRule rule = standing.quiz().settings().passRule();
    page.with("pageTitle", standing.quiz().title())
        .with("quizTitle", standing.quiz().title())
        .with(
            "ruleKey",
            rule.kind() == PassRule.Kind.PERCENT ? "quiz.rule.percent" : "quiz.rule.correct")
        .with("ruleValue", QuestionField.number(rule.value()))
        .with("questionCount", asked(standing))
        .with(
            "timeLimit",
            standing.quiz().settings().timeLimitMinutes() == 0
                ? null
                : standing.quiz().settings().timeLimitMinutes()
                    + standing.allowance().extraMinutes())
        .with("attemptsLeft", standing.attemptsLeft().orElse(null))
        .with("attempts", newestFirst(lines))
        .with("kept", standing.kept().map(k -> line(page, k, standing, now, language)).orElse(null))
        .with(
            "inProgress",
            standing
                .inProgress()
                .map(
                    a -> page.link(QuizPagesResource.attemptPath(a.id()), Map.of("lang", language)))
                .orElse(null))
        .with("startAction", QuizPagesResource.quizPath(quizId) + "/attempts")
        .with("refusal", refusal)
        .with("refusalArg", refusalArg)
        .with("backUrl", page.link("/app", Map.of("lang", language)));
    return views.render("quiz/quiz", request.locale(), page.asMap());
  }

  /**
   * The attempt page.
   *
   * @param error the message key of a refused submission, else null
   * @param done the confirmation to show ({@code saved}, {@code submitted}, {@code late}), or null
   */
  String attempt(
      PageRequest request,
      Standing standing,
      QuizAttempt a,
      String error,
      String done,
      Instant now) {
    String language = request.locale().getLanguage();
    String path = QuizPagesResource.attemptPath(a.id());
    PageModel page = request.page("quiz.title", path, Map.of());
    QuizGrade grade = a.isSubmitted() ? a.grade(standing.quiz().settings().passRule()) : null;
    List<QuestionField> fields = new ArrayList<>();
    int n = 1;
    for (Question q : a.paper().questions()) {
      Mark mark = grade == null ? null : grade.marks().get(q.code());
      fields.add(
          QuestionField.of(n++, q, a.answers().of(q.code()), mark, standing.mayReveal(), language));
    }
    page.with("pageTitle", standing.quiz().title())
        .with("quizTitle", standing.quiz().title())
        .with("attempt", line(page, a, standing, now, language))
        .with("deadline", a.deadline().map(WHEN::format).orElse(null))
        .with("questions", fields)
        .with("revealed", a.isSubmitted() && standing.mayReveal())
        .with("formAction", path)
        .with("error", error)
        .with("done", done)
        .with(
            "quizUrl", page.link(QuizPagesResource.quizPath(a.quizId()), Map.of("lang", language)))
        .with("backUrl", page.link("/app", Map.of("lang", language)));
    if (a.isSubmitted() && !a.passed()) {
      gating
          .reviewOf(standing.quiz())
          .ifPresent(
              r ->
                  page.with("reviewTitle", r.title())
                      .with(
                          "reviewUrl",
                          page.link(
                              LessonPagesResource.lessonPath(r.module().id(), r.index()),
                              Map.of("lang", language))));
    }
    return views.render("quiz/attempt", request.locale(), page.asMap());
  }

  private static List<AttemptLine> newestFirst(List<AttemptLine> lines) {
    List<AttemptLine> copy = new ArrayList<>(lines);
    java.util.Collections.reverse(copy);
    return copy;
  }

  private static int asked(Standing s) {
    return s.quiz().asked();
  }

  private static AttemptLine line(
      PageModel page, QuizAttempt a, Standing s, Instant now, String language) {
    boolean kept = s.kept().map(k -> k.id().equals(a.id())).orElse(false);
    return new AttemptLine(
        a.id(),
        a.number(),
        a.isSubmitted(),
        a.isSubmitted() ? a.correct() + " / " + a.questionCount() : null,
        a.isSubmitted() ? QuestionField.number(a.percent()) + " %" : null,
        a.passed(),
        kept,
        WHEN.format(a.submittedAt().orElse(a.startedAt())),
        spent(a.timeSpent(now)),
        page.link(QuizPagesResource.attemptPath(a.id()), Map.of("lang", language)));
  }

  static String spent(Duration d) {
    long s = Math.max(0, d.toSeconds());
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
