package kz.kenes.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.time.LocalDateTime;
import kz.kenes.platform.persistence.Timestamps;

/**
 * The bookkeeping every kept set of one respondent's answers shares, a survey response as much as a
 * module rating: who answered (the respondent key that keeps one per person, their stakeholder
 * group, their LTI user and course when they came through a launch), the scale sum and count the
 * analysis reads without opening the answers, and when it was opened and last answered. The answers
 * themselves are rows of the subclass's answer table, written by its repository.
 */
@MappedSuperclass
public abstract class AnsweredBy {

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  private Long id;

  @Column(name = "respondent_key", nullable = false)
  private String respondentKey;

  @Column(name = "group_code", nullable = false)
  private String groupCode;

  @Column(name = "user_ref")
  private Long userRef;

  @Column(name = "context_ref")
  private Long contextRef;

  @Column(name = "scale_sum", nullable = false)
  private int scaleSum;

  @Column(name = "scale_count", nullable = false)
  private int scaleCount;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  protected AnsweredBy() {}

  /**
   * Opened now by a respondent.
   *
   * @param userRef the LTI user, null for a respondent through a link
   * @param contextRef the course launched from, null when none
   */
  protected AnsweredBy(
      String respondentKey, String groupCode, Long userRef, Long contextRef, Instant now) {
    this.respondentKey = respondentKey;
    this.groupCode = groupCode;
    this.userRef = userRef;
    this.contextRef = contextRef;
    this.createdAt = Timestamps.toColumn(now);
    this.updatedAt = this.createdAt;
  }

  /** Takes the scale totals of a checked sheet, answered now. */
  protected void takeScale(AnswerSheet sheet, Instant now) {
    this.scaleSum = sheet.scaleSum();
    this.scaleCount = sheet.scaleCount();
    touch(now);
  }

  /** Changed now. */
  protected void touch(Instant now) {
    this.updatedAt = Timestamps.toColumn(now);
  }

  public Long id() {
    return id;
  }

  public String respondentKey() {
    return respondentKey;
  }

  public String groupCode() {
    return groupCode;
  }

  /** The sum of the scale answers as they count (reversed items turned). */
  public int scaleSum() {
    return scaleSum;
  }

  /** How many scale items were answered; 0 when none. */
  public int scaleCount() {
    return scaleCount;
  }

  public Instant createdAt() {
    return Timestamps.fromColumn(createdAt);
  }

  public Instant updatedAt() {
    return Timestamps.fromColumn(updatedAt);
  }

  /** The last change, as its column holds it. */
  protected LocalDateTime updatedAtColumn() {
    return updatedAt;
  }
}
