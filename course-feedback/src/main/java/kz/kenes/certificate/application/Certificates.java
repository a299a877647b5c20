package kz.kenes.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.kenes.certificate.domain.Certificate;
import kz.kenes.certificate.domain.Certificate.Content;
import kz.kenes.certificate.domain.Certificate.IssuedBy;
import kz.kenes.certificate.domain.CertificateNumber;
import kz.kenes.certificate.domain.CertificateRepository;
import kz.kenes.certificate.domain.CertificateRepository.AuditEntry;
import kz.kenes.certificate.domain.CertificateRepository.Learner;
import kz.kenes.certificate.domain.CompletionRules;
import kz.kenes.certificate.domain.Progress;
import kz.kenes.certificate.domain.RuleSettings;
import kz.kenes.certificate.domain.Standing;
import kz.kenes.identity.domain.CallerProfile;
import kz.kenes.identity.domain.CallerProfiles;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.program.domain.ProgramOwners;

/**
 * Issuing and revoking certificates, and what learners and staff see of them. A learner's
 * certificate is issued by the rules ({@link #issueIfComplete}: when the course's rules say so and
 * they hold) or by staff with a reason ({@link #issueByStaff}); staff revoke with a reason ({@link
 * #revoke}). Every issue and revocation is written to the certificate's audit trail.
 */
@ApplicationScoped
public class Certificates {

  /** The size of the revocation status list, in bits (the minimum the Bitstring list asks). */
  public static final int STATUS_LIST_SIZE = 131_072;

  /** A page of a course's certificates. */
  public static final int PAGE = 25;

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject CertificateRepository certificates;
  @Inject CertificateRules rules;
  @Inject Standings standings;
  @Inject CallerProfiles profiles;
  @Inject Clock clock;
  @Inject SeenLearners seen;
  @Inject ProgramOwners programOwners;
  @Inject Event<CourseCertificateIssued> issued;
  @Inject Event<CourseCertificateRevoked> revocations;

  /** A learner's view: the rules' progress (empty without rules) and their certificates. */
  public record LearnerView(
      boolean hasRules, boolean autoIssue, Progress progress, List<Certificate> certificates) {}

  /** A page of a course's certificates. */
  public record CoursePage(List<Certificate> certificates, long total, int offset) {}

  /** The course of a staff session (its instructors and administrators), or {@code NotAllowed}. */
  public long staffCourse(KenesSession session) {
    return CertificateCallers.requireStaff(session);
  }

  /** Whether the session is a learner's launched from a course (who has certificates there). */
  public boolean isLearner(KenesSession session) {
    return CertificateCallers.isLearner(session);
  }

  /**
   * The learner's progress in the course of their session and their certificates; notes the learner
   * for the staff's list, and issues the certificate when the rules hold and say so (a completion
   * whose event was missed is caught here).
   */
  @Transactional
  public LearnerView learnerView(KenesSession session) {
    CertificateCallers.requireLearner(session);
    long course = session.contextRef();
    long user = session.userRef();
    RuleSettings settings = rules.shownSettings(course).orElse(RuleSettings.none());
    // without rules there is nothing to stand against: no quiz or survey is asked
    Standing standing =
        settings.hasRules()
            ? standings.of(course, user, settings)
            : new Standing(List.of(), Map.of(), Set.of());
    Progress progress = CompletionRules.evaluate(settings, standing);
    CallerProfile profile = profiles.of(session);
    seen.note(course, user, learnerName(profile), progress.complete());
    if (settings.autoIssue() && progress.complete()) {
      checkAndIssue(course, user);
    }
    // a learner whose first launch this is holds no certificate yet: nothing to read (ADR 0038)
    boolean none =
        profile.person().map(CallerProfile.Person::firstLaunch).orElse(false)
            && !(settings.autoIssue() && progress.complete());
    return new LearnerView(
        settings.hasRules(),
        settings.autoIssue(),
        progress,
        none ? List.of() : certificates.findAllOf(course, user));
  }

  /**
   * Issues the learner's certificate of the course when the course's rules ask Kenes to, hold, and
   * the learner has no valid certificate yet; else nothing.
   */
  @Transactional
  public Optional<Certificate> issueIfComplete(long contextRef, long userRef) {
    return checkAndIssue(contextRef, userRef);
  }

  /** {@link #issueIfComplete} in a transaction of its own, for an event after a commit. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Certificate> issueAfterEvent(long contextRef, long userRef) {
    return checkAndIssue(contextRef, userRef);
  }

  private Optional<Certificate> checkAndIssue(long contextRef, long userRef) {
    Optional<CompletionRules> found = rules.find(contextRef);
    if (found.isEmpty() || !found.get().autoIssue()) {
      return Optional.empty();
    }
    if (certificates.findActive(contextRef, userRef).isPresent()) {
      return Optional.empty();
    }
    RuleSettings settings = found.get().settings();
    Progress progress =
        CompletionRules.evaluate(settings, standings.of(contextRef, userRef, settings));
    CallerProfile profile = profiles.of(userRef, contextRef);
    seen.note(contextRef, userRef, learnerName(profile), progress.complete());
    if (!progress.complete()) {
      return Optional.empty();
    }
    return Optional.of(issue(contextRef, userRef, profile, settings, IssuedBy.RULES, null, null));
  }

  /**
   * Issues a certificate to a learner of the staff member's course, rules or not, with a reason.
   *
   * @throws NotFound when the learner is not one Kenes has seen in the course
   * @throws Conflict {@code certificate-exists} when the learner has a valid certificate
   */
  @Transactional
  public Certificate issueByStaff(KenesSession staff, long userRef, String reason) {
    long course = CertificateCallers.requireStaff(staff);
    seen.flush();
    if (certificates.learnersOf(course, 0, Integer.MAX_VALUE).stream()
        .noneMatch(l -> l.userRef() == userRef)) {
      throw new NotFound(
          "certificate-learner-unknown", "no learner " + userRef + " is known in this course");
    }
    if (certificates.findActive(course, userRef).isPresent()) {
      throw new Conflict(
          "certificate-exists", "the learner has a valid certificate of this course already");
    }
    RuleSettings settings =
        rules.find(course).map(CompletionRules::settings).orElse(RuleSettings.none());
    return issue(
        course,
        userRef,
        profiles.of(userRef, course),
        settings,
        IssuedBy.STAFF,
        staff.userRef(),
        reason);
  }

  /**
   * Revokes a certificate of the staff member's course with a reason, and in the same transaction
   * the program certificates that relied on it whose rules no longer hold ({@link
   * ProgramRevocations}).
   *
   * @throws NotFound when the number is not a certificate of this course
   */
  @Transactional
  public Certificate revoke(KenesSession staff, String number, String reason) {
    long course = CertificateCallers.requireStaff(staff);
    Certificate certificate = ofCourse(course, number);
    Instant now = clock.instant();
    certificate.revoke(reason, staff.userRef(), now);
    certificates.audit(
        new AuditEntry(
            certificate.id(), "revoked", staff.userRef(), certificate.revokeReason().get(), now));
    revocations.fire(
        new CourseCertificateRevoked(
            course,
            certificate.userRef(),
            certificate.number().value(),
            certificate.issuedAt(),
            now));
    return certificate;
  }

  /** A page of the staff member's course's certificates, newest first. */
  public CoursePage courseCertificates(KenesSession staff, int offset) {
    long course = CertificateCallers.requireStaff(staff);
    int from = Math.max(0, offset);
    return new CoursePage(
        certificates.findAllOf(course, from, PAGE), certificates.countOf(course), from);
  }

  /** The learners of the staff member's course Kenes has seen, for issuing by hand. */
  public List<Learner> learners(KenesSession staff) {
    long course = CertificateCallers.requireStaff(staff);
    seen.flush();
    return certificates.learnersOf(course, 0, 500);
  }

  /** A certificate's audit trail, for the staff of its course. */
  public List<AuditEntry> audit(KenesSession staff, String number) {
    long course = CertificateCallers.requireStaff(staff);
    return certificates.auditOf(ofCourse(course, number).id());
  }

  /**
   * A certificate the caller may download: the learner's own, or any of the staff member's course;
   * a program certificate: the learner identity's own (launched from any course), or any of a
   * program an administrator's university owns.
   *
   * @throws NotFound otherwise, so that no one learns which numbers exist
   */
  public Certificate downloadable(KenesSession session, String number) {
    Certificate certificate = find(number);
    if (certificate.scope() == Certificate.Scope.PROGRAM) {
      return programDownloadable(session, certificate);
    }
    boolean own =
        CertificateCallers.isLearner(session)
            && certificate.ofCourse(session.contextRef())
            && certificate.userRef() == session.userRef();
    if (own) {
      return certificate;
    }
    if (CertificateCallers.isLearner(session)) {
      throw unknown();
    }
    return ofCourse(CertificateCallers.requireStaff(session), number);
  }

  private Certificate programDownloadable(KenesSession session, Certificate certificate) {
    boolean own =
        CertificateCallers.isLearner(session) && certificate.userRef() == session.userRef();
    boolean administers =
        session.isAdmin()
            && programOwners
                .universityOf(certificate.programId().orElseThrow())
                .filter(u -> session.scope().reaches(u))
                .isPresent();
    if (own || administers) {
      return certificate;
    }
    throw unknown();
  }

  /** The certificate of a number, for the public verification; empty for an unknown number. */
  public Optional<Certificate> verify(String number) {
    return CertificateNumber.parse(number).flatMap(certificates::findByNumber);
  }

  private Certificate ofCourse(long course, String number) {
    Certificate certificate = find(number);
    if (!certificate.ofCourse(course)) {
      throw unknown();
    }
    return certificate;
  }

  private Certificate find(String number) {
    return verify(number).orElseThrow(Certificates::unknown);
  }

  private static NotFound unknown() {
    return new NotFound("certificate-unknown", "no such certificate");
  }

  private Certificate issue(
      long course,
      long user,
      CallerProfile profile,
      RuleSettings settings,
      IssuedBy by,
      Long issuer,
      String reason) {
    String courseTitle = profile.course().map(CallerProfile.Course::shownTitle).orElse("");
    String title = settings.title().isBlank() ? courseTitle : settings.title();
    Content content =
        new Content(
            learnerName(profile),
            courseTitle == null ? "" : courseTitle,
            title == null ? "" : title,
            settings.hours(),
            settings.credits(),
            settings.competencies());
    Certificate certificate =
        store(
            (number, index, now) ->
                Certificate.issue(number, index, course, user, content, by, issuer, reason, now),
            issuer);
    issued.fire(new CourseCertificateIssued(course, user));
    return certificate;
  }

  /** Makes a certificate from a fresh number and status list position, at an instant. */
  interface Making {
    Certificate make(CertificateNumber number, int statusIndex, Instant now);
  }

  /**
   * Stores a new certificate, course's or program's, with a fresh unguessable number and a free
   * position in the status list, and its "issued" audit entry.
   */
  Certificate store(Making making, Long issuer) {
    Instant now = clock.instant();
    Certificate certificate = making.make(CertificateNumber.random(RANDOM), freeStatusIndex(), now);
    return certificates.store(
        certificate,
        new AuditEntry(0, "issued", issuer, certificate.issueReason().orElse(null), now));
  }

  private int freeStatusIndex() {
    for (int i = 0; i < 64; i++) {
      int index = RANDOM.nextInt(STATUS_LIST_SIZE);
      if (!certificates.statusIndexTaken(index)) {
        return index;
      }
    }
    throw new Conflict("status-list-full", "the revocation status list has no free position");
  }

  static String learnerName(CallerProfile profile) {
    return profile
        .person()
        .map(CallerProfile.Person::displayName)
        .filter(n -> n != null && !n.isBlank())
        .orElse("");
  }
}
