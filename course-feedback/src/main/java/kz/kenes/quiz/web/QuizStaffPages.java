package kz.kenes.quiz.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import kz.kenes.identity.domain.PersonNames;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import kz.kenes.quiz.application.QuestionBanks;
import kz.kenes.quiz.application.QuizPools;
import kz.kenes.quiz.application.QuizReview;
import kz.kenes.quiz.application.QuizReview.AttemptPage;
import kz.kenes.quiz.domain.Mark;
import kz.kenes.quiz.domain.PassRule;
import kz.kenes.quiz.domain.Question;
import kz.kenes.quiz.domain.QuestionType;
import kz.kenes.quiz.domain.Quiz;
import kz.kenes.quiz.domain.QuizAttempt;
import kz.kenes.quiz.domain.QuizGrade;
import kz.kenes.quiz.domain.QuizGrant;
import kz.kenes.quiz.domain.QuizStatistics;
import kz.kenes.quiz.domain.Texts;

/**
 * Renders the staff's quiz pages ({@code templates/quiz/staff-list.html}, {@code staff-quiz.html}).
 */
@ApplicationScoped
public class QuizStaffPages {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  @Inject Views views;
  @Inject Clock clock;
  @Inject PersonNames personNames;

  public record QuizRow(String title, String reference, int questions, String href) {}

  public record AttemptRow(
      long learnerRef,
      String learner,
      int number,
      String score,
      String percent,
      String result,
      String when,
      String spent,
      String href) {}

  /** The pools of a quiz with their current sizes, and the banks its course may draw from. */
  public record PoolsModel(List<QuizPools.PoolSize> pools, List<QuestionBanks.BankSummary> banks) {}

  public record PoolRow(
      String bank, String competency, String outcome, int count, long holds, String removeAction) {}

  public record BankOption(long moduleId, String label, long size) {}

  public record StatisticRow(String code, int answered, String facility, String discrimination) {}

  public record GrantRow(
      long learnerRef,
      String learner,
      int extraAttempts,
      int extraMinutes,
      String reason,
      String by,
      String when) {}

  /** A learner the grant form offers: their Kenes reference and the name shown. */
  public record LearnerOption(long learnerRef, String name) {}

  /** A question of the quiz's own, with its edit link and the actions of its row. */
  public record QuestionRow(
      int position,
      String code,
      String type,
      String text,
      String points,
      boolean mandatory,
      String editUrl,
      String moveAction,
      String removeAction,
      boolean first,
      boolean last) {}

  /** The quiz's page's staff data besides attempts: statistics, grants, pools and learners. */
  public record Extras(
      QuizStatistics statistics, List<QuizGrant> grants, PoolsModel pools, List<Long> learners) {}

  /**
   * The names of everybody the page shows, asked at once (one query): the name their launches sent,
   * else their Kenes reference {@code #12}.
   */
  private Function<Long, String> names(AttemptPage attempts, Extras extras) {
    Set<Long> refs = new HashSet<>(extras.learners());
    attempts.items().forEach(a -> refs.add(a.userRef()));
    for (QuizGrant g : extras.grants()) {
      refs.add(g.userRef());
      if (g.actorRef() != null) {
        refs.add(g.actorRef());
      }
    }
    Map<Long, String> known = refs.isEmpty() ? Map.of() : personNames.of(refs);
    return ref -> known.getOrDefault(ref, "#" + ref);
  }

  private static List<QuestionRow> questionRows(Quiz quiz, PageModel page, String language) {
    List<Question> own = quiz.questions();
    String base = QuizQuestionPagesResource.questionsPath(quiz.id());
    List<QuestionRow> rows = new ArrayList<>();
    for (int i = 0; i < own.size(); i++) {
      Question q = own.get(i);
      rows.add(
          new QuestionRow(
              i + 1,
              q.code(),
              q.type().name(),
              Texts.in(q.text(), language),
              QuestionField.number(q.points()),
              q.mandatory(),
              page.link(base + "/" + q.code(), Map.of()),
              base + "/" + q.code() + "/move",
              base + "/" + q.code() + "/remove",
              i == 0,
              i == own.size() - 1));
    }
    return rows;
  }

  private static List<PoolRow> poolRows(PoolsModel model, String path) {
    Map<Long, String> names = new java.util.HashMap<>();
    model
        .banks()
        .forEach(
            b -> names.put(b.bank().moduleId(), b.bank().moduleCode() + " " + b.bank().title()));
    List<PoolRow> rows = new java.util.ArrayList<>();
    for (int i = 0; i < model.pools().size(); i++) {
      QuizPools.PoolSize p = model.pools().get(i);
      rows.add(
          new PoolRow(
              names.getOrDefault(p.pool().moduleId(), "#" + p.pool().moduleId()),
              p.pool().competency() == null ? "—" : p.pool().competency(),
              p.pool().outcome() == null ? "—" : p.pool().outcome(),
              p.pool().count(),
              p.holds(),
              path + "/pools/" + i + "/remove"));
    }
    return rows;
  }

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
                            q.asked(),
                            page.link(QuizStaffPagesResource.quizPath(q.id()), Map.of())))
                .toList())
        .with("posted", posted)
        .with("fieldErrors", errors)
        .with("error", error)
        .with("formAction", QuizStaffPagesResource.PATH)
        .with("banksUrl", page.link(BankPagesResource.PATH, Map.of()))
        .with("backUrl", page.link("/app", Map.of()));
    return views.render("quiz/staff-list", request.locale(), page.asMap());
  }

  String quiz(
      PageRequest request,
      AttemptPage attempts,
      Extras extras,
      int start,
      String done,
      String error) {
    QuizStatistics statistics = extras.statistics();
    List<QuizGrant> grants = extras.grants();
    PoolsModel pools = extras.pools();
    Function<Long, String> name = names(attempts, extras);
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
        .with("questionCount", quiz.asked())
        .with(
            "attempts",
            attempts.items().stream()
                .map(
                    a ->
                        new AttemptRow(
                            a.userRef(),
                            name.apply(a.userRef()),
                            a.number(),
                            score(a),
                            a.isSubmitted() ? QuestionField.number(a.percent()) + " %" : "—",
                            result(a),
                            WHEN.format(a.submittedAt().orElse(a.startedAt())),
                            QuizPages.spent(a.timeSpent(now)),
                            page.link(
                                QuizStaffPagesResource.attemptPath(quiz.id(), a.id()), Map.of())))
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
                            name.apply(g.userRef()),
                            g.extraAttempts(),
                            g.extraMinutes(),
                            g.reason(),
                            g.actorRef() == null ? null : name.apply(g.actorRef()),
                            WHEN.format(g.createdAt())))
                .toList())
        .with("pools", poolRows(pools, path))
        .with("questions", questionRows(quiz, page, request.locale().getLanguage()))
        .with("questionTypes", List.of(QuestionType.values()).stream().map(Enum::name).toList())
        .with("newQuestionAction", QuizQuestionPagesResource.questionsPath(quiz.id()) + "/new")
        .with(
            "learners",
            extras.learners().stream().map(ref -> new LearnerOption(ref, name.apply(ref))).toList())
        .with(
            "banks",
            pools.banks().stream()
                .map(
                    b ->
                        new BankOption(
                            b.bank().moduleId(),
                            b.bank().moduleCode() + " " + b.bank().title(),
                            b.size()))
                .toList())
        .with("poolAction", path + "/pools")
        .with("banksUrl", page.link(BankPagesResource.PATH, Map.of()))
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

  /**
   * The staff's page of one attempt: the learner by the name their launches sent (else their Kenes
   * reference {@code #12}), the result, and each question with the answer given, its mark, its
   * feedback and its right answer (staff see everything; an attempt in progress shows the answers
   * saved so far, unmarked).
   */
  String attempt(PageRequest request, QuizReview.QuizAndAttempt found) {
    Quiz quiz = found.quiz();
    QuizAttempt a = found.attempt();
    String language = request.locale().getLanguage();
    PageModel page =
        request.page(
            "quiz.staff.title", QuizStaffPagesResource.attemptPath(quiz.id(), a.id()), Map.of());
    QuizGrade grade = a.isSubmitted() ? a.grade(quiz.settings().passRule()) : null;
    List<QuestionField> fields = new ArrayList<>();
    int n = 1;
    for (Question q : a.paper().questions()) {
      Mark mark = grade == null ? null : grade.marks().get(q.code());
      fields.add(QuestionField.of(n++, q, a.answers().of(q.code()), mark, true, language));
    }
    String learner =
        personNames.of(Set.of(a.userRef())).getOrDefault(a.userRef(), "#" + a.userRef());
    page.with("pageTitle", quiz.title())
        .with("quizTitle", quiz.title())
        .with("learner", learner)
        .with("learnerRef", a.userRef())
        .with("number", a.number())
        .with("submitted", a.isSubmitted())
        .with("passed", a.passed())
        .with("score", score(a))
        .with("percent", a.isSubmitted() ? QuestionField.number(a.percent()) + " %" : "—")
        .with("result", result(a))
        .with("autoSubmitted", a.isSubmitted() && a.autoSubmitted())
        .with("when", WHEN.format(a.submittedAt().orElse(a.startedAt())))
        .with("spent", QuizPages.spent(a.timeSpent(clock.instant())))
        .with("questions", fields)
        .with("quizUrl", page.link(QuizStaffPagesResource.quizPath(quiz.id()), Map.of()));
    return views.render("quiz/staff-attempt", request.locale(), page.asMap());
  }

  private static String score(QuizAttempt a) {
    return a.isSubmitted()
        ? a.correct()
            + " / "
            + a.questionCount()
            + " ("
            + QuestionField.number(a.score())
            + " / "
            + QuestionField.number(a.maxScore())
            + ")"
        : "—";
  }

  private static String result(QuizAttempt a) {
    return !a.isSubmitted() ? "in_progress" : a.passed() ? "passed" : "failed";
  }

  /** A download of the quiz's questions, texts in the page's language (else the first there is). */
  private static String exportLink(PageModel page, PageRequest request, Quiz quiz, String format) {
    return page.link(
        "/api/quizzes/" + quiz.id() + "/" + format,
        Map.of("language", request.locale().getLanguage()));
  }
}
