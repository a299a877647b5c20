package kz.kenes.quiz.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import kz.kenes.quiz.application.QuizReview.AttemptPage;
import kz.kenes.quiz.domain.PassRule;
import kz.kenes.quiz.domain.Quiz;
import kz.kenes.quiz.domain.QuizGrant;
import kz.kenes.quiz.domain.QuizStatistics;

/**
 * Renders the staff's quiz pages ({@code templates/quiz/staff-list.html}, {@code staff-quiz.html}).
 */
@ApplicationScoped
public class QuizStaffPages {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  @Inject Views views;
  @Inject Clock clock;

  public record QuizRow(String title, String reference, int questions, String href) {}

  public record AttemptRow(
      long learnerRef,
      int number,
      String score,
      String percent,
      String result,
      String when,
      String spent) {}

  public record StatisticRow(String code, int answered, String facility, String discrimination) {}

  public record GrantRow(
      long learnerRef, int extraAttempts, int extraMinutes, String reason, Long by, String when) {}

  String list(
      PageRequest request,
      List<Quiz> quizzes,
      Map<String, String> posted,
      Map<String, String> errors,
      String error) {
    PageModel page = request.page("quiz.staff.title", QuizStaffPagesResource.PATH, Map.of());
    page.with(
            "quizzes",
            quizzes.stream()
                .map(
                    q ->
                        new QuizRow(
                            q.title(),
                            q.reference(),
                            q.questions().size(),
                            page.link(QuizStaffPagesResource.quizPath(q.id()), Map.of())))
                .toList())
        .with("posted", posted)
        .with("fieldErrors", errors)
        .with("error", error)
        .with("formAction", QuizStaffPagesResource.PATH)
        .with("backUrl", page.link("/app", Map.of()));
    return views.render("quiz/staff-list", request.locale(), page.asMap());
  }

  String quiz(
      PageRequest request,
      AttemptPage attempts,
      QuizStatistics statistics,
      List<QuizGrant> grants,
      int start,
      String done,
      String error) {
    Quiz quiz = attempts.quiz();
    String path = QuizStaffPagesResource.quizPath(quiz.id());
    PageModel page = request.page("quiz.staff.title", path, Map.of());
    Instant now = clock.instant();
    PassRule rule = quiz.settings().passRule();
    page.with("pageTitle", quiz.title())
        .with("quizTitle", quiz.title())
        .with("reference", quiz.reference())
        .with(
            "ruleKey",
            rule.kind() == PassRule.Kind.PERCENT ? "quiz.rule.percent" : "quiz.rule.correct")
        .with("ruleValue", QuestionField.number(rule.value()))
        .with("questionCount", quiz.questions().size())
        .with(
            "attempts",
            attempts.items().stream()
                .map(
                    a ->
                        new AttemptRow(
                            a.userRef(),
                            a.number(),
                            a.isSubmitted()
                                ? a.correct()
                                    + " / "
                                    + a.questionCount()
                                    + " ("
                                    + QuestionField.number(a.score())
                                    + " / "
                                    + QuestionField.number(a.maxScore())
                                    + ")"
                                : "—",
                            a.isSubmitted() ? QuestionField.number(a.percent()) + " %" : "—",
                            !a.isSubmitted() ? "in_progress" : a.passed() ? "passed" : "failed",
                            WHEN.format(a.submittedAt().orElse(a.startedAt())),
                            QuizPages.spent(a.timeSpent(now))))
                .toList())
        .with(
            "statistics",
            statistics.questions().stream()
                .map(
                    f ->
                        new StatisticRow(
                            f.code(),
                            f.answered(),
                            f.facility() == null
                                ? "—"
                                : QuestionField.number(Math.round(f.facility() * 100) / 100.0),
                            f.discrimination() == null
                                ? "—"
                                : QuestionField.number(
                                    Math.round(f.discrimination() * 100) / 100.0)))
                .toList())
        .with(
            "grants",
            grants.stream()
                .map(
                    g ->
                        new GrantRow(
                            g.userRef(),
                            g.extraAttempts(),
                            g.extraMinutes(),
                            g.reason(),
                            g.actorRef(),
                            WHEN.format(g.createdAt())))
                .toList())
        .with("grantAction", path + "/grants")
        .with("exportMoodleUrl", exportLink(page, request, quiz, "moodle-xml"))
        .with("exportGiftUrl", exportLink(page, request, quiz, "gift"))
        .with("done", done)
        .with("error", error)
        .with("listUrl", page.link(QuizStaffPagesResource.PATH, Map.of()))
        .withPager(
            start,
            attempts.items().size(),
            QuizStaffPagesResource.PAGE_SIZE,
            attempts.total(),
            from -> page.link(path, PageModel.offsetQuery(from)));
    return views.render("quiz/staff-quiz", request.locale(), page.asMap());
  }

  /** A download of the quiz's questions, texts in the page's language (else the first there is). */
  private static String exportLink(PageModel page, PageRequest request, Quiz quiz, String format) {
    return page.link(
        "/api/quizzes/" + quiz.id() + "/" + format,
        Map.of("language", request.locale().getLanguage()));
  }
}
