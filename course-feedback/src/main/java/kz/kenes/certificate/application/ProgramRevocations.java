package kz.kenes.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.kenes.certificate.application.ProgramCourses.Course;
import kz.kenes.certificate.domain.Certificate;
import kz.kenes.certificate.domain.CertificateRepository;
import kz.kenes.certificate.domain.CertificateRepository.AuditEntry;
import kz.kenes.certificate.domain.ProgramCompletionRules;
import kz.kenes.certificate.domain.ProgramCompletionRulesRepository;
import kz.kenes.certificate.domain.ProgramRuleSettings;
import kz.kenes.certificate.domain.ProgramStanding;
import kz.kenes.program.domain.EducationalProgram;

/**
 * Revokes the program certificates that relied on a course certificate when that one is revoked
 * (docs/certificates.md, "When a course certificate is revoked"). A program certificate of the same
 * learner identity, of a program the course delivers a module of, issued after the course
 * certificate was, relied on it when the program's rules require that course; it is revoked, by
 * Kenes (no actor) with a reason naming the course certificate, unless the rules still hold without
 * it ({@link ProgramCompletionRules#holdsWithout}). Runs inside the revoking transaction, so both
 * revocations commit together or not at all; the status list reads the revoked rows, so {@code
 * /verify} and the Open Badges status show both at once.
 */
@ApplicationScoped
public class ProgramRevocations {

  @Inject CertificateRepository certificates;
  @Inject ProgramCompletionRulesRepository rules;
  @Inject ProgramCourses courses;

  void revoked(@Observes CourseCertificateRevoked event) {
    revokeRelying(event);
  }

  /** The program certificates revoked with the course certificate of the event. */
  List<Certificate> revokeRelying(CourseCertificateRevoked event) {
    List<Certificate> revoked = new ArrayList<>();
    for (long programId : courses.programsOf(event.contextRef())) {
      Optional<Certificate> held = certificates.findActiveOfProgram(programId, event.userRef());
      if (held.isEmpty() || held.get().issuedAt().isBefore(event.issuedAt())) {
        continue; // none, or issued before this course certificate: it relied on another
      }
      EducationalProgram program = courses.program(programId);
      ProgramRuleSettings settings =
          rules
              .find(programId)
              .map(ProgramCompletionRules::settings)
              .orElse(ProgramRuleSettings.none());
      List<Course> of = courses.of(program, null);
      boolean withPercent = settings.minPercent() != null && settings.minPercent() > 0;
      ProgramStanding standing = courses.standing(of, event.userRef(), withPercent);
      if (ProgramCompletionRules.holdsWithout(settings, standing, event.contextRef())) {
        continue;
      }
      Certificate certificate = held.get();
      certificate.revoke(reason(event, of), null, event.at());
      certificates.audit(
          new AuditEntry(
              certificate.id(), "revoked", null, certificate.revokeReason().get(), event.at()));
      revoked.add(certificate);
    }
    return revoked;
  }

  /** The reason a program certificate states: the course certificate it relied on, and why. */
  static String reason(CourseCertificateRevoked event, List<Course> of) {
    String title =
        of.stream()
            .filter(c -> c.contextRef() == event.contextRef())
            .map(Course::title)
            .findFirst()
            .orElse("#" + event.contextRef());
    String text =
        "The certificate "
            + event.number()
            + " of the course «"
            + title
            + "», which this program certificate relied on, was revoked.";
    return text.length() > Certificate.MAX_REASON
        ? text.substring(0, Certificate.MAX_REASON - 1) + "…"
        : text;
  }
}
