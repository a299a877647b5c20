package kz.kenes.quiz.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.persistence.Timestamps;

/**
 * What an instructor granted one learner on one quiz beyond its settings (extra attempts, extra
 * minutes on each attempt), with who granted it, when and why: kept for good, the audit trail of
 * overrides. A learner's {@link AttemptRules.Allowance} is the sum of their grants.
 */
@Entity
@Table(name = "quiz_grant")
public class QuizGrant {

  public static final int MAX_REASON = 1000;

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  private Long id;

  @Column(name = "quiz_id", nullable = false)
  private long quizId;

  @Column(name = "user_ref", nullable = false)
  private long userRef;

  @Column(name = "actor_ref")
  private Long actorRef;

  @Column(name = "extra_attempts", nullable = false)
  private int extraAttempts;

  @Column(name = "extra_minutes", nullable = false)
  private int extraMinutes;

  @Column(name = "reason", nullable = false)
  private String reason;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected QuizGrant() {}

  /** A grant; refuses one that grants nothing, too much, or gives no reason. */
  public static QuizGrant of(
      long quizId,
      long userRef,
      Long actorRef,
      int extraAttempts,
      int extraMinutes,
      String reason,
      Instant now) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (extraAttempts < 0 || extraAttempts > 10) {
      errors.put("extraAttempts", "Grant 0 to 10 extra attempts at once.");
    }
    if (extraMinutes < 0 || extraMinutes > 600) {
      errors.put("extraMinutes", "Grant 0 to 600 extra minutes at once.");
    }
    if (extraAttempts == 0 && extraMinutes == 0) {
      errors.put("extraAttempts", "Grant at least one extra attempt or minute.");
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > MAX_REASON) {
      errors.put("reason", "Say why, in 1 to 1000 characters: the audit keeps it.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput("invalid-grant", errors.values().iterator().next(), errors);
    }
    QuizGrant g = new QuizGrant();
    g.quizId = quizId;
    g.userRef = userRef;
    g.actorRef = actorRef;
    g.extraAttempts = extraAttempts;
    g.extraMinutes = extraMinutes;
    g.reason = why;
    g.createdAt = Timestamps.toColumn(now);
    return g;
  }

  public Long id() {
    return id;
  }

  public long quizId() {
    return quizId;
  }

  public long userRef() {
    return userRef;
  }

  public Long actorRef() {
    return actorRef;
  }

  public int extraAttempts() {
    return extraAttempts;
  }

  public int extraMinutes() {
    return extraMinutes;
  }

  public String reason() {
    return reason;
  }

  public Instant createdAt() {
    return Timestamps.fromColumn(createdAt);
  }
}
