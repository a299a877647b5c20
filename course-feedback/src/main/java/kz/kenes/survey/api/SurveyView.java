package kz.kenes.survey.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.survey.application.SurveyService.Overview;
import kz.kenes.survey.domain.ResponseCount;
import kz.kenes.survey.domain.Survey;
import kz.kenes.survey.domain.SurveyResponse;
import kz.kenes.survey.domain.SurveyRound;

/** A survey with its rounds and, per round and stakeholder group, how many have responded. */
public record SurveyView(
    long id,
    String title,
    long instrumentId,
    String instrumentCode,
    long programId,
    Long moduleId,
    Instant createdAt,
    List<RoundView> rounds) {

  /**
   * A round.
   *
   * @param status {@code scheduled}, {@code open} or {@code closed}
   * @param responses per stakeholder group: submitted responses and drafts not yet submitted
   * @param revisionId the program revision the round measures as its follow-up; null for none
   */
  public record RoundView(
      long id,
      int position,
      String kind,
      String label,
      String status,
      Instant opensAt,
      Instant closesAt,
      Instant closedAt,
      int instrumentVersion,
      Map<String, GroupCount> responses,
      Long revisionId) {

    static RoundView of(SurveyRound round, List<ResponseCount> counts, Instant now) {
      Map<String, GroupCount> byGroup = new LinkedHashMap<>();
      for (ResponseCount count : counts) {
        if (count.roundId() != round.id()) {
          continue;
        }
        GroupCount c = byGroup.getOrDefault(count.group(), new GroupCount(0, 0));
        byGroup.put(
            count.group(),
            SurveyResponse.SUBMITTED.equals(count.status())
                ? new GroupCount(c.submitted() + count.responses(), c.drafts())
                : new GroupCount(c.submitted(), c.drafts() + count.responses()));
      }
      return new RoundView(
          round.id(),
          round.position(),
          round.kind().code(),
          round.label(),
          round.status(now).name().toLowerCase(java.util.Locale.ROOT),
          round.opensAt(),
          round.closesAt(),
          round.closedAt().orElse(null),
          round.version().number(),
          byGroup,
          round.revisionRef().orElse(null));
    }
  }

  /** Responses of one group in one round. */
  public record GroupCount(long submitted, long drafts) {}

  public static SurveyView of(Overview overview, Instant now) {
    Survey s = overview.survey();
    return new SurveyView(
        s.id(),
        s.title(),
        s.instrument().id(),
        s.instrument().code(),
        s.programId(),
        s.moduleId().orElse(null),
        s.createdAt(),
        s.rounds().stream().map(r -> RoundView.of(r, overview.counts(), now)).toList());
  }

  /** A survey without counts (lists). */
  public static SurveyView of(Survey survey, Instant now) {
    return of(new Overview(survey, List.of()), now);
  }
}
