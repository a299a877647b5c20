package kz.kenes.identity.domain;

import java.time.Instant;
import java.util.List;

/**
 * An authenticated session: who launched Kenes, from which platform, deployment, course and
 * resource link, with which roles. Created by a successful LTI launch ({@link Kind#LTI}) or by the
 * admin token on the admin sign-in page ({@link Kind#ADMIN_TOKEN}, no LTI identity). Carried by a
 * bearer token in the page, not by a cookie, so it works in an LMS iframe that blocks third-party
 * cookies (docs/adr/0003-session-and-state.md).
 *
 * <p>Authority follows the institution (docs/security.md, "Authority"): a launch's session carries
 * the university its platform registration serves ({@code universityId}, null when the operator has
 * bound the registration to none) and whether the caller is the installation's operator (the admin
 * token, or an Administrator of the registration the operator marked as the installation's own).
 *
 * @param universityId the university of the launch's registration; null for none
 * @param operator whether the caller is the installation's operator
 * @param guestKey for a session opened through a campaign's invitation link ({@link
 *     Kind#INVITATION}), the member key of the guest it opened; null otherwise
 */
public record KenesSession(
    long id,
    Kind kind,
    Long registrationId,
    String deploymentId,
    Long contextRef,
    Long resourceLinkRef,
    Long userRef,
    List<String> ltiRoles,
    KenesRole role,
    Long universityId,
    boolean operator,
    String locale,
    String csrfToken,
    Instant expiresAt,
    String guestKey) {

  /** How the session was opened. */
  public enum Kind {
    LTI,
    ADMIN_TOKEN,
    /**
     * A person without an LMS account who opened a campaign's invitation link: a learner-level
     * session with no LTI identity, naming its guest member key.
     */
    INVITATION
  }

  public boolean isAdmin() {
    return role == KenesRole.ADMIN;
  }

  /** The universities this caller acts for: all for the operator, else the launch's one. */
  public UniversityScope scope() {
    return operator ? UniversityScope.ofOperator() : UniversityScope.of(universityId);
  }
}
