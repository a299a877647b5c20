package kz.kenes.certificate.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import kz.kenes.certificate.domain.Progress.Condition;
import kz.kenes.certificate.domain.Progress.Kind;
import kz.kenes.platform.activity.QuizOutcomes.Outcome;
import kz.kenes.platform.persistence.ReadMostlyListener;
import kz.kenes.platform.persistence.Timestamps;

/**
 * A course's completion rules and the text of its certificate (the course's template): which
 * quizzes must be passed, the minimum overall percentage over its quizzes, which surveys must be
 * answered, whether Kenes issues the certificate itself when they hold ({@link #evaluate}), and the
 * title, hours, credits and competencies the certificate states. One per course (LTI context).
 */
@Entity
@Table(name = "certificate_rules")
@EntityListeners(ReadMostlyListener.class)
public class CompletionRules {

  @Id
  @Column(name = "context_ref")
  private Long contextRef;

  @Column(name = "required_quizzes", nullable = false)
  private String requiredQuizzes;

  @Column(name = "min_percent")
  private Integer minPercent;

  @Column(name = "required_surveys", nullable = false)
  private String requiredSurveys;

  @Column(name = "auto_issue", nullable = false)
  private boolean autoIssue;

  @Embedded private CertificateText text;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  protected CompletionRules() {}

  /** The rules of a course, as set. */
  public CompletionRules(long contextRef, RuleSettings settings, Instant now) {
    this.contextRef = contextRef;
    change(settings, now);
  }

  /** Replaces the rules and text with validated settings. */
  public void change(RuleSettings settings, Instant now) {
    RuleSettings valid = settings.validated();
    this.requiredQuizzes = String.join(",", valid.requiredQuizzes());
    this.minPercent = valid.minPercent();
    this.requiredSurveys =
        String.join(",", valid.requiredSurveys().stream().map(String::valueOf).toList());
    this.autoIssue = valid.autoIssue();
    this.text =
        new CertificateText(valid.title(), valid.hours(), valid.credits(), valid.competencies());
    this.updatedAt = Timestamps.toColumn(now);
  }

  /** The settings, as an instructor edits them. */
  public RuleSettings settings() {
    return new RuleSettings(
        JoinedValues.split(requiredQuizzes, ","),
        minPercent,
        JoinedValues.split(requiredSurveys, ",").stream().map(Long::valueOf).toList(),
        autoIssue,
        text.title(),
        text.hours(),
        text.credits(),
        text.competencies());
  }

  /**
   * The learner's progress: each required quiz passed (its kept outcome says so), the overall
   * percentage at least the minimum (a course without quizzes never reaches a minimum above 0),
   * each required survey answered.
   */
  public Progress evaluate(Standing standing) {
    return evaluate(settings(), standing);
  }

  /** {@link #evaluate(Standing)} of settings not stored yet. */
  public static Progress evaluate(RuleSettings rules, Standing standing) {
    List<Condition> conditions = new ArrayList<>();
    for (String quiz : rules.requiredQuizzes()) {
      Outcome outcome = standing.outcomes().get(quiz);
      conditions.add(
          new Condition(
              Kind.QUIZ_PASSED,
              quiz,
              outcome != null && outcome.passed(),
              null,
              outcome == null ? null : outcome.percent()));
    }
    if (rules.minPercent() != null && rules.minPercent() > 0) {
      var overall = standing.overallPercent();
      double reached = overall.orElse(0);
      conditions.add(
          new Condition(
              Kind.OVERALL_PERCENT,
              "overall",
              overall.isPresent() && reached + 1e-9 >= rules.minPercent(),
              rules.minPercent().doubleValue(),
              overall.isPresent() ? reached : null));
    }
    for (long survey : rules.requiredSurveys()) {
      conditions.add(
          new Condition(
              Kind.SURVEY_ANSWERED,
              "survey:" + survey,
              standing.answeredSurveys().contains(survey),
              null,
              null));
    }
    return new Progress(conditions);
  }

  public long contextRef() {
    return contextRef;
  }

  public boolean autoIssue() {
    return autoIssue;
  }

  public Instant updatedAt() {
    return Timestamps.fromColumn(updatedAt);
  }
}
