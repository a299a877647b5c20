package kz.kenes.crowdsourcing.domain;

import java.util.Optional;

/**
 * Which of a campaign's proposals a moderator's list shows: of one status, of one stakeholder
 * group, and hidden ones only, visible ones only or both ({@code hidden} empty).
 */
public record ProposalFilter(
    Optional<ProposalStatus> status, Optional<String> group, Optional<Boolean> hidden) {

  /** Every proposal, hidden ones included. */
  public static ProposalFilter all() {
    return new ProposalFilter(Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The shortlisted proposals still visible (what experts review). */
  public static ProposalFilter shortlistedVisible() {
    return new ProposalFilter(
        Optional.of(ProposalStatus.SHORTLISTED), Optional.empty(), Optional.of(false));
  }

  /**
   * A filter from a page's query: a status code, a group code and {@code yes}/{@code no} for
   * hidden; blank means any.
   */
  public static ProposalFilter of(String status, String group, String hidden) {
    return new ProposalFilter(
        blank(status) ? Optional.empty() : Optional.of(ProposalStatus.of(status)),
        blank(group) ? Optional.empty() : Optional.of(Groups.requireCode("group", group)),
        blank(hidden) ? Optional.empty() : Optional.of(yes(hidden)));
  }

  private static boolean yes(String hidden) {
    return switch (hidden) {
      case "yes" -> true;
      case "no" -> false;
      default ->
          throw new kz.kenes.platform.domain.InvalidInput(
              "hidden", "'hidden' is yes, no or left out.");
    };
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
