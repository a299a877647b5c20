package kz.kenes.crowdsourcing.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.crowdsourcing.application.CampaignAccess;
import kz.kenes.crowdsourcing.domain.Campaign;
import kz.kenes.crowdsourcing.domain.CampaignStage;

/**
 * A campaign as the API shows it, with the caller's role, the stage open now and until when, and
 * the vote rules (never hidden).
 */
public record CampaignView(
    long id,
    long universityId,
    long programId,
    List<Long> moduleIds,
    String title,
    String task,
    String keyQuestions,
    List<String> groups,
    String governance,
    int votesPerParticipant,
    Map<String, BigDecimal> groupWeights,
    BigDecimal minimumSupport,
    String stage,
    Instant stageEndsAt,
    Map<String, Instant> schedule,
    String yourRole,
    Instant createdAt) {

  public static CampaignView of(Campaign c, String role) {
    Map<String, Instant> schedule = new LinkedHashMap<>();
    for (CampaignStage stage : CampaignStage.values()) {
      c.schedule().startOf(stage).ifPresent(at -> schedule.put(stage.code(), at));
    }
    return new CampaignView(
        c.id(),
        c.universityId(),
        c.programId(),
        c.moduleIds(),
        c.title(),
        c.task(),
        c.keyQuestions(),
        c.groups(),
        c.governance().code(),
        c.voteRules().votesPerParticipant(),
        c.voteRules().weights(),
        c.minimumSupport(),
        c.stage().code(),
        c.schedule().endOf(c.stage()).orElse(null),
        schedule,
        role,
        c.createdAt());
  }

  public static CampaignView of(CampaignAccess.Entry entry) {
    return of(entry.campaign(), entry.role().code());
  }
}
