package kz.kenes.integration.lti.session;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
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
  private static final String RESOLVE =
      "select id, kind, registration_id, deployment_id, context_ref, resource_link_ref, user_ref,"
          + " roles, kenes_role, locale, csrf_token, expires_at from kenes_session"
          + " where token_hash = ?";

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

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

  /**
   * The live session the token opens. Every authenticated request asks this, so it is one plain
   * JDBC statement on the unique token hash, without an EntityManager's unit of work. The expiry is
   * checked here, not in the WHERE clause: PostgreSQL's generic plan for a reused prepared
   * statement with {@code expires_at > ?} chose the expiry index and read every live session (the
   * launch benchmark fell from 365 to 130 flows/s as sessions piled up).
   */
  public Optional<KenesSession> resolve(String token) {
    if (token == null || token.isBlank() || token.length() > 128) {
      return Optional.empty();
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement find = c.prepareStatement(RESOLVE)) {
      find.setString(1, hash(token));
      try (ResultSet row = find.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        Instant expiresAt = Timestamps.fromColumn(row.getObject(12, LocalDateTime.class));
        if (!expiresAt.isAfter(clock.instant())) {
          return Optional.empty();
        }
        return Optional.of(
            new KenesSession(
                row.getLong(1),
                KenesSession.Kind.valueOf(row.getString(2)),
                nullableLong(row, 3),
                row.getString(4),
                nullableLong(row, 5),
                nullableLong(row, 6),
                nullableLong(row, 7),
                roles(row.getString(8)),
                KenesRole.valueOf(row.getString(9)),
                row.getString(10),
                row.getString(11),
                expiresAt));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the session", e);
    }
  }

  private static Long nullableLong(ResultSet row, int column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? null : value;
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
    return new KenesSession(
        e.id,
        KenesSession.Kind.valueOf(e.kind),
        e.registrationId,
        e.deploymentId,
        e.contextRef,
        e.resourceLinkRef,
        e.userRef,
        roles(e.roles),
        KenesRole.valueOf(e.kenesRole),
        e.locale,
        e.csrfToken,
        Timestamps.fromColumn(e.expiresAt));
  }

  private static List<String> roles(String stored) {
    return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split(" "));
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
