package kz.kenes.analytics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import kz.kenes.analytics.application.ReportQueries.RoundRow;
import kz.kenes.analytics.application.ReportQueries.SurveyHead;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotFound;

/**
 * The report of a survey: the baseline is the first round by position and the follow-up the last,
 * unless {@code before} / {@code after} name other rounds of the survey (by round id). A survey
 * with one round gets its descriptive statistics without comparisons; a survey without rounds is a
 * 404. Reads only (no transaction): each aggregate is one query.
 */
@ApplicationScoped
public class SurveyReports {

  @Inject ReportQueries queries;

  public SurveyReports() {}

  /** Outside the container (tests). */
  public SurveyReports(ReportQueries queries) {
    this.queries = queries;
  }

  /**
   * The report of a survey already loaded (and authorised) by {@link ReportAccess}: the survey is
   * not read again.
   */
  public SurveyReport report(SurveyHead survey, Long before, Long after) {
    List<RoundRow> rounds = queries.rounds(survey.id());
    if (rounds.isEmpty()) {
      throw new NotFound("Survey " + survey.id() + " has no rounds yet: nothing to report.");
    }
    RoundRow baseline = before == null ? rounds.get(0) : round(rounds, before, "before");
    Optional<RoundRow> followUp =
        after == null
            ? Optional.of(rounds.get(rounds.size() - 1)).filter(r -> r.id() != baseline.id())
            : Optional.of(round(rounds, after, "after"));
    if (followUp.isPresent() && followUp.get().id() == baseline.id()) {
      throw new InvalidInput("after", "Choose two different rounds to compare.");
    }
    return new ReportAssembler(queries).assemble(survey, rounds, baseline, followUp);
  }

  /** The report of a survey known by its id alone (no access check: tests, benchmarks). */
  public SurveyReport report(long surveyId, Long before, Long after) {
    SurveyHead survey =
        queries
            .survey(surveyId)
            .orElseThrow(() -> new NotFound("There is no survey " + surveyId + "."));
    return report(survey, before, after);
  }

  /** The ids and labels of a survey's rounds, for choosing what to compare. */
  public List<RoundRow> rounds(long surveyId) {
    return queries.rounds(surveyId);
  }

  private static RoundRow round(List<RoundRow> rounds, long id, String parameter) {
    return rounds.stream()
        .filter(r -> r.id() == id)
        .findFirst()
        .orElseThrow(
            () -> new InvalidInput(parameter, "Round " + id + " is not a round of this survey."));
  }
}
