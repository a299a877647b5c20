package kz.kenes.crowdsourcing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kz.kenes.crowdsourcing.domain.RevisionMonitoring;
import kz.kenes.crowdsourcing.domain.RevisionRecord;
import kz.kenes.crowdsourcing.domain.RevisionRecords;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.survey.application.SurveyAccess;
import kz.kenes.survey.application.SurveyService;
import kz.kenes.survey.domain.Survey;

/**
 * Links a revision to the survey rounds that measure it (a baseline before, a follow-up after), so
 * that the survey's before/after report reads "did this revision help". The survey context says
 * whether the caller may run the survey and whether it has the round; the survey must ask about the
 * revised program.
 */
@ApplicationScoped
public class RevisionMonitors {

  @Inject RevisionLedger ledger;
  @Inject RevisionRecords records;
  @Inject SurveyAccess access;
  @Inject SurveyService surveys;
  @Inject Clock clock;

  /** A linked round with the survey report that compares the revision's rounds. */
  public record Link(RevisionMonitoring link, String roundLabel, String surveyTitle) {}

  @Transactional
  public RevisionMonitoring link(
      Optional<KenesSession> caller,
      long revisionId,
      Long surveyId,
      Long roundId,
      String phase,
      String linkedBy) {
    RevisionRecord record = ledger.find(scope(caller), revisionId);
    RevisionMonitoring.Phase checkedPhase = phase(phase);
    if (surveyId == null) {
      throw new InvalidInput("surveyId", "'surveyId' is required.");
    }
    if (roundId == null) {
      throw new InvalidInput("roundId", "'roundId' is required.");
    }
    Survey survey = access.requireStaffOf(new SurveyAccess.Staff(caller), surveyId);
    if (survey.programId() != record.programId()) {
      throw new InvalidInput(
          "surveyId",
          "Survey " + surveyId + " asks about another program than revision " + revisionId + ".");
    }
    surveys.round(survey, roundId);
    RevisionMonitoring link =
        new RevisionMonitoring(
            revisionId, surveyId, roundId, checkedPhase, linkedBy, clock.instant());
    records.link(link);
    if (checkedPhase == RevisionMonitoring.Phase.AFTER) {
      surveys.markRevision(roundId, revisionId, true);
    }
    return link;
  }

  @Transactional
  public void unlink(Optional<KenesSession> caller, long revisionId, long roundId) {
    ledger.find(scope(caller), revisionId);
    boolean after =
        records.links(revisionId).stream()
            .anyMatch(l -> l.roundId() == roundId && l.phase() == RevisionMonitoring.Phase.AFTER);
    if (!records.unlink(revisionId, roundId)) {
      throw new NotFound("Round " + roundId + " is not linked to revision " + revisionId + ".");
    }
    if (after) {
      surveys.markRevision(roundId, revisionId, false);
    }
  }

  public List<RevisionMonitoring> links(Optional<KenesSession> caller, long revisionId) {
    ledger.find(scope(caller), revisionId);
    return records.links(revisionId);
  }

  /**
   * The survey report comparing the revision's rounds: for each survey with a round before and a
   * round after, {@code /app/surveys/{survey}/report?before=&after=}.
   */
  public static List<String> reportPaths(List<RevisionMonitoring> links) {
    return links.stream()
        .filter(l -> l.phase() == RevisionMonitoring.Phase.BEFORE)
        .flatMap(
            before ->
                links.stream()
                    .filter(
                        l ->
                            l.phase() == RevisionMonitoring.Phase.AFTER
                                && l.surveyId() == before.surveyId())
                    .map(
                        after ->
                            "/app/surveys/"
                                + before.surveyId()
                                + "/report?before="
                                + before.roundId()
                                + "&after="
                                + after.roundId()))
        .toList();
  }

  private static kz.kenes.identity.domain.UniversityScope scope(Optional<KenesSession> caller) {
    return caller
        .map(KenesSession::scope)
        .orElse(kz.kenes.identity.domain.UniversityScope.ofOperator());
  }

  private static RevisionMonitoring.Phase phase(String phase) {
    if ("before".equals(phase)) {
      return RevisionMonitoring.Phase.BEFORE;
    }
    if ("after".equals(phase)) {
      return RevisionMonitoring.Phase.AFTER;
    }
    throw new InvalidInput("phase", "'phase' is 'before' or 'after'.");
  }
}
