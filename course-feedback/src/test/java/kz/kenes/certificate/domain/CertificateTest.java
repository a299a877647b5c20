package kz.kenes.certificate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import kz.kenes.certificate.domain.Certificate.Content;
import kz.kenes.certificate.domain.Certificate.IssuedBy;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;
import org.junit.jupiter.api.Test;

class CertificateTest {

  private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
  private static final Content CONTENT =
      new Content("Әлия Нұрланқызы", "AGR-101", "Агрономия", 72, null, List.of("Soil maps"));

  private static Certificate issued(IssuedBy by, String reason) {
    return Certificate.issue(
        new CertificateNumber("7K3M-Q9XD-2PWA-H4TZ"), 17, 5, 9, CONTENT, by, 3L, reason, NOW);
  }

  @Test
  void staffIssueNeedsAReason() {
    assertThatThrownBy(() -> issued(IssuedBy.STAFF, " "))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("reason");
    assertThat(issued(IssuedBy.STAFF, "completed offline").issueReason())
        .contains("completed offline");
    assertThat(issued(IssuedBy.RULES, null).issueReason()).isEmpty();
  }

  @Test
  void revokingKeepsTheDateAndReasonAndFreesTheLearnersSlot() {
    Certificate c = issued(IssuedBy.RULES, null);
    c.revoke("  plagiarism ", 3L, NOW.plusSeconds(60));
    assertThat(c.revoked()).isTrue();
    assertThat(c.revokedAt()).contains(NOW.plusSeconds(60));
    assertThat(c.revokeReason()).contains("plagiarism");
    assertThat(c.content()).isEqualTo(CONTENT);
  }

  @Test
  void revokingTwiceIsAConflictAndABlankReasonIsRefused() {
    Certificate c = issued(IssuedBy.RULES, null);
    assertThatThrownBy(() -> c.revoke("", 3L, NOW)).isInstanceOf(InvalidInput.class);
    c.revoke("mistake", 3L, NOW);
    assertThatThrownBy(() -> c.revoke("again", 3L, NOW))
        .isInstanceOfSatisfying(
            Conflict.class, e -> assertThat(e.reason()).isEqualTo("certificate-revoked"));
  }

  @Test
  void aProgramCertificateHasNoCourseAndKeepsOneValidPerLearnerAndProgram() {
    Content content =
        new Content(
            "Әлия Нұрланқызы",
            "Agronomy (AGR-B)",
            "Agronomy",
            240,
            null,
            List.of("Soil maps"),
            List.of("Soil science: Soils", "Water: Irrigation"));
    Certificate c =
        Certificate.issueForProgram(
            new CertificateNumber("7K3M-Q9XD-2PWA-H4TZ"),
            18,
            44,
            9,
            content,
            IssuedBy.RULES,
            null,
            null,
            NOW);
    assertThat(c.scope()).isEqualTo(Certificate.Scope.PROGRAM);
    assertThat(c.programId()).contains(44L);
    assertThat(c.ofCourse(0)).isFalse();
    assertThatThrownBy(c::contextRef).isInstanceOf(IllegalStateException.class);
    assertThat(c.content()).isEqualTo(content);
    assertThat(Certificate.programActiveKey(44, 9)).isNotEqualTo(Certificate.activeKey(44, 9));
    assertThat(issued(IssuedBy.RULES, null).scope()).isEqualTo(Certificate.Scope.COURSE);
    assertThat(issued(IssuedBy.RULES, null).ofCourse(5)).isTrue();
  }
}
