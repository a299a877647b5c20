package kz.kenes.identity.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * Where sessions live. Only the SHA-256 of a session's bearer token is stored ({@link
 * SessionTokens#hash}), so a copy of the store opens no session. A session opened with the admin
 * token resolves only while that token is still the configured one ({@link AdminTokenMark}).
 */
public interface SessionStore {

  /** Opens a session: draws its token and CSRF token and sets its expiry. */
  OpenedSession open(SessionDraft draft);

  /** The live session a bearer token opens; empty for an unknown, malformed or expired token. */
  Optional<KenesSession> resolve(String token);

  /**
   * The live session with this id, for a reference that proved itself otherwise (an HMAC under the
   * server secret); empty for an unknown or expired one.
   */
  Optional<KenesSession> resolveById(long id);

  /**
   * {@link #resolveById}, or {@code NotAuthenticated} (401: launch again) when the session has
   * ended: for work done later on behalf of a session, e.g. opening a placed activity.
   */
  default KenesSession requireById(long id) {
    return resolveById(id)
        .orElseThrow(
            () ->
                new kz.kenes.platform.domain.NotAuthenticated(
                    "The session has ended: launch Kenes again."));
  }

  /** Keeps the language a person chose for the rest of the session. */
  void changeLocale(long sessionId, String locale);

  /** Ends one session (sign-out); false when it had already ended. */
  boolean end(long sessionId);

  /** Ends every session opened through one deployment of a platform registration. */
  int endSessionsOf(long registrationId, String deploymentId);

  /**
   * Ends every session opened through a platform registration: its university, operator flag or
   * role mapping changed, so the authority its sessions carry is stale.
   */
  int endSessionsOf(long registrationId);

  /** Removes the sessions that expired before {@code cutoff}. */
  int purgeExpired(Instant cutoff);
}
