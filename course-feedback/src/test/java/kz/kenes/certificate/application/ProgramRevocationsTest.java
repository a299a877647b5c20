package kz.kenes.certificate.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.OptionalDouble;
import kz.kenes.certificate.domain.Certificate;
import kz.kenes.certificate.domain.Certificate.Content;
import kz.kenes.certificate.domain.Certificate.IssuedBy;
import kz.kenes.certificate.domain.CertificateNumber;
import kz.kenes.certificate.domain.CertificateRepository.AuditEntry;
import kz.kenes.certificate.domain.ProgramCompletionRules;
import kz.kenes.certificate.domain.ProgramRuleSettings;
import kz.kenes.certificate.domain.ProgramStanding;
import kz.kenes.certificate.domain.ProgramStanding.CourseResult;
import kz.kenes.program.domain.EducationalProgram;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A course certificate's revocation takes the program certificates that relied on it, unless the
 * program's rules still hold without it (docs/certificates.md, "When a course certificate is
 * revoked").
 */
class ProgramRevocationsTest {

  private static final Instant ISSUED = Instant.parse("2026-12-01T10:00:00Z");
  private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
  private static final long PROGRAM = 7;
  private static final long SOILS = 11;
  private static final long WATER = 12;
  private static final long LEARNER = 42;

  private FakeCertificates store;
  private final FakeRules.Programs rules = new FakeRules.Programs();
  private ProgramRevocations revocations;

  @BeforeEach
  void setUp() {
    store = new FakeCertificates(new BitSet());
    revocations = new ProgramRevocations();
    revocations.certificates = store;
    revocations.rules = rules;
    revocations.courses =
        new ProgramCourses() {
          @Override
          public List<Long> programsOf(long contextRef) {
            return List.of(PROGRAM);
          }

          @Override
          public EducationalProgram program(long programId) {
            return null;
          }

          @Override
          public List<Course> of(EducationalProgram program, Long viewer) {
            return List.of(
                new Course(SOILS, "Soils 2026", List.of("Soils")),
                new Course(WATER, "Irrigation 2026", List.of("Irrigation")));
          }

          @Override
          public ProgramStanding standing(List<Course> courses, long userRef, boolean percent) {
            return new ProgramStanding(
                courses.stream()
                    .map(
                        c ->
                            new CourseResult(
                                c.contextRef(),
                                store.findActive(c.contextRef(), userRef).isPresent(),
                                OptionalDouble.empty()))
                    .toList());
          }
        };
  }

  private void requiring(List<Long> courses) {
    rules.store(
        new ProgramCompletionRules(
            PROGRAM,
            new ProgramRuleSettings(courses, null, true, "", null, null, List.of()),
            ISSUED));
  }

  private Certificate course(long course, String number, Instant at) {
    Certificate c =
        Certificate.issue(
            new CertificateNumber(number),
            store.stored.size(),
            course,
            LEARNER,
            new Content("Әлия", "c" + course, "t", null, null, List.of()),
            IssuedBy.RULES,
            null,
            null,
            at);
    return store.store(c, new AuditEntry(0, "issued", null, null, at));
  }

  private Certificate program(Instant at) {
    Certificate c =
        Certificate.issueForProgram(
            new CertificateNumber("PPPP-PPPP-PPPP-PPPP"),
            99,
            PROGRAM,
            LEARNER,
            new Content("Әлия", "Agronomy", "Agronomy", null, null, List.of(), List.of()),
            IssuedBy.RULES,
            null,
            null,
            at);
    return store.store(c, new AuditEntry(0, "issued", null, null, at));
  }

  /** What the course's staff do: revoke it, then tell (as {@link Certificates#revoke} does). */
  private List<Certificate> revoke(Certificate course) {
    course.revoke("issued in error", 5L, NOW);
    return revocations.revokeRelying(
        new CourseCertificateRevoked(
            course.contextRef(), LEARNER, course.number().value(), course.issuedAt(), NOW));
  }

  @Test
  void aProgramCertificateThatReliedOnTheCourseCertificateIsRevokedWithIt() {
    requiring(List.of());
    course(SOILS, "SSSS-SSSS-SSSS-SSSS", ISSUED);
    Certificate water = course(WATER, "WWWW-WWWW-WWWW-WWWW", ISSUED);
    Certificate program = program(ISSUED.plusSeconds(1));

    assertThat(revoke(water)).containsExactly(program);

    assertThat(program.revoked()).isTrue();
    assertThat(program.revokedAt()).contains(NOW);
    assertThat(program.revokeReason().orElseThrow())
        .contains("WWWW-WWWW-WWWW-WWWW", "Irrigation 2026", "relied on");
    assertThat(store.auditOf(program.id()))
        .containsExactly(
            new AuditEntry(program.id(), "issued", null, null, ISSUED.plusSeconds(1)),
            new AuditEntry(program.id(), "revoked", null, program.revokeReason().get(), NOW));
  }

  @Test
  void aProgramCertificateWhoseRulesStillHoldWithoutTheCourseStays() {
    requiring(List.of(SOILS));
    course(SOILS, "SSSS-SSSS-SSSS-SSSS", ISSUED);
    Certificate water = course(WATER, "WWWW-WWWW-WWWW-WWWW", ISSUED);
    Certificate program = program(ISSUED.plusSeconds(1));

    assertThat(revoke(water)).isEmpty();
    assertThat(program.revoked()).isFalse();
    assertThat(store.auditOf(program.id()))
        .extracting(AuditEntry::action)
        .containsExactly("issued");
  }

  @Test
  void aCourseCertificateIssuedAfterTheProgramCertificateWasNotReliedOn() {
    requiring(List.of());
    Certificate program = program(ISSUED);
    Certificate later = course(SOILS, "SSSS-SSSS-SSSS-SSSS", ISSUED.plusSeconds(60));

    assertThat(revoke(later)).isEmpty();
    assertThat(program.revoked()).isFalse();
  }

  @Test
  void aRevokedProgramCertificateIsLeftAlone() {
    requiring(List.of());
    Certificate soils = course(SOILS, "SSSS-SSSS-SSSS-SSSS", ISSUED);
    Certificate program = program(ISSUED.plusSeconds(1));
    program.revoke("by the administrators", 1L, ISSUED.plusSeconds(2));

    assertThat(revoke(soils)).isEmpty();
    assertThat(program.revokeReason()).contains("by the administrators");
  }
}
