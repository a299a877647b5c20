package kz.kenes.crowdsourcing.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The stages of a campaign, in order: the five stages of crowdsourcing competencies of the seed
 * paper (preparation and planning; engagement; collection; critical selection and community
 * evaluation; integration), the fourth split into the organisers' and experts' selection and the
 * participants' vote, then implementation and monitoring. A campaign is in exactly one stage; it
 * only ever moves forward.
 */
public enum CampaignStage {
  PREPARATION,
  ENGAGEMENT,
  COLLECTION,
  SELECTION,
  VOTING,
  INTEGRATION,
  MONITORING;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The stage after this one; empty for the last. */
  public Optional<CampaignStage> next() {
    return ordinal() + 1 < values().length
        ? Optional.of(values()[ordinal() + 1])
        : Optional.empty();
  }

  /** The stage of a code such as {@code collection}; refuses an unknown code. */
  public static CampaignStage of(String code) {
    for (CampaignStage stage : values()) {
      if (stage.code().equals(code)) {
        return stage;
      }
    }
    throw new kz.kenes.platform.domain.InvalidInput(
        "stage",
        "Unknown stage '"
            + code
            + "': one of preparation, engagement, collection, selection, voting, integration,"
            + " monitoring.");
  }
}
