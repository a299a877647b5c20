package kz.kenes.survey.application;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import kz.kenes.survey.domain.InstrumentVersion;
import kz.kenes.survey.domain.RoundStatus;
import kz.kenes.survey.domain.SurveyRound;

/**
 * What a respondent's page shows.
 *
 * @param round the round answered
 * @param status whether the round takes answers now
 * @param answers the respondent's answers so far (the draft, else what was submitted)
 * @param submitted whether a response was submitted
 * @param submittedAt when it was first submitted
 * @param draftSavedAt when the draft was last saved, if there is a newer draft
 * @param anonymous whether the respondent's invitation link keeps no pairing code (learners: false)
 */
public record ResponseForm(
    SurveyRound round,
    RoundStatus status,
    Map<String, Object> answers,
    boolean submitted,
    Optional<Instant> submittedAt,
    Optional<Instant> draftSavedAt,
    boolean anonymous) {

  public InstrumentVersion version() {
    return round.version();
  }
}
