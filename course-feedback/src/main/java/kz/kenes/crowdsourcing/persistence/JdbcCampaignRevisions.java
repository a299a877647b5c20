package kz.kenes.crowdsourcing.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import kz.kenes.crowdsourcing.domain.CampaignRevisions;

/** {@link CampaignRevisions} in {@code campaign_revision} (V38), in the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class JdbcCampaignRevisions implements CampaignRevisions {

  private static final String OPEN_DRAFT =
      "select r.id from revision_record r join campaign_revision c on c.revision_id = r.id"
          + " where c.campaign_id = ? and r.program_id = ? and r.status = 'DRAFT'"
          + " order by r.id desc fetch first 1 rows only";
  private static final String ATTACH =
      "insert into campaign_revision (revision_id, campaign_id) values (?, ?)";
  private static final String CAMPAIGN_OF =
      "select campaign_id from campaign_revision where revision_id = ?";

  private static final String REVISIONS =
      "select revision_id from campaign_revision where campaign_id = ? order by revision_id desc";

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  @Override
  public Optional<Long> openDraft(long campaignId, long programId) {
    return one(OPEN_DRAFT, campaignId, programId);
  }

  @Override
  public void attach(long revisionId, long campaignId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert = c.prepareStatement(ATTACH)) {
      insert.setLong(1, revisionId);
      insert.setLong(2, campaignId);
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not link a revision to its campaign", e);
    }
  }

  @Override
  public Optional<Long> campaignOf(long revisionId) {
    return one(CAMPAIGN_OF, revisionId);
  }

  @Override
  public List<Long> revisions(long campaignId) {
    List<Long> ids = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(REVISIONS)) {
      select.setLong(1, campaignId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          ids.add(row.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read a campaign's revisions", e);
    }
    return ids;
  }

  private Optional<Long> one(String sql, long... parameters) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setLong(i + 1, parameters[i]);
      }
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read a campaign's revisions", e);
    }
  }
}
