package kz.kenes.crowdsourcing.domain;

import java.util.List;
import java.util.Set;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;

/**
 * The rules of merging one proposal into another (docs/crowdsourcing.md, "Merging"). Nothing is
 * destroyed: the merged proposal keeps its row, versions, comments and votes and points at the
 * proposal it went into; its author becomes a co-author there; its votes are carried over, except
 * the votes of participants who already voted for the target (a person counts once). Unlike
 * Decidim, a proposal with votes can be merged.
 */
public final class ProposalMerge {

  private ProposalMerge() {}

  /** A vote as the merge sees it. */
  public record Vote(String voterKey, String groupCode, java.math.BigDecimal weight) {}

  /** Refuses a merge of {@code merged} into {@code target} that the rules do not allow. */
  public static void requireMergeable(Proposal target, Proposal merged) {
    if (target == merged || (target.id() != null && target.id().equals(merged.id()))) {
      throw new InvalidInput("into", "A proposal cannot be merged into itself.");
    }
    if (target.campaignId() != merged.campaignId()) {
      throw new InvalidInput("into", "Proposals of different campaigns cannot be merged.");
    }
    if (!target.status().open() || !merged.status().open()) {
      throw new Conflict(
          "proposal-closed", "Only proposals not yet merged, accepted or rejected can be merged.");
    }
  }

  /** The votes of the merged proposal that move to the target. */
  public static List<Vote> carriedVotes(List<Vote> votesOfMerged, Set<String> votersOfTarget) {
    return votesOfMerged.stream().filter(v -> !votersOfTarget.contains(v.voterKey())).toList();
  }
}
