package kz.kenes.crowdsourcing.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Optional;
import javax.sql.DataSource;
import kz.kenes.crowdsourcing.domain.ProposalOrigins;
import kz.kenes.platform.persistence.Timestamps;

/** {@link ProposalOrigins} in {@code proposal_origin} (V39), in the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class JdbcProposalOrigins implements ProposalOrigins {

  private static final String INSERT =
      "insert into proposal_origin (proposal_id, source, rating_id, item_id, module_id,"
          + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)";
  private static final String FIND =
      "select source, rating_id, item_id, module_id, created_by, created_at"
          + " from proposal_origin where proposal_id = ?";
  private static final String TAKEN =
      "select 1 from proposal_origin o join campaign_proposal p on p.id = o.proposal_id"
          + " where p.campaign_id = ? and o.source = ? and o.rating_id = ? and o.item_id = ?";
  private static final String TAKEN_IN =
      "select o.source, o.rating_id, o.item_id, o.proposal_id from proposal_origin o"
          + " join campaign_proposal p on p.id = o.proposal_id where p.campaign_id = ?";

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  @Override
  public void store(long proposalId, Origin origin) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert = c.prepareStatement(INSERT)) {
      insert.setLong(1, proposalId);
      insert.setString(2, origin.source());
      insert.setLong(3, origin.ratingId());
      insert.setLong(4, origin.itemId());
      insert.setObject(5, origin.moduleId());
      insert.setString(6, origin.createdBy());
      insert.setObject(7, Timestamps.toColumn(origin.createdAt()));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not store a proposal's origin", e);
    }
  }

  @Override
  public Optional<Origin> of(long proposalId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(FIND)) {
      select.setLong(1, proposalId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Origin(
                row.getString(1),
                row.getLong(2),
                row.getLong(3),
                row.getObject(4) == null ? null : row.getLong(4),
                row.getString(5),
                Timestamps.fromColumn(row.getObject(6, LocalDateTime.class))));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read a proposal's origin", e);
    }
  }

  @Override
  public boolean taken(long campaignId, String source, long ratingId, long itemId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(TAKEN)) {
      select.setLong(1, campaignId);
      select.setString(2, source);
      select.setLong(3, ratingId);
      select.setLong(4, itemId);
      try (ResultSet row = select.executeQuery()) {
        return row.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read proposals' origins", e);
    }
  }

  @Override
  public java.util.Map<String, Long> takenIn(long campaignId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(TAKEN_IN)) {
      select.setLong(1, campaignId);
      java.util.Map<String, Long> taken = new java.util.HashMap<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          taken.put(
              ProposalOrigins.key(row.getString(1), row.getLong(2), row.getLong(3)),
              row.getLong(4));
        }
      }
      return taken;
    } catch (SQLException e) {
      throw new IllegalStateException("could not read proposals' origins", e);
    }
  }
}
