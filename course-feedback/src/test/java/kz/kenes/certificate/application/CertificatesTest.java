package kz.kenes.certificate.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.kenes.certificate.domain.Certificate;
import kz.kenes.certificate.domain.RuleSettings;
import kz.kenes.certificate.domain.Standing;
import kz.kenes.identity.domain.CallerProfile;
import kz.kenes.identity.domain.CallerProfiles;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.activity.QuizOutcomes.CourseQuiz;
import kz.kenes.platform.activity.QuizOutcomes.Outcome;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.platform.domain.NotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issuing and revoking, with the quiz and survey contexts faked (no container). */
class CertificatesTest {

  static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
  static final long COURSE = 5;
  static final long OTHER_COURSE = 6;
  static final long LEARNER = 9;

  private final Map<String, Outcome> outcomes = new HashMap<>();
  private final Set<Long> answered = new HashSet<>();
  private FakeCertificates store;
  private Certificates certificates;
  private final RecordingEvent<CourseCertificateIssued> issuedEvents = new RecordingEvent<>();
  private final RecordingEvent<CourseCertificateRevoked> revokedEvents = new RecordingEvent<>();

  @BeforeEach
  void setUp() {
    store = new FakeCertificates(new BitSet());
    certificates = new Certificates();
    certificates.certificates = store;
    certificates.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    certificates.issued = issuedEvents;
    certificates.revocations = revokedEvents;
    certificates.profiles = profiles();
    certificates.seen = new SeenLearners();
    certificates.seen.certificates = store;
    certificates.seen.clock = certificates.clock;
    certificates.standings =
        new Standings() {
          @Override
          public Standing of(long contextRef, long userRef, RuleSettings settings) {
            return new Standing(
                List.of(new CourseQuiz("quiz:1", "Soils")),
                Map.copyOf(outcomes),
                Set.copyOf(answered));
          }
        };
    CertificateRules editing = new CertificateRules();
    editing.clock = certificates.clock;
    editing.repository = new FakeRules.Courses();
    editing.standings = certificates.standings;
    certificates.rules = editing;
  }

  static CallerProfiles profiles() {
    return profiles(false);
  }

  /** Profiles of learners named "Әлия <id>"; {@code firstLaunch} as a launch hands them off. */
  static CallerProfiles profiles(boolean firstLaunch) {
    return new CallerProfiles() {
      @Override
      public CallerProfile of(KenesSession session) {
        return of(session.userRef(), session.contextRef());
      }

      @Override
      public CallerProfile of(long userRef, long contextRef) {
        return new CallerProfile(
            Optional.of(
                new CallerProfile.Person("sub-" + userRef, "Әлия " + userRef, null, firstLaunch)),
            Optional.of(
                new CallerProfile.Course(contextRef, "c" + contextRef, "AGR-101", "Агрономия")),
            Optional.empty());
      }
    };
  }

  static KenesSession session(KenesRole role, long course, long user) {
    return new KenesSession(
        1,
        KenesSession.Kind.LTI,
        1L,
        "d",
        course,
        2L,
        user,
        List.of(),
        role,
        1L,
        false,
        "kk",
        "csrf",
        NOW.plusSeconds(3600),
        null);
  }

  private void setRules(boolean autoIssue) {
    certificates.rules.change(
        session(KenesRole.INSTRUCTOR, COURSE, 1),
        new RuleSettings(
            List.of("quiz:1"), null, List.of(12L), autoIssue, "", 72, null, List.of("Soil maps")));
  }

  @Test
  void issuesByTheRulesOnceTheyHoldAndOnlyOnce() {
    setRules(true);
    assertThat(certificates.issueIfComplete(COURSE, LEARNER)).isEmpty();
    outcomes.put("quiz:1", new Outcome("quiz:1", 80, true, NOW));
    assertThat(certificates.issueIfComplete(COURSE, LEARNER)).isEmpty();
    answered.add(12L);
    Certificate issued = certificates.issueIfComplete(COURSE, LEARNER).orElseThrow();
    assertThat(issued.content().learnerName()).isEqualTo("Әлия 9");
    assertThat(issued.content().title()).isEqualTo("Агрономия");
    assertThat(issued.content().hours()).isEqualTo(72);
    assertThat(issued.issuedBy()).isEqualTo(Certificate.IssuedBy.RULES);
    assertThat(certificates.issueIfComplete(COURSE, LEARNER)).isEmpty();
    assertThat(store.stored).hasSize(1);
    assertThat(store.audit).extracting(a -> a.action()).containsExactly("issued");
    // the programs the course delivers check their rules for this learner (ProgramAutoIssuance)
    assertThat(issuedEvents.fired).containsExactly(new CourseCertificateIssued(COURSE, LEARNER));
  }

  @Test
  void rulesThatDoNotAskForAutomaticIssueNeverIssue() {
    setRules(false);
    outcomes.put("quiz:1", new Outcome("quiz:1", 80, true, NOW));
    answered.add(12L);
    assertThat(certificates.issueIfComplete(COURSE, LEARNER)).isEmpty();
    Certificates.LearnerView view =
        certificates.learnerView(session(KenesRole.LEARNER, COURSE, LEARNER));
    assertThat(view.progress().complete()).isTrue();
    assertThat(view.certificates()).isEmpty();
    assertThat(store.learners).extracting(l -> l.complete()).containsExactly(true);
  }

  @Test
  void theLearnersViewIssuesACompletionWhoseEventWasMissed() {
    setRules(true);
    outcomes.put("quiz:1", new Outcome("quiz:1", 80, true, NOW));
    answered.add(12L);
    Certificates.LearnerView view =
        certificates.learnerView(session(KenesRole.LEARNER, COURSE, LEARNER));
    assertThat(view.certificates()).hasSize(1);
  }

  @Test
  void aLearnersFirstLaunchReadsNoCertificatesUnlessTheViewIssuesOne() {
    KenesSession staff = session(KenesRole.INSTRUCTOR, COURSE, 1);
    KenesSession learner = session(KenesRole.LEARNER, COURSE, LEARNER);
    certificates.learnerView(learner);
    certificates.issueByStaff(staff, LEARNER, "offline exam");
    certificates.profiles = profiles(true);

    assertThat(certificates.learnerView(learner).certificates())
        .as("a first launch's landing page (ADR 0038) does not read them")
        .isEmpty();

    setRules(true);
    outcomes.put("quiz:1", new Outcome("quiz:1", 80, true, NOW));
    answered.add(12L);
    assertThat(certificates.learnerView(learner).certificates())
        .as("rules that issue in this view")
        .hasSize(1);
  }

  @Test
  void staffIssueToASeenLearnerWithAReasonAndNotTwice() {
    KenesSession staff = session(KenesRole.INSTRUCTOR, COURSE, 1);
    assertThatThrownBy(() -> certificates.issueByStaff(staff, LEARNER, "offline exam"))
        .isInstanceOf(NotFound.class);
    certificates.learnerView(session(KenesRole.LEARNER, COURSE, LEARNER));
    Certificate issued = certificates.issueByStaff(staff, LEARNER, "offline exam");
    assertThat(issued.issueReason()).contains("offline exam");
    assertThat(store.audit.get(0).actorRef()).isEqualTo(1L);
    assertThatThrownBy(() -> certificates.issueByStaff(staff, LEARNER, "again"))
        .isInstanceOfSatisfying(
            Conflict.class, e -> assertThat(e.reason()).isEqualTo("certificate-exists"));
  }

  @Test
  void revokedCertificatesMayBeIssuedAgain() {
    KenesSession staff = session(KenesRole.INSTRUCTOR, COURSE, 1);
    certificates.learnerView(session(KenesRole.LEARNER, COURSE, LEARNER));
    Certificate first = certificates.issueByStaff(staff, LEARNER, "offline exam");
    certificates.revoke(staff, first.number().value(), "wrong learner");
    assertThat(store.audit).extracting(a -> a.action()).containsExactly("issued", "revoked");
    assertThat(revokedEvents.fired)
        .containsExactly(
            new CourseCertificateRevoked(
                COURSE, LEARNER, first.number().value(), first.issuedAt(), NOW));
    assertThat(certificates.issueByStaff(staff, LEARNER, "right this time").revoked()).isFalse();
  }

  @Test
  void nothingCrossesCourses() {
    KenesSession staff = session(KenesRole.INSTRUCTOR, COURSE, 1);
    certificates.learnerView(session(KenesRole.LEARNER, COURSE, LEARNER));
    String number = certificates.issueByStaff(staff, LEARNER, "offline exam").number().value();
    KenesSession otherStaff = session(KenesRole.INSTRUCTOR, OTHER_COURSE, 2);
    assertThatThrownBy(() -> certificates.revoke(otherStaff, number, "x"))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> certificates.downloadable(otherStaff, number))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> certificates.downloadable(session(KenesRole.LEARNER, COURSE, 10), number))
        .isInstanceOf(NotFound.class);
    assertThat(
            certificates
                .downloadable(session(KenesRole.LEARNER, COURSE, LEARNER), number)
                .userRef())
        .isEqualTo(LEARNER);
    assertThat(certificates.downloadable(staff, number).userRef()).isEqualTo(LEARNER);
  }

  @Test
  void learnersNeverManage() {
    KenesSession learner = session(KenesRole.LEARNER, COURSE, LEARNER);
    assertThatThrownBy(() -> certificates.courseCertificates(learner, 0))
        .isInstanceOf(NotAllowed.class);
    assertThatThrownBy(() -> certificates.issueByStaff(learner, LEARNER, "me"))
        .isInstanceOf(NotAllowed.class);
    assertThatThrownBy(() -> certificates.rules.editing(learner)).isInstanceOf(NotAllowed.class);
  }

  @Test
  void verificationReadsNumbersLenientlyAndUnknownIsEmpty() {
    KenesSession staff = session(KenesRole.INSTRUCTOR, COURSE, 1);
    certificates.learnerView(session(KenesRole.LEARNER, COURSE, LEARNER));
    String number = certificates.issueByStaff(staff, LEARNER, "offline exam").number().value();
    assertThat(certificates.verify(number.toLowerCase().replace("-", ""))).isPresent();
    assertThat(certificates.verify("0000-0000-0000-0000")).isEmpty();
    assertThat(certificates.verify("<script>")).isEmpty();
  }
}
