package kz.kenes.quiz.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import kz.kenes.platform.domain.InvalidInput;

/**
 * Where a quiz stands in a course's modules: the lesson it checks. A learner who fails the quiz is
 * sent back to that lesson to review it, and the quiz is locked while its lesson is ({@link
 * Gating}). A quiz is placed in at most one lesson; a quiz placed nowhere is never locked.
 */
@Entity
@Table(name = "quiz_lesson")
public class QuizPlacement {

  @Id
  @Column(name = "quiz_id")
  private Long quizId;

  @Column(name = "context_ref", nullable = false)
  private long contextRef;

  @Column(name = "module_id", nullable = false)
  private long moduleId;

  @Column(name = "lesson_no", nullable = false)
  private int lesson;

  protected QuizPlacement() {}

  public QuizPlacement(long quizId, long contextRef, long moduleId, int lesson) {
    if (lesson < 0) {
      throw new InvalidInput("lesson", "lesson is the lesson's position in the module, from 0.");
    }
    this.quizId = quizId;
    this.contextRef = contextRef;
    this.moduleId = moduleId;
    this.lesson = lesson;
  }

  /** Moves the quiz to another lesson. */
  public void moveTo(long moduleId, int lesson) {
    if (lesson < 0) {
      throw new InvalidInput("lesson", "lesson is the lesson's position in the module, from 0.");
    }
    this.moduleId = moduleId;
    this.lesson = lesson;
  }

  public long quizId() {
    return quizId;
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

  /** Whether the quiz checks lesson {@code lesson} of module {@code moduleId}. */
  public boolean isIn(long moduleId, int lesson) {
    return this.moduleId == moduleId && this.lesson == lesson;
  }
}
