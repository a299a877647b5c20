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

  /** Whether the proposal is still open to selection (not merged, not decided). */
  public boolean open() {
    return this == SUBMITTED || this == SHORTLISTED;
  }
}
