package kz.kenes.crowdsourcing.domain;

import java.util.Locale;
import kz.kenes.platform.domain.InvalidInput;

/**
 * A person's role in one campaign: the organiser (the university's administrators, the
 * "crowdsourcer"), the facilitator who keeps the discussion civil, the expert who evaluates the
 * shortlist, and the participant who proposes, comments and votes.
 */
public enum CampaignRole {
  ORGANISER,
  FACILITATOR,
  EXPERT,
  PARTICIPANT;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static CampaignRole of(String code) {
    for (CampaignRole role : values()) {
      if (role.code().equals(code)) {
        return role;
      }
    }
    throw new InvalidInput(
        "role", "Unknown role '" + code + "': organiser, facilitator, expert or participant.");
  }
}
