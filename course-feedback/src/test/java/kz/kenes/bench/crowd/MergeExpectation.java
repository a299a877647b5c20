package kz.kenes.bench.crowd;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a merge of one proposal into another must leave on the target, computed from the rows as
 * they were before it, independently of Kenes's {@code ProposalMerge}: every voter of either counts
 * once (a voter of both keeps the target's vote and its weight), and the co-authors are the
 * target's, the merged proposal's author and its co-authors, without the target's own author.
 */
final class MergeExpectation {

  /** A vote as it stands: the voter's group and weight. */
  record Vote(String group, BigDecimal weight) {}

  /** The expected votes, weighted support per group and co-authors of the target. */
  record Expected(
      int votes,
      BigDecimal support,
      Map<String, BigDecimal> supportByGroup,
      Set<String> coAuthors) {}

  private MergeExpectation() {}

  static Expected of(
      String targetAuthor,
      Map<String, Vote> targetVotes,
      Set<String> targetCoAuthors,
      String mergedAuthor,
      Map<String, Vote> mergedVotes,
      Set<String> mergedCoAuthors) {
    Map<String, Vote> votes = new LinkedHashMap<>(mergedVotes);
    votes.putAll(targetVotes);
    Map<String, BigDecimal> byGroup = new TreeMap<>();
    BigDecimal support = BigDecimal.ZERO;
    for (Vote v : votes.values()) {
      byGroup.merge(v.group(), v.weight(), BigDecimal::add);
      support = support.add(v.weight());
    }
    Set<String> coAuthors = new HashSet<>(targetCoAuthors);
    coAuthors.add(mergedAuthor);
    coAuthors.addAll(mergedCoAuthors);
    coAuthors.remove(targetAuthor);
    return new Expected(votes.size(), support, byGroup, coAuthors);
  }
}
