package kz.kenes.crowdsourcing.domain;

import java.math.BigDecimal;
import java.util.Locale;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;

/**
 * How a campaign decides (docs/crowdsourcing.md, "Governance"). In both, only a shortlisted
 * proposal is decided, with a reason. {@link #DEMOCRATIC}: the votes decide among the
 * expert-approved proposals: an approved proposal whose weighted votes reach the campaign's minimum
 * support is accepted, every other is rejected, and Kenes refuses a decision against that. {@link
 * #HIERARCHICAL}: the experts decide: only an expert-approved proposal may be accepted, any may be
 * rejected, and the votes advise.
 */
public enum Governance {
  DEMOCRATIC,
  HIERARCHICAL;

  /** What a decision is taken on: a proposal's standing when the organiser decides. */
  public record Standing(boolean shortlisted, boolean expertApproved, BigDecimal support) {}

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Governance of(String code) {
    for (Governance g : values()) {
      if (g.code().equals(code)) {
        return g;
      }
    }
    throw new InvalidInput("governance", "Governance is 'democratic' or 'hierarchical'.");
  }

  /**
   * Refuses ({@code decision-against-governance}, 409) a decision this governance does not allow.
   *
   * @param minimumSupport the weighted votes a proposal needs under democratic governance
   */
  public void requireAllowed(Standing standing, boolean accept, BigDecimal minimumSupport) {
    if (!standing.shortlisted()) {
      throw refusal("Only a shortlisted proposal is accepted or rejected.");
    }
    if (accept && !standing.expertApproved()) {
      throw refusal("Only a proposal the experts approved may be accepted.");
    }
    if (this == HIERARCHICAL) {
      return;
    }
    boolean carried =
        standing.expertApproved() && standing.support().compareTo(minimumSupport) >= 0;
    if (accept && !carried) {
      throw refusal(
          "Under democratic governance the votes decide: this proposal has "
              + standing.support().stripTrailingZeros().toPlainString()
              + " weighted votes of the "
              + minimumSupport.stripTrailingZeros().toPlainString()
              + " needed.");
    }
    if (!accept && carried) {
      throw refusal(
          "Under democratic governance the votes decide: this expert-approved proposal reached"
              + " the minimum support and cannot be rejected.");
    }
  }

  private static Conflict refusal(String message) {
    return new Conflict("decision-against-governance", message);
  }
}
