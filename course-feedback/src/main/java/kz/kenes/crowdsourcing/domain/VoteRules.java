package kz.kenes.crowdsourcing.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;

/**
 * A campaign's vote rules: how many votes a participant casts (at most one per proposal), and the
 * weight of each group's vote (1 for a group not named). Both are shown to everyone, never hidden.
 * Kept in a column as text such as {@code learner=1;employer=2}.
 */
public record VoteRules(int votesPerParticipant, Map<String, BigDecimal> weights) {

  public static final int MAX_VOTES = 100;
  private static final BigDecimal MAX_WEIGHT = new BigDecimal("100");

  public VoteRules {
    if (votesPerParticipant < 1 || votesPerParticipant > MAX_VOTES) {
      throw new InvalidInput(
          "votesPerParticipant", "Votes per participant are between 1 and " + MAX_VOTES + ".");
    }
    Map<String, BigDecimal> checked = new LinkedHashMap<>();
    weights.forEach(
        (group, weight) -> {
          Groups.requireCode("groupWeights", group);
          if (weight == null
              || weight.signum() <= 0
              || weight.compareTo(MAX_WEIGHT) > 0
              || weight.scale() > 2) {
            throw new InvalidInput(
                "groupWeights",
                "A group's weight is a number above 0 and at most 100, with two decimals at most.");
          }
          checked.put(group, weight);
        });
    weights = Map.copyOf(checked);
  }

  /** The weight of a vote of {@code group}. */
  public BigDecimal weightOf(String group) {
    return weights.getOrDefault(group, BigDecimal.ONE);
  }

  /** Refuses ({@code vote-quota-used}, 409) a vote of a participant who cast all theirs. */
  public void requireVoteLeft(int votesCast) {
    if (votesCast >= votesPerParticipant) {
      throw new Conflict(
          "vote-quota-used",
          "You have cast all your "
              + votesPerParticipant
              + " votes: withdraw one to vote for another proposal.");
    }
  }

  /** The weights as stored: {@code group=weight} pairs joined by {@code ;}, by group code. */
  public String weightsText() {
    return weights.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + "=" + e.getValue().stripTrailingZeros().toPlainString())
        .collect(Collectors.joining(";"));
  }

  /** The weights of {@link #weightsText()}. */
  public static Map<String, BigDecimal> parseWeights(String text) {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return weights;
    }
    for (String pair : text.split(";")) {
      String[] parts = pair.split("=", 2);
      if (parts.length != 2) {
        throw new InvalidInput("groupWeights", "A group weight is written group=weight.");
      }
      try {
        weights.put(parts[0].strip(), new BigDecimal(parts[1].strip()));
      } catch (NumberFormatException e) {
        throw new InvalidInput("groupWeights", "A group's weight is a number.");
      }
    }
    return weights;
  }
}
