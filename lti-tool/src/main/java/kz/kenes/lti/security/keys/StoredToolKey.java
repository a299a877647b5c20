package kz.kenes.lti.security.keys;

import java.time.Instant;

/**
 * One RSA key pair of the tool as stored by the application: the key id, the key pair serialised as
 * a private JWK (JSON), when it was created and, once rotated out, until when its public half stays
 * published.
 */
public record StoredToolKey(
    String kid, String privateJwkJson, Instant createdAt, Instant retiredAt, Instant publishUntil) {

  public boolean isActive() {
    return retiredAt == null;
  }

  public boolean isPublishedAt(Instant now) {
    return retiredAt == null || (publishUntil != null && now.isBefore(publishUntil));
  }
}
