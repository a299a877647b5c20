package kz.kenes.survey.application;

import kz.kenes.identity.domain.KenesSession;
import kz.kenes.survey.domain.SurveyRound;

/**
 * A round a learner may answer, loaded and authorised once per request by {@link
 * LearnerResponses#round} and handed on to read the form, save a draft or submit.
 */
public record LearnerRound(KenesSession session, SurveyRound round) {

  /** The learner's key among the round's respondents. */
  public String respondentKey() {
    return "lti:" + session.userRef();
  }
}
