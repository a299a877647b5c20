package kz.kenes.crowdsourcing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The effectiveness figures of the seed paper (Mombek et al., "Modernizing Higher Education
 * Programs with Crowdsourcing"): Totalks, the ideas proposed; Outks, the ideas accepted into the
 * program; resource efficiency Rr = Outks / Totalks; resource intensity Totalks / Outks. A ratio
 * whose divisor is 0 is undefined (empty), never 0 or infinity.
 *
 * @param totalks proposals submitted (merged ones included: each was an idea proposed)
 * @param outks proposals accepted
 */
public record Effectiveness(long totalks, long outks) {

  private static final int SCALE = 4;

  public Effectiveness {
    if (totalks < 0 || outks < 0 || outks > totalks) {
      throw new IllegalArgumentException("0 <= Outks <= Totalks: " + outks + ", " + totalks);
    }
  }

  /** Rr = Outks / Totalks, to four decimals; empty when nothing was proposed. */
  public Optional<BigDecimal> resourceEfficiency() {
    return ratio(outks, totalks);
  }

  /** Totalks / Outks, to four decimals; empty when nothing was accepted. */
  public Optional<BigDecimal> resourceIntensity() {
    return ratio(totalks, outks);
  }

  private static Optional<BigDecimal> ratio(long numerator, long divisor) {
    return divisor == 0
        ? Optional.empty()
        : Optional.of(
            BigDecimal.valueOf(numerator)
                .divide(BigDecimal.valueOf(divisor), SCALE, RoundingMode.HALF_UP));
  }
}
