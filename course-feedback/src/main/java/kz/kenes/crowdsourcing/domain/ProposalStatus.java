package kz.kenes.crowdsourcing.domain;

import java.util.Locale;

/**
 * Where a proposal is in the selection: submitted, shortlisted by the organisers, merged into
 * another, accepted or rejected. Hiding by a moderator is apart from the status.
 */
public enum ProposalStatus {
  SUBMITTED,
  SHORTLISTED,
  MERGED,
  ACCEPTED,
  REJECTED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status of a code ({@code submitted}, {@code shortlisted}…). */
  public static ProposalStatus of(String code) {
    for (ProposalStatus status : values()) {
      if (status.code().equals(code)) {
        return status;
      }
    }
    throw new kz.kenes.platform.domain.InvalidInput(
        "status",
        "Unknown status '" + code + "': submitted, shortlisted, merged, accepted or rejected.");
  }

  /** Whether the proposal is still open to selection (not merged, not decided). */
  public boolean open() {
    return this == SUBMITTED || this == SHORTLISTED;
  }
}
