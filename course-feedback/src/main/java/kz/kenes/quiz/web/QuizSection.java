package kz.kenes.quiz.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.web.LandingSection;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.activity.QuizOutcomes;
import kz.kenes.platform.web.PageModel;
import kz.kenes.quiz.domain.QuizHeadline;
import kz.kenes.quiz.domain.QuizRepository;

/**
 * The quizzes of a learner's course on their landing page ({@code courseQuizzes}, possibly empty):
 * each with a link to its page and where the learner stands (not attempted, passed or not with the
 * kept percentage) and the link to the course's lessons ({@code lessonsUrl}); for the staff of a
 * course, the links to its quizzes ({@code quizzesUrl}) and lesson rules ({@code lessonRulesUrl}).
 */
@ApplicationScoped
public class QuizSection implements LandingSection {

  @Inject QuizRepository quizzes;
  @Inject QuizOutcomes outcomes;

  /**
   * A quiz as the landing page lists it.
   *
   * @param status {@code none}, {@code passed} or {@code failed}
   */
  public record QuizLink(String title, String href, String status, String percent) {}

  @Override
  public void addTo(PageRequest request, PageModel page) {
    KenesSession session = request.session();
    if (session.kind() == KenesSession.Kind.LTI
        && session.role().atLeast(KenesRole.INSTRUCTOR)
        && session.contextRef() != null) {
      page.with(
              "quizzesUrl",
              page.link(
                  QuizStaffPagesResource.PATH, Map.of("lang", request.locale().getLanguage())))
          .with(
              "lessonRulesUrl",
              page.link(LessonPagesResource.RULES, Map.of("lang", request.locale().getLanguage())));
      return;
    }
    if (session.kind() != KenesSession.Kind.LTI
        || session.role() != KenesRole.LEARNER
        || session.userRef() == null
        || session.contextRef() == null) {
      return;
    }
    String language = request.locale().getLanguage();
    List<QuizLink> links =
        quizzes.shownHeadlinesOf(session.contextRef()).stream()
            .map(q -> link(q, session, page, language))
            .toList();
    page.with("courseQuizzes", links)
        .with("lessonsUrl", page.link(LessonPagesResource.PATH, Map.of("lang", language)));
  }

  private QuizLink link(QuizHeadline quiz, KenesSession session, PageModel page, String language) {
    var outcome = outcomes.outcome(session.contextRef(), session.userRef(), quiz.reference());
    return new QuizLink(
        quiz.title(),
        page.link(QuizPagesResource.quizPath(quiz.id()), Map.of("lang", language)),
        outcome.map(o -> o.passed() ? "passed" : "failed").orElse("none"),
        outcome.map(o -> QuestionField.number(o.percent()) + " %").orElse(null));
  }
}
