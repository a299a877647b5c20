package kz.kenes.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import kz.kenes.platform.persistence.Timestamps;

/**
 * The plan of a course (an LTI context), as a MOOC presents itself: title, discipline, training
 * direction, purpose, and a {@link PlanOutline} (formats, weekly structure, competencies, learning
 * outcomes, authors, prerequisites). One per course, keyed by the course's Kenes id; rewritten
 * whole by {@link #rewrite}. The lists are one JSON text column: always read and written whole.
 */
@Entity
@Table(name = "course_plan")
public class CoursePlan {

  @Id
  @Column(name = "context_ref")
  private Long contextRef;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String discipline;

  @Column(name = "training_direction", nullable = false)
  private String trainingDirection;

  @Column(nullable = false)
  private String purpose;

  @Convert(converter = PlanOutlineConverter.class)
  @Column(nullable = false)
  private PlanOutline outline;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  protected CoursePlan() {}

  public CoursePlan(long contextRef) {
    this.contextRef = contextRef;
  }

  /** Replaces the whole plan. */
  public void rewrite(
      String title,
      String discipline,
      String trainingDirection,
      String purpose,
      PlanOutline outline,
      Instant now) {
    this.title = University.requireText(title, "title");
    this.discipline = University.requireText(discipline, "discipline");
    this.trainingDirection = University.requireText(trainingDirection, "trainingDirection");
    this.purpose = purpose == null ? "" : purpose.strip();
    this.outline = Objects.requireNonNull(outline, "outline");
    this.updatedAt = Timestamps.toColumn(now);
  }

  public long contextRef() {
    return contextRef;
  }

  public String title() {
    return title;
  }

  public String discipline() {
    return discipline;
  }

  public String trainingDirection() {
    return trainingDirection;
  }

  public String purpose() {
    return purpose;
  }

  public PlanOutline outline() {
    return outline;
  }

  public Instant updatedAt() {
    return Timestamps.fromColumn(updatedAt);
  }
}
