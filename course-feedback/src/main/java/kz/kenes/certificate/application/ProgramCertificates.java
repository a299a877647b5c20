package kz.kenes.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.kenes.certificate.application.ProgramCourses.Course;
import kz.kenes.certificate.domain.Certificate;
import kz.kenes.certificate.domain.Certificate.Content;
import kz.kenes.certificate.domain.Certificate.IssuedBy;
import kz.kenes.certificate.domain.CertificateNumber;
import kz.kenes.certificate.domain.CertificateRepository;
import kz.kenes.certificate.domain.CertificateRepository.AuditEntry;
import kz.kenes.certificate.domain.CertificateRepository.Learner;
import kz.kenes.certificate.domain.ProgramCompletionRules;
import kz.kenes.certificate.domain.ProgramCompletionRulesRepository;
import kz.kenes.certificate.domain.ProgramRuleSettings;
import kz.kenes.certificate.domain.Progress;
import kz.kenes.identity.domain.UniversityScope;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.program.domain.EducationalProgram;

/**
 * Certificates of whole programs, as a program's administrators manage them (docs/certificates.md,
 * "Certificates of a program"; ADR 0030): the program's rules and text, its certificates, issue by
 * hand and revoke with a reason. Every method checks that the caller administers the program's
 * university. Kenes issues a program certificate itself when the program's rules ask it to and hold
 * ({@link #issueAfterCourseCertificate}, {@link ProgramLearners}).
 */
@ApplicationScoped
public class ProgramCertificates {

  /** A page of a program's certificates. */
  public static final int PAGE = 25;

  @Inject ProgramCompletionRulesRepository rules;
  @Inject CertificateRepository certificates;
  @Inject ProgramCourses courses;
  @Inject Certificates issuing;
  @Inject SeenLearners seen;
  @Inject Clock clock;

  /** A program's rules as its administrators edit them, with the courses to choose from. */
  public record Editing(
      long programId,
      String programCode,
      String programName,
      boolean set,
      ProgramRuleSettings settings,
      List<Course> courses) {}

  /** A page of a program's certificates. */
  public record ProgramPage(List<Certificate> certificates, long total, int offset) {}

  /**
   * The program's rules; when none are set yet, defaults to offer: every course, the modules'
   * competencies, hours and credits.
   */
  public Editing editing(UniversityScope scope, long programId, Long viewer) {
    EducationalProgram program = courses.program(scope, programId);
    Optional<ProgramCompletionRules> found = rules.find(programId);
    ProgramRuleSettings settings =
        found
            .map(ProgramCompletionRules::settings)
            .orElseGet(
                () ->
                    new ProgramRuleSettings(
                        List.of(),
                        null,
                        false,
                        "",
                        courses.hours(program),
                        courses.credits(program),
                        courses.competencies(program)));
    return new Editing(
        programId,
        program.code(),
        program.name(),
        found.isPresent(),
        settings,
        courses.of(program, viewer));
  }

  /**
   * Sets the program's rules.
   *
   * @throws InvalidInput {@code invalid-certificate-rules} when a chosen course delivers no module
   *     of the program, or a field cannot be stored
   */
  @Transactional
  public ProgramRuleSettings change(
      UniversityScope scope, long programId, ProgramRuleSettings settings) {
    EducationalProgram program = courses.program(scope, programId);
    ProgramRuleSettings valid = settings.validated();
    List<Long> delivering = courses.of(program, null).stream().map(Course::contextRef).toList();
    List<Long> foreign =
        valid.requiredCourses().stream().filter(c -> !delivering.contains(c)).toList();
    if (!foreign.isEmpty()) {
      throw new InvalidInput(
          "invalid-certificate-rules",
          "courses " + foreign + " deliver no module of this program",
          java.util.Map.of(
              "requiredCourses",
              "courses "
                  + foreign
                  + " deliver no module of this program; choose among its courses"));
    }
    Optional<ProgramCompletionRules> found = rules.find(programId);
    if (found.isPresent()) {
      found.get().change(valid, clock.instant());
      return found.get().settings();
    }
    return rules.store(new ProgramCompletionRules(programId, valid, clock.instant())).settings();
  }

  /** A page of the program's certificates, newest first. */
  public ProgramPage certificates(UniversityScope scope, long programId, int offset) {
    courses.program(scope, programId);
    int from = Math.max(0, offset);
    return new ProgramPage(
        certificates.findAllOfProgram(programId, from, PAGE),
        certificates.countOfProgram(programId),
        from);
  }

  /** The learners Kenes has seen in any of the program's courses, to issue to by hand. */
  public List<Learner> learners(UniversityScope scope, long programId) {
    EducationalProgram program = courses.program(scope, programId);
    seen.flush();
    return certificates.learnersOf(
        courses.of(program, null).stream().map(Course::contextRef).toList(), 500);
  }

  /**
   * Issues the program's certificate to a learner identity seen in one of its courses, rules or
   * not, with a reason.
   *
   * @param actor the administrator's user ref; null for the admin token
   * @throws NotFound {@code certificate-learner-unknown} for a learner not seen in its courses
   * @throws Conflict {@code certificate-exists} when the learner holds a valid one
   */
  @Transactional
  public Certificate issueByAdmin(
      UniversityScope scope, Long actor, long programId, long userRef, String reason) {
    EducationalProgram program = courses.program(scope, programId);
    if (learners(scope, programId).stream().noneMatch(l -> l.userRef() == userRef)) {
      throw new NotFound(
          "certificate-learner-unknown",
          "no learner " + userRef + " is known in the courses of this program");
    }
    if (certificates.findActiveOfProgram(programId, userRef).isPresent()) {
      throw new Conflict(
          "certificate-exists", "the learner has a valid certificate of this program already");
    }
    return issue(program, settingsOf(programId), userRef, IssuedBy.STAFF, actor, reason);
  }

  /**
   * Revokes a certificate of the program with a reason.
   *
   * @throws NotFound {@code certificate-unknown} when the number is not one of this program's
   */
  @Transactional
  public Certificate revoke(
      UniversityScope scope, Long actor, long programId, String number, String reason) {
    courses.program(scope, programId);
    Certificate certificate =
        CertificateNumber.parse(number)
            .flatMap(certificates::findByNumber)
            .filter(c -> c.programId().filter(p -> p == programId).isPresent())
            .orElseThrow(() -> new NotFound("certificate-unknown", "no such certificate"));
    Instant now = clock.instant();
    certificate.revoke(reason, actor, now);
    certificates.audit(
        new AuditEntry(certificate.id(), "revoked", actor, certificate.revokeReason().get(), now));
    return certificate;
  }

  /**
   * After a certificate of the course was issued to the learner: issues each certificate of a
   * program the course delivers whose rules ask Kenes to and hold, in a transaction of its own.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Certificate> issueAfterCourseCertificate(long contextRef, long userRef) {
    List<Certificate> issued = new ArrayList<>();
    for (long programId : courses.programsOf(contextRef)) {
      issueIfComplete(programId, userRef).ifPresent(issued::add);
    }
    return issued;
  }

  /**
   * Issues the program's certificate to the learner identity when the program's rules ask Kenes to,
   * hold, and the learner has no valid one yet; else nothing.
   */
  @Transactional
  public Optional<Certificate> issueIfComplete(long programId, long userRef) {
    Optional<ProgramCompletionRules> found = rules.find(programId);
    if (found.isEmpty()
        || !found.get().autoIssue()
        || certificates.findActiveOfProgram(programId, userRef).isPresent()) {
      return Optional.empty();
    }
    ProgramRuleSettings settings = found.get().settings();
    EducationalProgram program = courses.program(programId);
    if (!progress(program, settings, userRef).complete()) {
      return Optional.empty();
    }
    return Optional.of(issue(program, settings, userRef, IssuedBy.RULES, null, null));
  }

  /** The learner identity's progress against the program's rules. */
  Progress progress(EducationalProgram program, ProgramRuleSettings settings, long userRef) {
    boolean withPercent = settings.minPercent() != null && settings.minPercent() > 0;
    return ProgramCompletionRules.evaluate(
        settings, courses.standing(courses.of(program, null), userRef, withPercent));
  }

  ProgramRuleSettings settingsOf(long programId) {
    return rules
        .find(programId)
        .map(ProgramCompletionRules::settings)
        .orElse(ProgramRuleSettings.none());
  }

  private Certificate issue(
      EducationalProgram program,
      ProgramRuleSettings settings,
      long userRef,
      IssuedBy by,
      Long actor,
      String reason) {
    List<Course> all = courses.of(program, userRef);
    List<Course> listed =
        settings.requiredCourses().isEmpty()
            ? all
            : all.stream()
                .filter(c -> settings.requiredCourses().contains(c.contextRef()))
                .toList();
    String name = all.isEmpty() ? "" : courses.learnerName(userRef, all.get(0).contextRef());
    String programTitle = program.name() + " (" + program.code() + ")";
    Content content =
        new Content(
            name,
            programTitle,
            settings.title().isBlank() ? program.name() : settings.title(),
            settings.hours(),
            settings.credits(),
            settings.competencies().isEmpty()
                ? courses.competencies(program)
                : settings.competencies(),
            listed.stream().map(Course::line).toList());
    long programId = program.id();
    return issuing.store(
        (number, index, now) ->
            Certificate.issueForProgram(
                number, index, programId, userRef, content, by, actor, reason, now),
        actor);
  }
}
