package kz.kenes.certificate.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import kz.kenes.certificate.domain.Certificate;
import kz.kenes.certificate.domain.Certificate.Content;

/**
 * A certificate as the API shows it to its learner and the course's staff (or the program's
 * administrators): {@code scope} is {@code course} or {@code program}; a program certificate has
 * its {@code programId} and lists the courses it was issued for ({@code programCourses}).
 */
public record CertificateView(
    String number,
    String scope,
    Long programId,
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
    String verificationUrl,
    List<String> programCourses) {

  static CertificateView of(Certificate c, String verificationUrl) {
    Content content = c.content();
    return new CertificateView(
        c.number().value(),
        c.scope().name().toLowerCase(java.util.Locale.ROOT),
        c.programId().orElse(null),
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
        verificationUrl,
        content.programCourses());
  }
}
