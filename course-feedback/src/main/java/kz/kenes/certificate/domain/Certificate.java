package kz.kenes.certificate.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.persistence.Timestamps;

/**
 * A certificate of completion of a course, issued to one learner: what it states (learner, course,
 * title, date, hours, credits, competencies) is copied when it is issued and never changes; only
 * its revocation ({@link #revoke}, with a date and a reason) comes later. One valid certificate per
 * learner and course ({@code active_key}); a revoked one stays, verifiable as revoked, and a new
 * one may be issued beside it. Each has an unguessable {@link CertificateNumber} and a position in
 * the issuer's revocation status list ({@link #statusIndex}).
 *
 * <p>A certificate has a {@link Scope}: of a course (an LTI context) or of a whole program (all the
 * courses its rules require, docs/adr/0030); both share the numbering, the status list, the PDF,
 * the verification page and the credential. A program certificate is for one learner identity
 * ({@code user_ref}: one platform and subject) and lists the program's courses it was issued for.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

  /** Longest reason kept. */
  public static final int MAX_REASON = 1000;

  /** Who issued a certificate. */
  public enum IssuedBy {
    /** Kenes, when the completion rules held. */
    RULES,
    /** An instructor or administrator of the course. */
    STAFF
  }

  /** What a certificate certifies the completion of. */
  public enum Scope {
    /** One course (LTI context). */
    COURSE,
    /** A whole educational program: the courses its rules require. */
    PROGRAM
  }

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  private Long id;

  @Column(name = "number", nullable = false, unique = true)
  private String number;

  @Column(name = "scope", nullable = false)
  private String scope = "course";

  @Column(name = "context_ref")
  private Long contextRef;

  @Column(name = "program_id")
  private Long programId;

  @Column(name = "program_courses", nullable = false)
  private String programCourses = "";

  @Column(name = "user_ref", nullable = false)
  private long userRef;

  @Column(name = "active_key")
  private String activeKey;

  @Column(name = "learner_name", nullable = false)
  private String learnerName;

  @Column(name = "course_title", nullable = false)
  private String courseTitle;

  @Column(name = "title", nullable = false)
  private String title;

  @Column(name = "hours")
  private Integer hours;

  @Column(name = "credits")
  private BigDecimal credits;

  @Column(name = "competencies", nullable = false)
  private String competencies;

  @Column(name = "issued_at", nullable = false)
  private LocalDateTime issuedAt;

  @Column(name = "issued_by", nullable = false)
  private String issuedBy;

  @Column(name = "issuer_ref")
  private Long issuerRef;

  @Column(name = "issue_reason")
  private String issueReason;

  @Column(name = "revoked_at")
  private LocalDateTime revokedAt;

  @Column(name = "revoke_reason")
  private String revokeReason;

  @Column(name = "revoked_by")
  private Long revokedBy;

  @Column(name = "status_index", nullable = false, unique = true)
  private int statusIndex;

  protected Certificate() {}

  /**
   * What a certificate states, fixed when it is issued.
   *
   * @param courseTitle the course's title; of a program certificate, the program's code and name
   * @param programCourses of a program certificate, one line per course it was issued for (the
   *     course and the program's modules it delivers); empty for a course certificate
   */
  public record Content(
      String learnerName,
      String courseTitle,
      String title,
      Integer hours,
      BigDecimal credits,
      List<String> competencies,
      List<String> programCourses) {
    public Content {
      Objects.requireNonNull(learnerName);
      Objects.requireNonNull(courseTitle);
      Objects.requireNonNull(title);
      competencies = List.copyOf(competencies);
      programCourses = programCourses == null ? List.of() : List.copyOf(programCourses);
    }

    /** The content of a course certificate. */
    public Content(
        String learnerName,
        String courseTitle,
        String title,
        Integer hours,
        BigDecimal credits,
        List<String> competencies) {
      this(learnerName, courseTitle, title, hours, credits, competencies, List.of());
    }
  }

  /**
   * A new certificate.
   *
   * @param issuerRef the staff member's user ref when {@code by} is {@link IssuedBy#STAFF}
   * @param reason the staff member's reason; required for {@link IssuedBy#STAFF}
   */
  public static Certificate issue(
      CertificateNumber number,
      int statusIndex,
      long contextRef,
      long userRef,
      Content content,
      IssuedBy by,
      Long issuerRef,
      String reason,
      Instant now) {
    Certificate c = new Certificate();
    c.number = number.value();
    c.statusIndex = statusIndex;
    c.contextRef = contextRef;
    c.userRef = userRef;
    c.activeKey = activeKey(contextRef, userRef);
    c.learnerName = content.learnerName();
    c.courseTitle = content.courseTitle();
    c.title = content.title();
    c.hours = content.hours();
    c.credits = content.credits();
    c.competencies = String.join("\n", content.competencies());
    c.issuedAt = Timestamps.toColumn(now);
    c.issuedBy = by.name().toLowerCase(java.util.Locale.ROOT);
    c.issuerRef = issuerRef;
    c.issueReason = by == IssuedBy.STAFF ? requireReason(reason) : null;
    return c;
  }

  /**
   * A new certificate of a whole program, for one learner identity: as {@link #issue}, with the
   * program's courses listed ({@link Content#programCourses}).
   */
  public static Certificate issueForProgram(
      CertificateNumber number,
      int statusIndex,
      long programId,
      long userRef,
      Content content,
      IssuedBy by,
      Long issuerRef,
      String reason,
      Instant now) {
    Certificate c = issue(number, statusIndex, 0, userRef, content, by, issuerRef, reason, now);
    c.scope = "program";
    c.contextRef = null;
    c.programId = programId;
    c.activeKey = programActiveKey(programId, userRef);
    c.programCourses = String.join("\n", content.programCourses());
    return c;
  }

  /** The key that keeps one valid certificate per learner and course. */
  public static String activeKey(long contextRef, long userRef) {
    return contextRef + ":" + userRef;
  }

  /** The key that keeps one valid certificate per learner identity and program. */
  public static String programActiveKey(long programId, long userRef) {
    return "program:" + programId + ":" + userRef;
  }

  /**
   * Revokes this certificate: it stays verifiable as revoked, with the date and reason.
   *
   * @throws Conflict {@code certificate-revoked} when it was revoked already
   * @throws InvalidInput when the reason is blank or too long
   */
  public void revoke(String reason, Long by, Instant now) {
    String valid = requireReason(reason);
    if (revokedAt != null) {
      throw new Conflict("certificate-revoked", "certificate " + number + " is revoked already");
    }
    this.revokedAt = Timestamps.toColumn(now);
    this.revokeReason = valid;
    this.revokedBy = by;
    this.activeKey = null;
  }

  static String requireReason(String reason) {
    String text = reason == null ? "" : reason.strip();
    if (text.isEmpty() || text.length() > MAX_REASON) {
      throw new InvalidInput(
          "reason", "a reason of 1 to " + MAX_REASON + " characters is required");
    }
    return text;
  }

  public boolean revoked() {
    return revokedAt != null;
  }

  public Long id() {
    return id;
  }

  public CertificateNumber number() {
    return new CertificateNumber(number);
  }

  public Scope scope() {
    return Scope.valueOf(scope.toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * The course of a course certificate.
   *
   * @throws IllegalStateException for a program certificate, which has no one course
   */
  public long contextRef() {
    if (contextRef == null) {
      throw new IllegalStateException("certificate " + number + " is a program's, of no course");
    }
    return contextRef;
  }

  /** Whether this is a certificate of this course. */
  public boolean ofCourse(long course) {
    return contextRef != null && contextRef == course;
  }

  /** The program of a program certificate; empty for a course certificate. */
  public Optional<Long> programId() {
    return Optional.ofNullable(programId);
  }

  public long userRef() {
    return userRef;
  }

  public Content content() {
    return new Content(
        learnerName,
        courseTitle,
        title,
        hours,
        credits,
        lines(competencies),
        lines(programCourses));
  }

  private static List<String> lines(String text) {
    return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
  }

  public Instant issuedAt() {
    return Timestamps.fromColumn(issuedAt);
  }

  public IssuedBy issuedBy() {
    return IssuedBy.valueOf(issuedBy.toUpperCase(java.util.Locale.ROOT));
  }

  public Optional<String> issueReason() {
    return Optional.ofNullable(issueReason);
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt).map(Timestamps::fromColumn);
  }

  public Optional<String> revokeReason() {
    return Optional.ofNullable(revokeReason);
  }

  public int statusIndex() {
    return statusIndex;
  }
}
