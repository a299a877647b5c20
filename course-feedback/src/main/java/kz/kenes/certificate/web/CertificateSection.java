package kz.kenes.certificate.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import kz.kenes.certificate.application.Certificates;
import kz.kenes.certificate.application.ProgramLearners;
import kz.kenes.certificate.application.Standings;
import kz.kenes.certificate.domain.Certificate;
import kz.kenes.certificate.domain.Progress;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.web.LandingSection;
import kz.kenes.identity.web.PageSessions.PageRequest;
import kz.kenes.platform.activity.QuizOutcomes.CourseQuiz;
import kz.kenes.platform.web.PageModel;

/**
 * "Earn a certificate" on the landing page. A learner launched from a course sees their progress
 * against the course's rules ({@code certificateProgress}: one line per rule, met or not), and
 * their certificates with the PDF, the credential and the verification page ({@code
 * certificateDownloads}); staff launched from a course get the link to the certificates page
 * ({@code certificatesUrl}). A learner whose course delivers modules of programs with certificate
 * rules also sees their progress there and the program certificates they hold ({@code
 * programPart}).
 */
@ApplicationScoped
public class CertificateSection implements LandingSection {

  @Inject Certificates certificates;
  @Inject Standings standings;
  @Inject ProgramLearners programLearners;

  /** A rule as the learner sees it: the message key and its argument, and whether it holds. */
  public record Line(String key, String subject, String detail, boolean met) {}

  /** One of the learner's certificates. */
  public record Download(
      String number,
      String title,
      String issued,
      boolean revoked,
      String pdfUrl,
      String credentialUrl,
      String verifyUrl) {}

  /** The learner's part. */
  public record LearnerPart(
      boolean hasRules,
      boolean autoIssue,
      boolean complete,
      List<Line> lines,
      List<Download> downloads) {}

  @Override
  public void addTo(PageRequest request, PageModel page) {
    KenesSession session = request.session();
    if (session.contextRef() == null) {
      return;
    }
    if (session.role() == KenesRole.INSTRUCTOR || session.isAdmin()) {
      page.with(
          "certificatesUrl",
          page.link(CertificatePagesResource.PATH, Map.of("lang", request.locale().getLanguage())));
      return;
    }
    if (session.role() != KenesRole.LEARNER || session.userRef() == null) {
      return;
    }
    Certificates.LearnerView view = certificates.learnerView(session);
    String language = request.locale().getLanguage();
    Map<String, String> quizTitles = new java.util.HashMap<>();
    if (view.progress().conditions().stream()
        .anyMatch(c -> c.kind() == Progress.Kind.QUIZ_PASSED)) {
      for (CourseQuiz q : standings.quizzesOf(session.contextRef())) {
        quizTitles.put(q.reference(), q.title());
      }
    }
    List<Line> lines = view.progress().conditions().stream().map(c -> line(c, quizTitles)).toList();
    DateTimeFormatter dates =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(request.locale());
    List<Download> downloads = downloads(view.certificates(), page, language, dates);
    page.with(
        "certificatePart",
        new LearnerPart(
            view.hasRules(), view.autoIssue(), view.progress().complete(), lines, downloads));
    addPrograms(request, page, language, dates);
  }

  private Line line(Progress.Condition c, Map<String, String> quizTitles) {
    return switch (c.kind()) {
      case QUIZ_PASSED ->
          new Line(
              "certificate.progress.quiz",
              quizTitles.getOrDefault(c.subject(), c.subject()),
              c.reached() == null ? null : percent(c.reached()),
              c.met());
      case OVERALL_PERCENT ->
          new Line(
              "certificate.progress.overall",
              percent(c.required()),
              c.reached() == null ? "—" : percent(c.reached()),
              c.met());
      case SURVEY_ANSWERED ->
          new Line(
              "certificate.progress.survey",
              standings.surveyTitle(Long.parseLong(c.subject().substring("survey:".length()))),
              null,
              c.met());
      case COURSE_COMPLETED -> courseLine(c, Map.of());
    };
  }

  private static Line courseLine(Progress.Condition c, Map<Long, String> titles) {
    long course = Long.parseLong(c.subject().substring("course:".length()));
    return new Line(
        "progcert.progress.course", titles.getOrDefault(course, "#" + course), null, c.met());
  }

  /** A program the learner's course delivers, with rules: the learner's progress against them. */
  public record ProgramPart(String name, boolean autoIssue, boolean complete, List<Line> lines) {}

  /** The learner's programs with rules and their program certificates. */
  public record ProgramsPart(List<ProgramPart> programs, List<Download> downloads) {}

  private void addPrograms(
      PageRequest request, PageModel page, String language, DateTimeFormatter dates) {
    ProgramLearners.LearnerView view = programLearners.inCourse(request.session());
    if (view.programs().isEmpty() && view.certificates().isEmpty()) {
      return;
    }
    List<ProgramPart> parts =
        view.programs().stream()
            .map(
                p ->
                    new ProgramPart(
                        p.programName(),
                        p.autoIssue(),
                        p.progress().complete(),
                        p.progress().conditions().stream()
                            .map(
                                c ->
                                    c.kind() == Progress.Kind.COURSE_COMPLETED
                                        ? courseLine(c, p.courseTitles())
                                        : line(c, Map.of()))
                            .toList()))
            .toList();
    page.with(
        "programPart",
        new ProgramsPart(parts, downloads(view.certificates(), page, language, dates)));
  }

  private static List<Download> downloads(
      List<Certificate> list, PageModel page, String language, DateTimeFormatter dates) {
    return list.stream()
        .map(
            c ->
                new Download(
                    c.number().value(),
                    c.content().title(),
                    dates.format(c.issuedAt().atZone(ZoneOffset.UTC)),
                    c.revoked(),
                    link(page, c, "/pdf", Map.of("lang", language)),
                    link(page, c, "/credential", Map.of()),
                    "/verify/" + c.number().value() + "?lang=" + language))
        .toList();
  }

  private static String link(PageModel page, Certificate c, String suffix, Map<String, String> q) {
    return page.link("/api/certificates/" + c.number().value() + suffix, q);
  }

  private static String percent(double value) {
    return String.format(java.util.Locale.ROOT, "%.0f%%", value);
  }
}
