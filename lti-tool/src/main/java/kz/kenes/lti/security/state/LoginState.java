package kz.kenes.lti.security.state;

import java.time.Instant;

/**
 * What the tool remembers between OIDC login initiation and the launch: the random {@code state}
 * and {@code nonce} it sent to the platform, the registration and the target link URI it was for
 * (the launch's id_token must carry the same), and a fingerprint of the browser request that
 * started it (every launch must come from that browser, docs/adr/0003-session-and-state.md).
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-2-authentication-request">LTI
 *     Security Framework §5.1.1.2</a>
 */
public record LoginState(
    String state,
    String nonce,
    long registrationId,
    String targetLinkUri,
    String browserBinding,
    Instant issuedAt,
    Instant expiresAt) {

  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
