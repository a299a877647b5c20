package kz.kenes.platform.activity;

import java.util.List;
import java.util.Objects;

/**
 * Which surveys a course's learners can answer and whether one learner has answered a survey, for
 * completion rules (certificates) that must not know how surveys are stored. The survey context
 * implements it; a caller that finds no implementation knows of no surveys. Courses and learners
 * are named by their Kenes references, as in {@link QuizOutcomes}.
 */
public interface SurveyParticipation {

  /** The surveys with a round open to the course's learners now, newest first. */
  List<CourseSurvey> surveys(long contextRef, long universityId);

  /** The title of a survey, if it exists. */
  java.util.Optional<String> title(long surveyId);

  /** Whether the learner submitted a response to any round of the survey. */
  boolean answered(long userRef, long surveyId);

  /** A survey a course's learners can answer. */
  record CourseSurvey(long surveyId, String title) {
    public CourseSurvey {
      Objects.requireNonNull(title);
    }
  }
}
