package kz.kenes.integration.lti.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import kz.kenes.integration.lti.persistence.KenesSessionEntity;
import kz.kenes.platform.config.KenesConfig;
import kz.kenes.platform.persistence.Timestamps;

/**
 * Opens and resolves sessions. The bearer token (256 random bits) is shown to the browser once, in
 * the landing redirect; the database keeps only its SHA-256, so a database dump opens no session.
 */
@ApplicationScoped
public class SessionService {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Inject Clock clock;
  @Inject KenesConfig config;

  /** A new session and the token that opens it. */
  public record Opened(KenesSession session, String token) {}

  @Transactional
  public Opened open(KenesSessionEntity draft) {
    String token = randomToken(32);
    Instant now = clock.instant();
    draft.tokenHash = hash(token);
    draft.csrfToken = randomToken(18);
    draft.createdAt = Timestamps.toColumn(now);
    draft.expiresAt = Timestamps.toColumn(now.plus(config.sessionLifetime()));
    em.persist(draft);
    return new Opened(toSession(draft), token);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<KenesSession> resolve(String token) {
    if (token == null || token.isBlank() || token.length() > 128) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return em.createQuery(
            "select s from KenesSessionEntity s where s.tokenHash = :hash and s.expiresAt > :now",
            KenesSessionEntity.class)
        .setParameter("hash", hash(token))
        .setParameter("now", Timestamps.toColumn(now))
        .getResultStream()
        .findFirst()
        .map(SessionService::toSession);
  }

  @Transactional
  public void changeLocale(long sessionId, String locale) {
    KenesSessionEntity entity = em.find(KenesSessionEntity.class, sessionId);
    if (entity != null) {
      entity.locale = locale;
    }
  }

  /** Ends every session opened through one deployment of a registration. */
  @Transactional
  public int endSessionsOf(long registrationId, String deploymentId) {
    return em.createQuery(
            "delete from KenesSessionEntity s"
                + " where s.registrationId = :reg and s.deploymentId = :dep")
        .setParameter("reg", registrationId)
        .setParameter("dep", deploymentId)
        .executeUpdate();
  }

  @Transactional
  public int purgeExpired(Instant cutoff) {
    return em.createQuery("delete from KenesSessionEntity s where s.expiresAt < :cutoff")
        .setParameter("cutoff", Timestamps.toColumn(cutoff))
        .executeUpdate();
  }

  static KenesSession toSession(KenesSessionEntity e) {
    List<String> roles =
        e.roles == null || e.roles.isEmpty() ? List.of() : Arrays.asList(e.roles.split(" "));
    return new KenesSession(
        e.id,
        KenesSession.Kind.valueOf(e.kind),
        e.registrationId,
        e.deploymentId,
        e.contextRef,
        e.resourceLinkRef,
        e.userRef,
        roles,
        KenesRole.valueOf(e.kenesRole),
        e.locale,
        e.csrfToken,
        Timestamps.fromColumn(e.expiresAt));
  }

  static String randomToken(int bytes) {
    byte[] buffer = new byte[bytes];
    RANDOM.nextBytes(buffer);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
  }

  static String hash(String token) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
