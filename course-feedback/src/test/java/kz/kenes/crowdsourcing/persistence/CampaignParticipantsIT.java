package kz.kenes.crowdsourcing.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import kz.kenes.analytics.persistence.TestDatabase;
import kz.kenes.crowdsourcing.domain.CampaignFigureQueries.GroupFigures;
import kz.kenes.crowdsourcing.persistence.CampaignParticipants.Contribution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A campaign's participants ({@code campaign_participant}, V50; ADR 0033) on H2 and PostgreSQL: the
 * migration counts the proposals, comments and votes written before it, the writes keep the counts,
 * and the figures' participants per group equal the distinct people of each group who proposed,
 * commented or voted, counted from those rows as the figures did before V50.
 */
class CampaignParticipantsIT {

  /** The figures' statement before V50: the (group, person) pairs of the three sources. */
  private static final String PAIRS_BEFORE_V50 =
      "select group_code, count(*) from (select group_code, member_key from ("
          + " select p.group_code, p.author_key as member_key from campaign_proposal p"
          + " where p.campaign_id = 1"
          + " union all select c.group_code, c.author_key from proposal_comment c"
          + " join campaign_proposal p on p.id = c.proposal_id where p.campaign_id = 1"
          + " union all select v.group_code, v.voter_key from proposal_vote v"
          + " where v.campaign_id = 1) u group by group_code, member_key) t"
          + " group by group_code order by group_code";

  private TestDatabase database;

  @AfterEach
  void drop() {
    if (database != null) {
      database.drop();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void theMigrationCountsWhatWasWrittenBeforeIt(String kind) {
    database = open(kind, "48");
    JdbcRevisionRecordsIT.campaignWithProposals(database);
    execute(
        "insert into campaign (id, university_id, program_id, module_ids, title, task,"
            + " key_questions, group_codes, governance, votes_per_participant, group_weights,"
            + " minimum_support, stage, created_by, created_at, updated_at) values (2, 3, 11,"
            + " '', 'D', 'T', '', 'learner', 'democratic', 1, '', 1, 'voting', 'operator',"
            + " current_timestamp, current_timestamp)");
    proposal(10, 1, "lti:1", "learner", null);
    proposal(11, 1, "lti:1", "learner", "Spam"); // hidden: its author still took part
    proposal(12, 1, "inv:7:1", "employer", null);
    proposal(20, 2, "lti:1", "learner", null); // another campaign
    comment(30, 10, "lti:2", "learner", null);
    comment(31, 12, "lti:2", "learner", "Rude"); // hidden
    comment(32, 12, "lti:3", "staff", null);
    vote(10, "lti:2", 1, "learner", null);
    vote(10, "inv:7:2", 1, "employer", null);
    vote(12, "inv:7:2", 1, "employer", 11L); // carried from 11
    vote(20, "lti:9", 2, "learner", null);

    database.migrate();

    assertThat(participants())
        .containsExactly(
            "1 employer inv:7:1 1 0 0",
            "1 employer inv:7:2 0 0 2",
            "1 learner lti:1 2 0 0",
            "1 learner lti:2 0 2 1",
            "1 staff lti:3 0 1 0",
            "2 learner lti:1 1 0 0",
            "2 learner lti:9 0 0 1");
    assertThat(figures()).containsExactlyElementsOf(pairsBeforeV50());
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aWithdrawnVoteTakesItsVoterOffOnlyWhenNothingElseOfTheirsIsLeft(String kind) {
    database = open(kind, null);
    JdbcRevisionRecordsIT.campaignWithProposals(database);
    CampaignParticipants participants = new CampaignParticipants(database.dataSource);
    participants.add(1, "learner", "lti:1", Contribution.PROPOSAL);
    participants.add(1, "learner", "lti:1", Contribution.VOTE);
    participants.add(1, "employer", "inv:7:1", Contribution.VOTE);
    participants.add(1, "employer", "inv:7:1", Contribution.VOTE);
    participants.add(1, "learner", "lti:2", Contribution.COMMENT);
    participants.add(1, "staff", "lti:2", Contribution.COMMENT);
    assertThat(participants())
        .containsExactly(
            "1 employer inv:7:1 0 0 2",
            "1 learner lti:1 1 0 1",
            "1 learner lti:2 0 1 0",
            "1 staff lti:2 0 1 0");

    participants.withdrawVote(1, "employer", "inv:7:1");
    participants.withdrawVote(1, "learner", "lti:1");
    assertThat(participants())
        .containsExactly(
            "1 employer inv:7:1 0 0 1",
            "1 learner lti:1 1 0 0",
            "1 learner lti:2 0 1 0",
            "1 staff lti:2 0 1 0");
    participants.withdrawVote(1, "employer", "inv:7:1");
    participants.withdrawVote(1, "learner", "lti:1");
    assertThat(participants())
        .containsExactly("1 learner lti:1 1 0 0", "1 learner lti:2 0 1 0", "1 staff lti:2 0 1 0");
    // a person counts once per group they took part in
    assertThat(figures()).containsExactly("learner 2", "staff 1");
  }

  private static TestDatabase open(String kind, String target) {
    Assumptions.assumeTrue(
        kind.equals("h2") || TestDatabase.postgresAvailable(), "no PostgreSQL here");
    return kind.equals("h2") ? TestDatabase.h2(target) : TestDatabase.postgres(target);
  }

  private List<String> participants() {
    return new Jdbc(database.dataSource)
        .query(
            "select campaign_id, group_code, member_key, proposals, comments, votes"
                + " from campaign_participant order by campaign_id, group_code, member_key",
            rows ->
                rows.getLong(1)
                    + " "
                    + rows.getString(2)
                    + " "
                    + rows.getString(3)
                    + " "
                    + rows.getInt(4)
                    + " "
                    + rows.getInt(5)
                    + " "
                    + rows.getInt(6));
  }

  /** The participants per group of campaign 1, as the figures read them. */
  private List<String> figures() {
    return new JdbcCampaignFigureQueries(database.dataSource)
        .perGroup(1).stream()
            .filter(g -> g.participants() > 0)
            .map((GroupFigures g) -> g.groupCode() + " " + g.participants())
            .toList();
  }

  private List<String> pairsBeforeV50() {
    return new Jdbc(database.dataSource)
        .query(PAIRS_BEFORE_V50, rows -> rows.getString(1) + " " + rows.getLong(2));
  }

  private void proposal(long id, long campaign, String author, String group, String hidden) {
    execute(
        "insert into campaign_proposal (id, campaign_id, kind, module_ids, title, body,"
            + " rationale, author_key, group_code, status, current_version, hidden_reason,"
            + " created_at, updated_at) values (?, ?, 'new_competency', '', 'P', 'B', 'R', ?, ?,"
            + " 'SUBMITTED', 1, ?, current_timestamp, current_timestamp)",
        id,
        campaign,
        author,
        group,
        hidden);
  }

  private void comment(long id, long proposal, String author, String group, String hidden) {
    execute(
        "insert into proposal_comment (id, proposal_id, author_key, group_code, body,"
            + " hidden_reason, created_at) values (?, ?, ?, ?, 'C', ?, current_timestamp)",
        id,
        proposal,
        author,
        group,
        hidden);
  }

  private void vote(long proposal, String voter, long campaign, String group, Long carriedFrom) {
    execute(
        "insert into proposal_vote (proposal_id, voter_key, campaign_id, group_code, weight,"
            + " carried_from, created_at) values (?, ?, ?, ?, 1, ?, current_timestamp)",
        proposal,
        voter,
        campaign,
        group,
        carriedFrom);
  }

  private void execute(String sql, Object... parameters) {
    try (Connection c = database.dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
