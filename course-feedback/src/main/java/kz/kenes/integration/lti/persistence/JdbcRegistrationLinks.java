package kz.kenes.integration.lti.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import javax.sql.DataSource;
import kz.kenes.platform.persistence.Timestamps;

/**
 * The one-time links of dynamic registration, by the SHA-256 of their secret. A link is claimed by
 * one conditional UPDATE before Kenes posts to the platform, so two confirmations of one link
 * cannot both register; a failed registration releases the claim, a stored one marks the link used
 * for good. Plain JDBC on auto-commit connections: each step is its own transaction, whatever the
 * caller's.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class JdbcRegistrationLinks {

  /** How long a claim holds: a node that died mid-registration frees its link after this. */
  public static final java.time.Duration CLAIM_TIMEOUT = java.time.Duration.ofMinutes(2);

  /** A stored link. */
  public record Link(
      String tokenHash,
      Long universityId,
      Instant createdAt,
      Instant expiresAt,
      Instant usedAt,
      Long registrationId) {

    public boolean usableAt(Instant now) {
      return usedAt == null && now.isBefore(expiresAt);
    }
  }

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  public void create(String tokenHash, Long universityId, Instant createdAt, Instant expiresAt) {
    run(
        "insert into lti_registration_link (token_hash, university_id, created_at, expires_at)"
            + " values (?, ?, ?, ?)",
        s -> {
          s.setString(1, tokenHash);
          if (universityId == null) {
            s.setNull(2, Types.BIGINT);
          } else {
            s.setLong(2, universityId);
          }
          s.setObject(3, column(createdAt));
          s.setObject(4, column(expiresAt));
        });
  }

  public Optional<Link> find(String tokenHash) {
    String sql =
        "select university_id, created_at, expires_at, used_at, registration_id"
            + " from lti_registration_link where token_hash = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, tokenHash);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        long university = r.getLong(1);
        Long universityId = r.wasNull() ? null : university;
        long registration = r.getLong(5);
        Long registrationId = r.wasNull() ? null : registration;
        return Optional.of(
            new Link(
                tokenHash,
                universityId,
                instant(r.getObject(2, LocalDateTime.class)),
                instant(r.getObject(3, LocalDateTime.class)),
                instant(r.getObject(4, LocalDateTime.class)),
                registrationId));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the registration link", e);
    }
  }

  /**
   * Claims an unused, unexpired link that no one else holds (or whose claim timed out); false when
   * it cannot be claimed.
   */
  public boolean claim(String tokenHash, Instant now) {
    return update(
            "update lti_registration_link set claimed_at = ? where token_hash = ?"
                + " and used_at is null and expires_at > ?"
                + " and (claimed_at is null or claimed_at < ?)",
            s -> {
              s.setObject(1, column(now));
              s.setString(2, tokenHash);
              s.setObject(3, column(now));
              s.setObject(4, column(now.minus(CLAIM_TIMEOUT)));
            })
        == 1;
  }

  /** Releases a claim after a registration that stored nothing. */
  public void release(String tokenHash) {
    run(
        "update lti_registration_link set claimed_at = null where token_hash = ? and used_at is null",
        s -> s.setString(1, tokenHash));
  }

  /** Marks the link used by the registration it created. */
  public void markUsed(String tokenHash, long registrationId, Instant now) {
    run(
        "update lti_registration_link set used_at = ?, registration_id = ? where token_hash = ?",
        s -> {
          s.setObject(1, column(now));
          s.setLong(2, registrationId);
          s.setString(3, tokenHash);
        });
  }

  /** Removes links that expired before {@code cutoff}; returns how many. */
  public int purgeExpired(Instant cutoff) {
    return update(
        "delete from lti_registration_link where expires_at < ?",
        s -> s.setObject(1, column(cutoff)));
  }

  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private void run(String sql, Binder binder) {
    update(sql, binder);
  }

  private int update(String sql, Binder binder) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      binder.bind(s);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not update the registration links", e);
    }
  }

  private static LocalDateTime column(Instant instant) {
    return Timestamps.toColumn(instant);
  }

  private static Instant instant(LocalDateTime column) {
    return column == null ? null : Timestamps.fromColumn(column);
  }
}
