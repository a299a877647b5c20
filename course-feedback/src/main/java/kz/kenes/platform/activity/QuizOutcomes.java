package kz.kenes.platform.activity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a course's quizzes are and how one learner stands on each, for completion rules
 * (certificates) that must not know how quizzes are built or graded. The quiz context implements
 * it; a caller that finds no implementation knows of no quizzes. Courses and learners are named by
 * their Kenes references (a session's context and user), as in {@link CourseResponses}.
 */
public interface QuizOutcomes {

  /** The quizzes of the course, in the course's order. */
  List<CourseQuiz> quizzes(long contextRef);

  /** The learner's kept result (best or last, as the quiz says) on one quiz, if any attempt. */
  Optional<Outcome> outcome(long contextRef, long userRef, String quizReference);

  /**
   * A quiz of a course.
   *
   * @param reference {@code quiz:<id>}, as placed by deep linking
   * @param title the quiz's title in the course's default language
   */
  record CourseQuiz(String reference, String title) {
    public CourseQuiz {
      Objects.requireNonNull(reference);
      Objects.requireNonNull(title);
    }
  }

  /**
   * A learner's kept result on a quiz.
   *
   * @param percent 0..100
   * @param passed whether the quiz's pass rule holds for the kept attempt
   * @param at when the kept attempt was submitted
   */
  record Outcome(String quizReference, double percent, boolean passed, Instant at) {
    public Outcome {
      Objects.requireNonNull(quizReference);
      Objects.requireNonNull(at);
      if (percent < 0 || percent > 100) {
        throw new IllegalArgumentException("percent " + percent);
      }
    }
  }
}
