package kz.kenes.quiz.domain;

import java.util.List;
import kz.kenes.platform.domain.NotAllowed;

/**
 * A learner asked for a lesson, a step or a quiz that a sequence rule still locks: the message
 * names what is locked and the quizzes to pass to unlock it, so the learner knows what to do.
 */
public class LessonLocked extends NotAllowed {

  /** A quiz to pass to unlock. */
  public record Unlock(long quizId, String title) {}

  private final String lessonTitle;
  private final List<Unlock> unlockedBy;

  public LessonLocked(String what, String lessonTitle, List<Unlock> unlockedBy) {
    super(
        "lesson-locked",
        what
            + " is locked: pass the quiz "
            + String.join(
                " and the quiz ", unlockedBy.stream().map(u -> "«" + u.title() + "»").toList())
            + " to unlock it.");
    this.lessonTitle = lessonTitle;
    this.unlockedBy = List.copyOf(unlockedBy);
  }

  /** The title of the locked lesson (or of the lesson holding the locked quiz). */
  public String lessonTitle() {
    return lessonTitle;
  }

  /** The quizzes still to pass. */
  public List<Unlock> unlockedBy() {
    return unlockedBy;
  }
}
