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
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.persistence.Timestamps;

/**
 * A sequence rule of a course: a lesson of a module the course delivers, or one step of it, opens
 * only to a learner who has passed a quiz of the course. Lessons and steps are named by their
 * position (from 0) in the module's current version; {@link #WHOLE_LESSON} as the step locks the
 * whole lesson, with the quizzes placed in it. Several rules on one lesson must all hold.
 */
@Entity
@Table(name = "lesson_gate")
public class LessonGate {

  /** The step number of a rule that locks the whole lesson. */
  public static final int WHOLE_LESSON = -1;

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  private Long id;

  @Column(name = "context_ref", nullable = false)
  private long contextRef;

  @Column(name = "module_id", nullable = false)
  private long moduleId;

  @Column(name = "lesson_no", nullable = false)
  private int lesson;

  @Column(name = "step_no", nullable = false)
  private int step;

  @Column(name = "quiz_id", nullable = false)
  private long quizId;

  @Column(name = "created_by")
  private Long createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected LessonGate() {}

  /** A rule: lesson {@code lesson} (step {@code step}, or the whole lesson) requires the quiz. */
  public static LessonGate of(
      long contextRef,
      long moduleId,
      int lesson,
      int step,
      long quizId,
      Long createdBy,
      Instant now) {
    if (lesson < 0) {
      throw new InvalidInput("lesson", "lesson is the lesson's position in the module, from 0.");
    }
    if (step < WHOLE_LESSON) {
      throw new InvalidInput("step", "step is the step's position in the lesson, from 0.");
    }
    LessonGate gate = new LessonGate();
    gate.contextRef = contextRef;
    gate.moduleId = moduleId;
    gate.lesson = lesson;
    gate.step = step;
    gate.quizId = quizId;
    gate.createdBy = createdBy;
    gate.createdAt = Timestamps.toColumn(now);
    return gate;
  }

  public Long id() {
    return id;
  }

  public long contextRef() {
    return contextRef;
  }

  public long moduleId() {
    return moduleId;
  }

  public int lesson() {
    return lesson;
  }

  /** The step it locks, or {@link #WHOLE_LESSON}. */
  public int step() {
    return step;
  }

  public boolean locksWholeLesson() {
    return step == WHOLE_LESSON;
  }

  /** The quiz to pass. */
  public long quizId() {
    return quizId;
  }

  public Long createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return Timestamps.fromColumn(createdAt);
  }
}
