package kz.kenes.crowdsourcing.persistence;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import kz.kenes.platform.persistence.SqlDialect;

/**
 * Who took part in a campaign and in which group ({@code campaign_participant}, V50; ADR 0033): per
 * campaign, group and person the number of their proposals, comments and votes there. Written by
 * {@link JpaProposalRepository} in the transaction that writes the proposal, comment or vote, so
 * the figures' participants per group ({@link JdbcCampaignFigureQueries}) never disagree with the
 * rows they stand for. A row lives while one of its counts is above 0.
 */
final class CampaignParticipants {

  /** What a person did in the campaign: one of the three counted columns. */
  enum Contribution {
    PROPOSAL("proposals"),
    COMMENT("comments"),
    VOTE("votes");

    final String column;

    Contribution(String column) {
      this.column = column;
    }
  }

  // On PostgreSQL two first contributions of one person at once: the second waits for the first's
  // row and adds to it (no unique violation).
  private static final String ADD_PG =
      "insert into campaign_participant (campaign_id, group_code, member_key, proposals, comments,"
          + " votes) values (?, ?, ?, ?, ?, ?) on conflict (campaign_id, group_code, member_key)"
          + " do update set proposals = campaign_participant.proposals + excluded.proposals,"
          + " comments = campaign_participant.comments + excluded.comments,"
          + " votes = campaign_participant.votes + excluded.votes";
  private static final String ADD_H2 =
      "merge into campaign_participant t using (select cast(? as bigint) as c,"
          + " cast(? as varchar(32)) as g, cast(? as varchar(64)) as k, cast(? as integer) as p,"
          + " cast(? as integer) as m, cast(? as integer) as v) s"
          + " on t.campaign_id = s.c and t.group_code = s.g and t.member_key = s.k"
          + " when matched then update set proposals = t.proposals + s.p,"
          + " comments = t.comments + s.m, votes = t.votes + s.v"
          + " when not matched then insert (campaign_id, group_code, member_key, proposals,"
          + " comments, votes) values (s.c, s.g, s.k, s.p, s.m, s.v)";
  private static final String WHERE =
      " where campaign_id = ? and group_code = ? and member_key = ?";

  private final DataSource dataSource;
  private final Jdbc jdbc;
  private volatile SqlDialect dialect;

  CampaignParticipants(DataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbc = new Jdbc(dataSource);
  }

  /** Counts one more proposal, comment or vote of {@code memberKey} in {@code groupCode}. */
  void add(long campaignId, String groupCode, String memberKey, Contribution contribution) {
    jdbc.update(
        dialect() == SqlDialect.POSTGRESQL ? ADD_PG : ADD_H2,
        campaignId,
        groupCode,
        memberKey,
        contribution == Contribution.PROPOSAL ? 1 : 0,
        contribution == Contribution.COMMENT ? 1 : 0,
        contribution == Contribution.VOTE ? 1 : 0);
  }

  /**
   * Counts one vote less (a withdrawn vote); the person is no longer a participant of the group
   * when nothing else of theirs is left there. The update locks the row, so a contribution written
   * at the same time waits and finds it, or finds it gone and writes it anew.
   */
  void withdrawVote(long campaignId, String groupCode, String memberKey) {
    jdbc.update(
        "update campaign_participant set votes = votes - 1" + WHERE + " and votes > 0",
        campaignId,
        groupCode,
        memberKey);
    jdbc.update(
        "delete from campaign_participant"
            + WHERE
            + " and proposals = 0 and comments = 0 and votes = 0",
        campaignId,
        groupCode,
        memberKey);
  }

  private SqlDialect dialect() {
    SqlDialect known = dialect;
    if (known == null) {
      try (Connection c = dataSource.getConnection()) {
        known = SqlDialect.of(c);
      } catch (SQLException e) {
        throw new PersistenceException("cannot tell the database's dialect", e);
      }
      dialect = known;
    }
    return known;
  }
}
