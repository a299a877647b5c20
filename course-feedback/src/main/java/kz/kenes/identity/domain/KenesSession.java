package kz.kenes.identity.domain;

import java.time.Instant;
import java.util.List;

/**
 * An authenticated session: who launched Kenes, from which platform, deployment, course and
 * resource link, with which roles. Created by a successful LTI launch ({@link Kind#LTI}) or by the
 * admin token on the admin sign-in page ({@link Kind#ADMIN_TOKEN}, no LTI identity). Carried by a
 * bearer token in the page, not by a cookie, so it works in an LMS iframe that blocks third-party
 * cookies (docs/adr/0003-session-and-state.md).
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
    String locale,
    String csrfToken,
    Instant expiresAt) {

  /** How the session was opened. */
  public enum Kind {
    LTI,
    ADMIN_TOKEN
  }

  public boolean isAdmin() {
    return role == KenesRole.ADMIN;
  }
}
