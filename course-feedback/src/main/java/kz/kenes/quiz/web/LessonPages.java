package kz.kenes.quiz.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.domain.DomainException;
import kz.kenes.platform.web.PageModel;
import kz.kenes.platform.web.Views;
import kz.kenes.program.domain.Lesson;
import kz.kenes.program.domain.ProgramModule;
import kz.kenes.quiz.application.LessonGating.LessonState;
import kz.kenes.quiz.application.LessonGating.ModuleState;
import kz.kenes.quiz.application.LessonGating.Rules;
import kz.kenes.quiz.application.LessonGating.StepState;
import kz.kenes.quiz.domain.LessonGate;
import kz.kenes.quiz.domain.LessonLocked;
import kz.kenes.quiz.domain.Quiz;
import kz.kenes.quiz.domain.QuizPlacement;

/**
 * Renders the lesson pages: a learner's outline of the course's modules ({@code
 * templates/quiz/lessons.html}), one lesson ({@code lesson.html}), a locked lesson or quiz ({@code
 * locked.html}) and the staff's rules ({@code lesson-rules.html}).
 */
@ApplicationScoped
public class LessonPages {

  private static final java.util.Set<String> DONE =
      java.util.Set.of("ruleAdded", "ruleRemoved", "placed");

  @Inject Views views;

  /** A quiz with a link to its page. */
  public record QuizLink(String title, String href) {}

  /** A step, locked until the quizzes {@code unlocks} are passed. */
  public record StepLine(String title, boolean locked, List<QuizLink> unlocks) {}

  /** A lesson: its link (null while locked), its steps and the quizzes placed in it. */
  public record LessonLine(
      int number,
      String title,
      String href,
      boolean locked,
      List<QuizLink> unlocks,
      List<StepLine> steps,
      List<QuizLink> quizzes) {}

  /** A module with its lessons. */
  public record ModuleBlock(String code, String title, List<LessonLine> lessons) {}

  /** A rule on the staff page. */
  public record RuleRow(
      long id, String module, String lesson, String step, String quiz, String deleteAction) {}

  /** A quiz and where it is placed (null: nowhere). */
  public record PlacementRow(long quizId, String quiz, String lesson) {}

  /** An option of a select. */
  public record Option(String value, String label) {}

  String outline(PageRequest request, List<ModuleState> modules) {
    PageModel page = request.page("lessons.title", LessonPagesResource.PATH, Map.of());
    String language = request.locale().getLanguage();
    List<ModuleBlock> blocks = new ArrayList<>();
    for (ModuleState m : modules) {
      blocks.add(
          new ModuleBlock(
              m.module().code(),
              m.module().title(),
              m.lessons().stream().map(l -> line(page, l, language)).toList()));
    }
    page.with("modules", blocks).with("backUrl", page.link("/app", Map.of("lang", language)));
    return views.render("quiz/lessons", request.locale(), page.asMap());
  }

  String lesson(PageRequest request, LessonState lesson) {
    String path = LessonPagesResource.lessonPath(lesson.module().id(), lesson.index());
    PageModel page = request.page("lessons.title", path, Map.of());
    String language = request.locale().getLanguage();
    page.with("pageTitle", lesson.title())
        .with("moduleTitle", lesson.module().title())
        .with("lesson", line(page, lesson, language))
        .with("backUrl", page.link(LessonPagesResource.PATH, Map.of("lang", language)));
    return views.render("quiz/lesson", request.locale(), page.asMap());
  }

  String locked(PageRequest request, LessonLocked locked) {
    PageModel page = request.page("lessons.locked.title", LessonPagesResource.PATH, Map.of());
    String language = request.locale().getLanguage();
    page.with("lessonTitle", locked.lessonTitle())
        .with(
            "unlocks",
            locked.unlockedBy().stream()
                .map(u -> new QuizLink(u.title(), quizHref(page, u.quizId(), language)))
                .toList())
        .with("backUrl", page.link(LessonPagesResource.PATH, Map.of("lang", language)));
    return views.render("quiz/locked", request.locale(), page.asMap());
  }

  String rules(PageRequest request, Rules rules, String done, DomainException refused) {
    PageModel page = request.page("lessons.rules.title", LessonPagesResource.RULES, Map.of());
    String language = request.locale().getLanguage();
    List<RuleRow> rows = new ArrayList<>();
    for (LessonGate g : rules.gates()) {
      Optional<ProgramModule> module = module(rules, g.moduleId());
      Optional<Lesson> lesson = module.flatMap(m -> lesson(m, g.lesson()));
      rows.add(
          new RuleRow(
              g.id(),
              module.map(ProgramModule::code).orElse("?"),
              (g.lesson() + 1) + ". " + lesson.map(Lesson::title).orElse("?"),
              g.locksWholeLesson()
                  ? null
                  : lesson
                      .filter(l -> g.step() < l.steps().size())
                      .map(l -> l.steps().get(g.step()))
                      .orElse("?"),
              quizTitle(rules, g.quizId()),
              LessonPagesResource.RULES + "/" + g.id() + "/delete"));
    }
    List<Option> targets = new ArrayList<>();
    List<Option> lessons = new ArrayList<>();
    for (ProgramModule m : rules.modules()) {
      List<Lesson> all = m.current().content().outline().lessons();
      for (int i = 0; i < all.size(); i++) {
        String label = m.code() + " · " + (i + 1) + ". " + all.get(i).title();
        targets.add(new Option(m.id() + ":" + i + ":-1", label));
        lessons.add(new Option(m.id() + ":" + i, label));
        for (int s = 0; s < all.get(i).steps().size(); s++) {
          targets.add(
              new Option(m.id() + ":" + i + ":" + s, label + " · " + all.get(i).steps().get(s)));
        }
      }
    }
    List<PlacementRow> placements = new ArrayList<>();
    for (Quiz q : rules.quizzes()) {
      Optional<QuizPlacement> p =
          rules.placements().stream().filter(x -> x.quizId() == q.id()).findFirst();
      placements.add(
          new PlacementRow(
              q.id(),
              q.title(),
              p.flatMap(x -> module(rules, x.moduleId()).map(m -> placeLabel(m, x.lesson())))
                  .orElse(null)));
    }
    page.with("rules", rows)
        .with("targets", targets)
        .with("lessonOptions", lessons)
        .with(
            "quizOptions",
            rules.quizzes().stream().map(q -> new Option("" + q.id(), q.title())).toList())
        .with("placements", placements)
        .with("ruleAction", LessonPagesResource.RULES)
        .with("placeAction", LessonPagesResource.PATH + "/placements")
        .with("done", done != null && DONE.contains(done) ? done : null)
        .with("refusal", refused == null ? null : refused.reason())
        .with("refusalText", refused == null ? null : refused.getMessage())
        .with("quizzesUrl", page.link(QuizStaffPagesResource.PATH, Map.of("lang", language)))
        .with("backUrl", page.link("/app", Map.of("lang", language)));
    return views.render("quiz/lesson-rules", request.locale(), page.asMap());
  }

  private static String placeLabel(ProgramModule m, int lesson) {
    return m.code()
        + " · "
        + (lesson + 1)
        + ". "
        + lesson(m, lesson).map(Lesson::title).orElse("?");
  }

  private static Optional<ProgramModule> module(Rules rules, long moduleId) {
    return rules.modules().stream().filter(m -> m.id() == moduleId).findFirst();
  }

  private static Optional<Lesson> lesson(ProgramModule m, int index) {
    List<Lesson> all = m.current().content().outline().lessons();
    return index < all.size() ? Optional.of(all.get(index)) : Optional.empty();
  }

  private static String quizTitle(Rules rules, long quizId) {
    return rules.quizzes().stream()
        .filter(q -> q.id() == quizId)
        .map(Quiz::title)
        .findFirst()
        .orElse("?");
  }

  private static LessonLine line(PageModel page, LessonState l, String language) {
    List<StepLine> steps = new ArrayList<>();
    for (StepState s : l.steps()) {
      steps.add(new StepLine(s.title(), s.locked(), links(page, s.lockedBy(), language)));
    }
    return new LessonLine(
        l.index() + 1,
        l.title(),
        l.locked()
            ? null
            : page.link(
                LessonPagesResource.lessonPath(l.module().id(), l.index()),
                Map.of("lang", language)),
        l.locked(),
        links(page, l.lockedBy(), language),
        steps,
        links(page, l.quizzes(), language));
  }

  private static List<QuizLink> links(PageModel page, List<Quiz> quizzes, String language) {
    return quizzes.stream()
        .map(q -> new QuizLink(q.title(), quizHref(page, q.id(), language)))
        .toList();
  }

  private static String quizHref(PageModel page, long quizId, String language) {
    return page.link(QuizPagesResource.quizPath(quizId), Map.of("lang", language));
  }
}
