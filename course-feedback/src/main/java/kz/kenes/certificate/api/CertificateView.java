package kz.kenes.certificate.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import kz.kenes.certificate.domain.Certificate;
import kz.kenes.certificate.domain.Certificate.Content;

/** A certificate as the API shows it to its learner and the course's staff. */
public record CertificateView(
    String number,
    String learnerName,
    String title,
    String courseTitle,
    Instant issuedAt,
    String issuedBy,
    Integer hours,
    BigDecimal credits,
    List<String> competencies,
    boolean revoked,
    Instant revokedAt,
    String revokeReason,
    String verificationUrl) {

  static CertificateView of(Certificate c, String verificationUrl) {
    Content content = c.content();
    return new CertificateView(
        c.number().value(),
        content.learnerName(),
        content.title(),
        content.courseTitle(),
        c.issuedAt(),
        c.issuedBy().name().toLowerCase(java.util.Locale.ROOT),
        content.hours(),
        content.credits(),
        content.competencies(),
        c.revoked(),
        c.revokedAt().orElse(null),
        c.revokeReason().orElse(null),
        verificationUrl);
  }
}
