package kz.kenes.crowdsourcing.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;
import kz.kenes.crowdsourcing.domain.CampaignInvitation;
import kz.kenes.crowdsourcing.domain.CampaignInvitations;
import kz.kenes.crowdsourcing.domain.CampaignRole;
import kz.kenes.platform.persistence.Timestamps;

/**
 * {@link CampaignInvitations} in {@code campaign_invitation} (V39), in the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class JdbcCampaignInvitations implements CampaignInvitations {

  private static final String COLUMNS =
      "select id, campaign_id, token_hash, role, group_code, label, max_uses, uses, expires_at,"
          + " revoked_at, created_by, created_at from campaign_invitation";
  private static final String INSERT =
      "insert into campaign_invitation (campaign_id, token_hash, role, group_code, label,"
          + " max_uses, uses, expires_at, created_by, created_at)"
          + " values (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)";
  private static final String USE =
      "update campaign_invitation set uses = uses + 1 where id = ? and uses < max_uses"
          + " and revoked_at is null and expires_at > ?";
  private static final String REVOKE =
      "update campaign_invitation set revoked_at = ? where id = ? and revoked_at is null";

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  @Override
  public CampaignInvitation store(CampaignInvitation link) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
      insert.setLong(1, link.campaignId());
      insert.setString(2, link.tokenHash());
      insert.setString(3, link.role().code());
      insert.setString(4, link.groupCode());
      insert.setString(5, link.label());
      insert.setInt(6, link.maxUses());
      insert.setObject(7, Timestamps.toColumn(link.expiresAt()));
      insert.setString(8, link.createdBy());
      insert.setObject(9, Timestamps.toColumn(link.createdAt()));
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return find(c, keys.getLong("id")).orElseThrow();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not store a campaign invitation", e);
    }
  }

  @Override
  public Optional<CampaignInvitation> find(long id) {
    try (Connection c = dataSource.getConnection()) {
      return find(c, id);
    } catch (SQLException e) {
      throw new IllegalStateException("could not read a campaign invitation", e);
    }
  }

  private static Optional<CampaignInvitation> find(Connection c, long id) throws SQLException {
    return list(c, COLUMNS + " where id = ?", id).stream().findFirst();
  }

  @Override
  public Optional<CampaignInvitation> findByTokenHash(String tokenHash) {
    return query(COLUMNS + " where token_hash = ?", tokenHash).stream().findFirst();
  }

  @Override
  public List<CampaignInvitation> findByCampaign(long campaignId, int offset, int limit) {
    return query(
        COLUMNS + " where campaign_id = ? order by id desc offset ? rows fetch next ? rows only",
        campaignId,
        offset,
        limit);
  }

  @Override
  public long countByCampaign(long campaignId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement count =
            c.prepareStatement("select count(*) from campaign_invitation where campaign_id = ?")) {
      count.setLong(1, campaignId);
      try (ResultSet row = count.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not count campaign invitations", e);
    }
  }

  @Override
  public OptionalInt use(long id, Instant now) {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement use = c.prepareStatement(USE)) {
        use.setLong(1, id);
        use.setObject(2, Timestamps.toColumn(now));
        if (use.executeUpdate() != 1) {
          return OptionalInt.empty();
        }
      }
      return OptionalInt.of(find(c, id).orElseThrow().uses());
    } catch (SQLException e) {
      throw new IllegalStateException("could not use a campaign invitation", e);
    }
  }

  @Override
  public void revoke(long id, Instant now) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement revoke = c.prepareStatement(REVOKE)) {
      revoke.setObject(1, Timestamps.toColumn(now));
      revoke.setLong(2, id);
      revoke.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not withdraw a campaign invitation", e);
    }
  }

  private List<CampaignInvitation> query(String sql, Object... parameters) {
    try (Connection c = dataSource.getConnection()) {
      return list(c, sql, parameters);
    } catch (SQLException e) {
      throw new IllegalStateException("could not read campaign invitations", e);
    }
  }

  private static List<CampaignInvitation> list(Connection c, String sql, Object... parameters)
      throws SQLException {
    List<CampaignInvitation> links = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setObject(i + 1, parameters[i]);
      }
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          links.add(
              new CampaignInvitation(
                  row.getLong(1),
                  row.getLong(2),
                  row.getString(3),
                  CampaignRole.of(row.getString(4)),
                  row.getString(5),
                  row.getString(6),
                  row.getInt(7),
                  row.getInt(8),
                  time(row, 9),
                  time(row, 10),
                  row.getString(11),
                  time(row, 12)));
        }
      }
    }
    return links;
  }

  private static Instant time(ResultSet row, int column) throws SQLException {
    return Timestamps.fromColumn(row.getObject(column, LocalDateTime.class));
  }
}
