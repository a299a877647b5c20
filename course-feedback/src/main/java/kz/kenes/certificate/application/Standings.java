package kz.kenes.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.kenes.certificate.domain.RuleSettings;
import kz.kenes.certificate.domain.Standing;
import kz.kenes.platform.activity.QuizOutcomes;
import kz.kenes.platform.activity.QuizOutcomes.CourseQuiz;
import kz.kenes.platform.activity.SurveyParticipation;

/**
 * A learner's {@link Standing} in a course, asked of the quiz context ({@link QuizOutcomes}) and
 * the survey context ({@link SurveyParticipation}); where a context is not deployed (the CDI
 * instance is unsatisfied) it knows no quizzes or surveys.
 */
@ApplicationScoped
public class Standings {

  @Inject Instance<QuizOutcomes> quizzes;
  @Inject Instance<SurveyParticipation> surveys;

  /** The standing the rules need: the course's quizzes and outcomes, the required surveys. */
  public Standing of(long contextRef, long userRef, RuleSettings rules) {
    List<CourseQuiz> courseQuizzes = List.of();
    Map<String, QuizOutcomes.Outcome> outcomes = new HashMap<>();
    if (quizzes.isResolvable()) {
      QuizOutcomes port = quizzes.get();
      courseQuizzes = port.quizzes(contextRef);
      Set<String> asked = new HashSet<>(rules.requiredQuizzes());
      courseQuizzes.forEach(q -> asked.add(q.reference()));
      for (String quiz : asked) {
        port.outcome(contextRef, userRef, quiz).ifPresent(o -> outcomes.put(quiz, o));
      }
    }
    Set<Long> answered = new HashSet<>();
    if (surveys.isResolvable()) {
      for (long survey : rules.requiredSurveys()) {
        if (surveys.get().answered(userRef, survey)) {
          answered.add(survey);
        }
      }
    }
    return new Standing(courseQuizzes, outcomes, answered);
  }

  /** The course's quizzes; empty without a quiz context. */
  public List<CourseQuiz> quizzesOf(long contextRef) {
    return quizzes.isResolvable() ? quizzes.get().quizzes(contextRef) : List.of();
  }

  /** The surveys open to the course's learners; empty without a survey context. */
  public List<SurveyParticipation.CourseSurvey> surveysOf(long contextRef, Long universityId) {
    if (!surveys.isResolvable() || universityId == null) {
      return List.of();
    }
    return surveys.get().surveys(contextRef, universityId);
  }

  /** A survey's title, else {@code survey:<id>}. */
  public String surveyTitle(long surveyId) {
    return surveys.isResolvable()
        ? surveys.get().title(surveyId).orElse("survey:" + surveyId)
        : "survey:" + surveyId;
  }
}
