package kz.kenes.certificate.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kz.kenes.certificate.domain.ProgramStanding.CourseResult;
import kz.kenes.certificate.domain.Progress.Condition;
import kz.kenes.certificate.domain.Progress.Kind;
import kz.kenes.platform.persistence.Timestamps;

/**
 * A program's completion rules and the text of its certificate: which of the program's courses the
 * learner must have completed (holds a valid certificate of), the minimum overall percentage over
 * those courses, whether Kenes issues the certificate itself when they hold ({@link #evaluate}),
 * and the title, hours, credits and competencies it states. One per educational program.
 */
@Entity
@Table(name = "program_certificate_rules")
public class ProgramCompletionRules {

  @Id
  @Column(name = "program_id")
  private Long programId;

  @Column(name = "required_courses", nullable = false)
  private String requiredCourses;

  @Column(name = "min_percent")
  private Integer minPercent;

  @Column(name = "auto_issue", nullable = false)
  private boolean autoIssue;

  @Embedded private CertificateText text;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  protected ProgramCompletionRules() {}

  /** The rules of a program, as set. */
  public ProgramCompletionRules(long programId, ProgramRuleSettings settings, Instant now) {
    this.programId = programId;
    change(settings, now);
  }

  /** Replaces the rules and text with validated settings. */
  public void change(ProgramRuleSettings settings, Instant now) {
    ProgramRuleSettings valid = settings.validated();
    this.requiredCourses =
        String.join(",", valid.requiredCourses().stream().map(String::valueOf).toList());
    this.minPercent = valid.minPercent();
    this.autoIssue = valid.autoIssue();
    this.text =
        new CertificateText(valid.title(), valid.hours(), valid.credits(), valid.competencies());
    this.updatedAt = Timestamps.toColumn(now);
  }

  /** The settings, as an administrator edits them. */
  public ProgramRuleSettings settings() {
    return new ProgramRuleSettings(
        JoinedValues.split(requiredCourses, ",").stream().map(Long::valueOf).toList(),
        minPercent,
        autoIssue,
        text.title(),
        text.hours(),
        text.credits(),
        text.competencies());
  }

  /**
   * The courses the rules require of a program's courses: the chosen ones that still deliver a
   * module of the program (a course that stopped delivering is left out), or all of them when none
   * is chosen.
   */
  public static List<CourseResult> required(ProgramRuleSettings rules, ProgramStanding standing) {
    if (rules.requiredCourses().isEmpty()) {
      return standing.courses();
    }
    return standing.courses().stream()
        .filter(c -> rules.requiredCourses().contains(c.contextRef()))
        .toList();
  }

  /**
   * The learner's progress: each required course completed (a valid certificate of it held), and
   * the overall percentage at least the minimum: the mean of the learner's overall percentages over
   * the required courses that have quizzes (a course without quizzes is left out; when none has
   * any, a minimum above 0 is never reached). A program with no course to require is never
   * complete.
   */
  public static Progress evaluate(ProgramRuleSettings rules, ProgramStanding standing) {
    List<CourseResult> required = required(rules, standing);
    List<Condition> conditions = new ArrayList<>();
    for (CourseResult course : required) {
      conditions.add(
          new Condition(
              Kind.COURSE_COMPLETED,
              "course:" + course.contextRef(),
              course.certified(),
              null,
              null));
    }
    if (!required.isEmpty() && rules.minPercent() != null && rules.minPercent() > 0) {
      double[] percents =
          required.stream()
              .filter(c -> c.overallPercent().isPresent())
              .mapToDouble(c -> c.overallPercent().getAsDouble())
              .toArray();
      boolean any = percents.length > 0;
      double reached = any ? Arrays.stream(percents).average().orElse(0) : 0;
      conditions.add(
          new Condition(
              Kind.OVERALL_PERCENT,
              "overall",
              any && reached + 1e-9 >= rules.minPercent(),
              rules.minPercent().doubleValue(),
              any ? reached : null));
    }
    return new Progress(conditions);
  }

  /**
   * Whether a program certificate stays valid when the learner's certificate of one course is
   * revoked: the program's rules still hold without it (that course counted as not completed), or
   * the rules never relied on it (the course is not one they require). A program certificate for
   * which this is false is revoked with the course certificate (docs/certificates.md, "When a
   * course certificate is revoked").
   *
   * @param standing where the learner stands, before or after the revocation
   * @param contextRef the course whose certificate is revoked
   */
  public static boolean holdsWithout(
      ProgramRuleSettings rules, ProgramStanding standing, long contextRef) {
    boolean reliedOn =
        required(rules, standing).stream().anyMatch(c -> c.contextRef() == contextRef);
    if (!reliedOn) {
      return true;
    }
    ProgramStanding without =
        new ProgramStanding(
            standing.courses().stream()
                .map(
                    c ->
                        c.contextRef() == contextRef
                            ? new CourseResult(c.contextRef(), false, c.overallPercent())
                            : c)
                .toList());
    return evaluate(rules, without).complete();
  }

  public long programId() {
    return programId;
  }

  public boolean autoIssue() {
    return autoIssue;
  }

  public Instant updatedAt() {
    return Timestamps.fromColumn(updatedAt);
  }
}
