package kz.kenes.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.certificate.application.ProgramCourses.Course;
import kz.kenes.certificate.domain.Certificate;
import kz.kenes.certificate.domain.CertificateRepository;
import kz.kenes.certificate.domain.ProgramCompletionRules;
import kz.kenes.certificate.domain.ProgramCompletionRulesRepository;
import kz.kenes.certificate.domain.ProgramRuleSettings;
import kz.kenes.certificate.domain.Progress;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.program.domain.EducationalProgram;

/**
 * What a learner sees of program certificates, launched from any course: their progress against the
 * rules of each program their course delivers a module of (issuing the certificate when the rules
 * hold and say so: a course certificate whose event was missed is caught here), and every program
 * certificate their learner identity holds. A learner identity is one platform's user ({@code
 * user_ref}: platform registration and subject), so what counts is what that identity did in the
 * program's courses (docs/adr/0030).
 */
@ApplicationScoped
public class ProgramLearners {

  @Inject ProgramCompletionRulesRepository rules;
  @Inject ProgramCertificates programs;
  @Inject ProgramCourses courses;
  @Inject CertificateRepository certificates;

  /** A program's rules as the learner stands against them. */
  public record ProgramProgress(
      long programId,
      String programName,
      boolean autoIssue,
      Progress progress,
      Map<Long, String> courseTitles) {}

  /** The learner's program progress and program certificates. */
  public record LearnerView(List<ProgramProgress> programs, List<Certificate> certificates) {}

  /** The learner's view; {@code NotAllowed} for anyone but a learner launched from a course. */
  @Transactional
  public LearnerView mine(KenesSession session) {
    return view(session, true);
  }

  /**
   * The learner's view as the course's landing page shows it: nothing when the course delivers no
   * program (not even the program certificates held), so that a launch into such a course pays no
   * query for it (every launch ends on the landing page; docs/performance.md, issue 14).
   */
  @Transactional
  public LearnerView inCourse(KenesSession session) {
    return view(session, false);
  }

  private LearnerView view(KenesSession session, boolean evenWithoutPrograms) {
    CertificateCallers.requireLearner(session);
    long user = session.userRef();
    List<ProgramProgress> progress = new ArrayList<>();
    List<Long> programIds = courses.shownProgramsOf(session.contextRef());
    if (programIds.isEmpty() && !evenWithoutPrograms) {
      return new LearnerView(List.of(), List.of());
    }
    for (long programId : programIds) {
      Optional<ProgramCompletionRules> found = rules.find(programId);
      if (found.isEmpty()) {
        continue;
      }
      ProgramRuleSettings settings = found.get().settings();
      EducationalProgram program = courses.program(programId);
      Progress standing = programs.progress(program, settings, user);
      if (settings.autoIssue() && standing.complete()) {
        programs.issueIfComplete(programId, user);
      }
      Map<Long, String> titles = new LinkedHashMap<>();
      for (Course course : courses.of(program, user)) {
        titles.put(course.contextRef(), course.title());
      }
      progress.add(
          new ProgramProgress(programId, program.name(), settings.autoIssue(), standing, titles));
    }
    return new LearnerView(progress, certificates.findProgramCertificatesOf(user));
  }
}
