package kz.kenes.identity.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import kz.kenes.identity.domain.AdminTokenMark;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.domain.OpenedSession;
import kz.kenes.identity.domain.SessionDraft;
import kz.kenes.identity.domain.SessionStore;
import kz.kenes.identity.domain.SessionTokens;
import kz.kenes.platform.config.KenesConfig;
import kz.kenes.platform.persistence.HandOff;
import kz.kenes.platform.persistence.Timestamps;

/**
 * The sessions in {@code kenes_session}: opened through JPA, resolved with one plain JDBC
 * statement. The bearer token (256 random bits) is shown to the browser once, in the landing
 * redirect; the database keeps only its SHA-256, so a database dump opens no session. A session
 * opened with the admin token resolves only while that token is configured ({@link
 * AdminTokenMark}).
 */
@ApplicationScoped
public class JpaSessionStore implements SessionStore {

  private static final String RESOLVE =
      "select id, kind, registration_id, deployment_id, context_ref, resource_link_ref, user_ref,"
          + " roles, kenes_role, locale, csrf_token, expires_at, admin_token_mark, university_id,"
          + " operator, guest_key from kenes_session where ";

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  @Inject Clock clock;
  @Inject KenesConfig config;
  @Resource TransactionSynchronizationRegistry transactions;

  /**
   * How long a session just opened is handed to its first request without a read (ADR 0038): the
   * redirect that follows a launch or sign-in arrives within milliseconds.
   */
  static final Duration HAND_OFF = Duration.ofSeconds(10);

  /** A session just opened on this node, and its token's hash. */
  private record Fresh(KenesSession session, String tokenHash) {}

  private final HandOff<String, Fresh> freshByToken = new HandOff<>(HAND_OFF, 10_000);
  private final HandOff<Long, Fresh> freshById = new HandOff<>(HAND_OFF, 10_000);

  @Override
  @Transactional
  public OpenedSession open(SessionDraft draft) {
    String token = SessionTokens.random(32);
    Instant now = clock.instant();
    KenesSessionEntity row = new KenesSessionEntity();
    row.kind = draft.kind().name();
    row.registrationId = draft.registrationId();
    row.deploymentId = draft.deploymentId();
    row.contextRef = draft.contextRef();
    row.resourceLinkRef = draft.resourceLinkRef();
    row.userRef = draft.userRef();
    row.roles = joinedRoles(draft.ltiRoles());
    row.kenesRole = draft.role().name();
    row.universityId = draft.universityId();
    row.operator = draft.operator();
    row.locale = draft.locale();
    row.guestKey = draft.guestKey();
    row.tokenHash = SessionTokens.hash(token);
    row.csrfToken = SessionTokens.random(18);
    row.createdAt = Timestamps.toColumn(now);
    row.expiresAt = Timestamps.toColumn(now.plus(config.sessionLifetime()));
    row.adminTokenMark = adminTokenMark(draft);
    em.persist(row);
    KenesSession session = toSession(row);
    Fresh fresh = new Fresh(session, row.tokenHash);
    freshByToken.putAfterCommit(transactions, row.tokenHash, fresh);
    freshById.putAfterCommit(transactions, row.id, fresh);
    return new OpenedSession(session, token);
  }

  /**
   * The fingerprint of the configured admin token for a session it opens (the sign-in has just
   * checked the token typed against it), null for other sessions.
   */
  private String adminTokenMark(SessionDraft draft) {
    if (draft.kind() != KenesSession.Kind.ADMIN_TOKEN) {
      return null;
    }
    return config.adminToken().map(AdminTokenMark::of).orElse(null);
  }

  /** The roles as stored: space-separated, a role containing a space dropped, cut at 4,000. */
  static String joinedRoles(List<String> roles) {
    String joined = String.join(" ", roles.stream().filter(r -> !r.contains(" ")).toList());
    return joined.length() > 4000 ? joined.substring(0, 4000) : joined;
  }

  /**
   * The live session the token opens. Every authenticated request asks this, so it is one plain
   * JDBC statement on the unique token hash, without an EntityManager's unit of work. The expiry is
   * checked here, not in the WHERE clause: PostgreSQL's generic plan for a reused prepared
   * statement with {@code expires_at > ?} chose the expiry index and read every live session (the
   * launch benchmark fell from 365 to 130 flows/s as sessions piled up).
   */
  @Override
  public Optional<KenesSession> resolve(String token) {
    if (token == null || token.isBlank() || token.length() > 128) {
      return Optional.empty();
    }
    String hash = SessionTokens.hash(token);
    Optional<Fresh> fresh = freshByToken.take(hash);
    if (fresh.isPresent()) {
      freshById.forget(fresh.get().session().id());
      return live(fresh.get().session());
    }
    return find("token_hash = ?", hash);
  }

  @Override
  public Optional<KenesSession> resolveById(long id) {
    Optional<Fresh> fresh = freshById.take(id);
    if (fresh.isPresent()) {
      freshByToken.forget(fresh.get().tokenHash());
      return live(fresh.get().session());
    }
    return find("id = ?", id);
  }

  /** A session handed off by its opening, checked as a stored one is. */
  private Optional<KenesSession> live(KenesSession session) {
    if (!session.expiresAt().isAfter(clock.instant())) {
      return Optional.empty();
    }
    if (session.kind() == KenesSession.Kind.ADMIN_TOKEN) {
      // its admin token mark is not in the session record: read it as any other request would
      return find("id = ?", session.id());
    }
    return Optional.of(session);
  }

  /** This node forgets a session it has just opened: the session changed or ended. */
  private void forgetFresh(long sessionId) {
    freshById.take(sessionId).ifPresent(f -> freshByToken.forget(f.tokenHash()));
  }

  private Optional<KenesSession> find(String where, Object key) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement find = c.prepareStatement(RESOLVE + where)) {
      find.setObject(1, key);
      try (ResultSet row = find.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        Instant expiresAt = Timestamps.fromColumn(row.getObject(12, LocalDateTime.class));
        KenesSession.Kind kind = KenesSession.Kind.valueOf(row.getString(2));
        if (!expiresAt.isAfter(clock.instant())
            || !AdminTokenMark.keepsOpen(kind, row.getString(13), config.adminToken())) {
          return Optional.empty();
        }
        return Optional.of(
            new KenesSession(
                row.getLong(1),
                kind,
                nullableLong(row, 3),
                row.getString(4),
                nullableLong(row, 5),
                nullableLong(row, 6),
                nullableLong(row, 7),
                roles(row.getString(8)),
                KenesRole.valueOf(row.getString(9)),
                nullableLong(row, 14),
                row.getBoolean(15),
                row.getString(10),
                row.getString(11),
                expiresAt,
                row.getString(16)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the session", e);
    }
  }

  private static Long nullableLong(ResultSet row, int column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? null : value;
  }

  @Override
  @Transactional
  public void changeLocale(long sessionId, String locale) {
    forgetFresh(sessionId);
    KenesSessionEntity entity = em.find(KenesSessionEntity.class, sessionId);
    if (entity != null) {
      entity.locale = locale;
    }
  }

  @Override
  @Transactional
  public boolean end(long sessionId) {
    forgetFresh(sessionId);
    return em.createQuery("delete from KenesSessionEntity s where s.id = :id")
            .setParameter("id", sessionId)
            .executeUpdate()
        > 0;
  }

  @Override
  @Transactional
  public int endSessionsOf(long registrationId, String deploymentId) {
    forgetAllFresh();
    return em.createQuery(
            "delete from KenesSessionEntity s"
                + " where s.registrationId = :reg and s.deploymentId = :dep")
        .setParameter("reg", registrationId)
        .setParameter("dep", deploymentId)
        .executeUpdate();
  }

  @Override
  @Transactional
  public int endSessionsOf(long registrationId) {
    forgetAllFresh();
    return em.createQuery("delete from KenesSessionEntity s where s.registrationId = :reg")
        .setParameter("reg", registrationId)
        .executeUpdate();
  }

  @Override
  @Transactional
  public int purgeExpired(Instant cutoff) {
    return em.createQuery("delete from KenesSessionEntity s where s.expiresAt < :cutoff")
        .setParameter("cutoff", Timestamps.toColumn(cutoff))
        .executeUpdate();
  }

  private void forgetAllFresh() {
    freshById.forgetAll();
    freshByToken.forgetAll();
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
        e.universityId,
        e.operator,
        e.locale,
        e.csrfToken,
        Timestamps.fromColumn(e.expiresAt),
        e.guestKey);
  }

  private static List<String> roles(String stored) {
    return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split(" "));
  }
}
