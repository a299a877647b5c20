package kz.kenes.identity.domain;

import java.util.Optional;
import kz.kenes.platform.domain.NotAllowed;

/**
 * The universities a caller acts for: every one for the installation's operator (the admin token,
 * or an Administrator of the registration marked as the installation's own), else the one
 * university of the platform registration they launched from, or none when the operator has not
 * bound that registration to a university. Contexts ask it before they show or change anything that
 * belongs to a university (docs/security.md, "Authority").
 *
 * @param operator whether every university is in reach
 * @param universityId the one university in reach when not the operator; null for none
 */
public record UniversityScope(boolean operator, Long universityId) {

  /** The installation's operator: every university. */
  public static UniversityScope ofOperator() {
    return new UniversityScope(true, null);
  }

  /** One university, or none when {@code universityId} is null. */
  public static UniversityScope of(Long universityId) {
    return new UniversityScope(false, universityId);
  }

  /** Whether the caller may act for this university. */
  public boolean reaches(long universityId) {
    return operator || (this.universityId != null && this.universityId == universityId);
  }

  /** The one university of a caller that is not the operator; empty for the operator or none. */
  public Optional<Long> only() {
    return operator ? Optional.empty() : Optional.ofNullable(universityId);
  }

  /** Refuses (403) anyone but the installation's operator. */
  public void requireOperator(String what) {
    if (!operator) {
      throw new NotAllowed(
          what + " belong to the installation's operator (the admin token), not to a university.");
    }
  }

  /** Refuses (403) a caller who does not act for {@code universityId}. */
  public void require(long universityId, String what) {
    if (!reaches(universityId)) {
      throw new NotAllowed(
          this.universityId == null && !operator
              ? "Your platform registration is bound to no university, so you may not act on "
                  + what
                  + ": ask the installation's operator to bind it."
              : what + " belongs to another university than the one your platform serves.");
    }
  }
}
