package kz.kenes.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.platform.activity.SurveyParticipation;
import kz.kenes.survey.domain.ModuleRating;
import kz.kenes.survey.domain.OpenRounds;
import kz.kenes.survey.domain.ResponseRepository;
import kz.kenes.survey.domain.Survey;
import kz.kenes.survey.domain.SurveyRepository;
import kz.kenes.survey.domain.SurveyRound;

/**
 * The survey context's {@link SurveyParticipation}, for completion rules: the surveys with a round
 * open to a course's learners (those their landing lists), and whether a learner (respondent key
 * {@code lti:<user ref>}) submitted any round of a survey.
 */
@ApplicationScoped
public class SurveyCertificateParticipation implements SurveyParticipation {

  @Inject OpenRounds openRounds;
  @Inject ResponseRepository responses;
  @Inject SurveyRepository surveys;
  @Inject Clock clock;

  @Override
  public List<CourseSurvey> surveys(long contextRef, long universityId) {
    Map<Long, CourseSurvey> found = new LinkedHashMap<>();
    for (SurveyRound round : openRounds.findOpenIn(contextRef, universityId, clock.instant())) {
      Survey survey = round.survey();
      found.putIfAbsent(survey.id(), new CourseSurvey(survey.id(), survey.title()));
    }
    return List.copyOf(found.values());
  }

  @Override
  public Optional<String> title(long surveyId) {
    return surveys.find(surveyId).map(Survey::title);
  }

  @Override
  public boolean answered(long userRef, long surveyId) {
    return responses.submittedToSurvey(surveyId, ModuleRating.learnerKey(userRef));
  }
}
