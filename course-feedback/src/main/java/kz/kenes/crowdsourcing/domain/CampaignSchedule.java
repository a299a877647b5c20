package kz.kenes.crowdsourcing.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import kz.kenes.platform.domain.InvalidInput;

/**
 * When each stage after preparation starts; a stage without a date is moved to by hand. The dates
 * that are set follow the stages' order. A stage ends when the next dated stage starts.
 */
public record CampaignSchedule(Map<CampaignStage, Instant> starts) {

  public CampaignSchedule {
    if (starts.containsKey(CampaignStage.PREPARATION)) {
      throw new InvalidInput("schedule", "Preparation starts when the campaign is opened.");
    }
    Instant previous = null;
    CampaignStage previousStage = null;
    for (CampaignStage stage : CampaignStage.values()) {
      Instant start = starts.get(stage);
      if (start == null) {
        continue;
      }
      if (previous != null && !start.isAfter(previous)) {
        throw new InvalidInput(
            "schedule." + stage.code(),
            "The " + stage.code() + " stage must start after " + previousStage.code() + ".");
      }
      previous = start;
      previousStage = stage;
    }
    starts = Map.copyOf(starts);
  }

  public static CampaignSchedule none() {
    return new CampaignSchedule(new EnumMap<>(CampaignStage.class));
  }

  public Optional<Instant> startOf(CampaignStage stage) {
    return Optional.ofNullable(starts.get(stage));
  }

  /** When {@code stage} ends: the start of the first later stage with a date. */
  public Optional<Instant> endOf(CampaignStage stage) {
    for (CampaignStage s = stage.next().orElse(null); s != null; s = s.next().orElse(null)) {
      if (starts.containsKey(s)) {
        return Optional.of(starts.get(s));
      }
    }
    return Optional.empty();
  }

  /**
   * The stage the dates say the campaign should be in at {@code now}, when that is after {@code
   * current}: the latest stage whose date has come. Never a stage before {@code current}.
   */
  public Optional<CampaignStage> dueAfter(CampaignStage current, Instant now) {
    CampaignStage due = null;
    for (CampaignStage stage : CampaignStage.values()) {
      Instant start = starts.get(stage);
      if (start != null && !start.isAfter(now) && stage.compareTo(current) > 0) {
        due = stage;
      }
    }
    return Optional.ofNullable(due);
  }
}
