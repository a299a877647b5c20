package kz.kenes.crowdsourcing.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.kenes.crowdsourcing.domain.Campaign;
import kz.kenes.crowdsourcing.domain.CampaignSchedule;
import kz.kenes.crowdsourcing.domain.CampaignStage;
import kz.kenes.crowdsourcing.domain.Governance;
import kz.kenes.crowdsourcing.domain.VoteRules;
import kz.kenes.platform.domain.InvalidInput;

/**
 * What an organiser sends to open or describe a campaign, as the API takes it (JSON-B binds it).
 * {@code schedule}: stage code → ISO instant of its start; {@code groupWeights}: group → weight.
 */
public record CampaignCommand(
    Long programId,
    List<Long> moduleIds,
    String title,
    String task,
    String keyQuestions,
    List<String> groups,
    String governance,
    Integer votesPerParticipant,
    Map<String, BigDecimal> groupWeights,
    BigDecimal minimumSupport,
    Map<String, String> schedule) {

  /** The program, required when a campaign is opened. */
  public long requiredProgramId() {
    if (programId == null) {
      throw new InvalidInput("programId", "'programId' is required.");
    }
    return programId;
  }

  /** The terms of the command, checked. */
  public Campaign.Terms terms() {
    return new Campaign.Terms(
        moduleIds == null ? List.of() : moduleIds,
        title,
        task,
        keyQuestions,
        groups == null ? List.of() : groups,
        governance == null ? Governance.HIERARCHICAL : Governance.of(governance),
        new VoteRules(
            votesPerParticipant == null ? 3 : votesPerParticipant,
            groupWeights == null ? Map.of() : groupWeights),
        minimumSupport == null ? BigDecimal.ONE : minimumSupport,
        checkedSchedule());
  }

  private CampaignSchedule checkedSchedule() {
    Map<CampaignStage, Instant> starts = new EnumMap<>(CampaignStage.class);
    if (schedule != null) {
      schedule.forEach(
          (code, at) -> {
            CampaignStage stage = CampaignStage.of(code);
            if (at == null || at.isBlank()) {
              return;
            }
            try {
              starts.put(stage, Instant.parse(at.strip()));
            } catch (DateTimeParseException e) {
              throw new InvalidInput(
                  "schedule." + code,
                  "A stage's start is an ISO instant such as 2026-03-01T00:00:00Z.");
            }
          });
    }
    return new CampaignSchedule(starts);
  }
}
