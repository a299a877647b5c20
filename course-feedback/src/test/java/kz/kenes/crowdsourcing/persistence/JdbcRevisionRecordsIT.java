package kz.kenes.crowdsourcing.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import kz.kenes.analytics.persistence.TestDatabase;
import kz.kenes.crowdsourcing.domain.RevisionChain;
import kz.kenes.crowdsourcing.domain.RevisionHash;
import kz.kenes.crowdsourcing.domain.RevisionRecord;
import kz.kenes.crowdsourcing.domain.RevisionRecordsFixture;
import kz.kenes.platform.domain.Conflict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The revision store on H2 and PostgreSQL, migrated by the application's Flyway scripts: a stored
 * chain reads back intact, and a row edited in SQL behind Kenes's back shows as a break at that
 * record.
 */
class JdbcRevisionRecordsIT {

  private TestDatabase database;

  private JdbcRevisionRecords store(String kind) {
    database = TestDatabase.ofKind(kind);
    JdbcRevisionRecords store = new JdbcRevisionRecords();
    store.dataSource = database.dataSource;
    campaignWithProposals(database, 7, 42);
    return store;
  }

  /** Campaign 1 on program 11 with the proposals the fixture's changes name (V38's foreign key). */
  static void campaignWithProposals(TestDatabase database, long... proposalIds) {
    try (Connection c = database.dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "insert into campaign (id, university_id, program_id, module_ids, title, task,"
              + " key_questions, group_codes, governance, votes_per_participant, group_weights,"
              + " minimum_support, stage, created_by, created_at, updated_at) values (1, 3, 11,"
              + " '', 'C', 'T', '', 'learner', 'democratic', 1, '', 1, 'integration', 'operator',"
              + " current_timestamp, current_timestamp)");
      for (long id : proposalIds) {
        s.executeUpdate(
            "insert into campaign_proposal (id, campaign_id, kind, module_ids, title, body,"
                + " rationale, author_key, group_code, status, current_version, created_at,"
                + " updated_at) values ("
                + id
                + ", 1, 'new_competency', '', 'P', 'B', 'R', 'lti:1', 'learner', 'accepted', 1,"
                + " current_timestamp, current_timestamp)");
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterEach
  void drop() {
    if (database != null) {
      database.drop();
    }
  }

  private static RevisionRecord sealNext(JdbcRevisionRecords store, String title) {
    RevisionRecord draft = RevisionRecordsFixture.draft(0, title);
    RevisionRecord stored =
        store.storeDraft(
            RevisionRecord.draft(
                3, 11, "AGR", title, draft.summary(), null, "operator", draft.createdAt()));
    stored.addChange(draft.changes().get(0));
    stored = store.storeDraft(stored);
    var last = store.lastSeal(11);
    stored.seal(
        stored.changes().stream().map(c -> c.applied(1, 2)).toList(),
        "operator",
        RevisionRecordsFixture.T0.plusSeconds(60),
        last.map(s -> s.position() + 1).orElse(1),
        last.map(RevisionRecord.Seal::recordHash).orElse(RevisionHash.GENESIS));
    store.seal(stored);
    return stored;
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aStoredChainReadsBackIntact(String kind) {
    JdbcRevisionRecords store = store(kind);
    RevisionRecord first = sealNext(store, "First");
    sealNext(store, "Second");
    sealNext(store, "Third");
    List<RevisionRecord> chain = store.chain(11);
    assertThat(chain).hasSize(3);
    assertThat(chain.get(0).seal().recordHash()).isEqualTo(first.seal().recordHash());
    assertThat(chain.get(0).changes().get(0).proposalIds()).containsExactly(7L, 42L);
    assertThat(RevisionChain.check(chain).intact()).isTrue();
    assertThat(store.findByModule(11, "AGR-101")).hasSize(3);
    assertThat(store.countByProgram(11)).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aRowEditedInSqlBreaksTheChainAtThatRecord(String kind) throws Exception {
    JdbcRevisionRecords store = store(kind);
    sealNext(store, "First");
    RevisionRecord second = sealNext(store, "Second");
    sealNext(store, "Third");
    try (Connection c = database.dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "update revision_change set note = 'quietly changed' where revision_id = " + second.id());
    }
    RevisionChain.Verdict verdict = RevisionChain.check(store.chain(11));
    assertThat(verdict.intact()).isFalse();
    assertThat(verdict.brokenRecordId()).isEqualTo(second.id());
    assertThat(verdict.brokenPosition()).isEqualTo(2);
    assertThat(verdict.reason()).isEqualTo(RevisionChain.Break.CONTENT_ALTERED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aDeletedProposalLinkBreaksTheChainToo(String kind) throws Exception {
    JdbcRevisionRecords store = store(kind);
    RevisionRecord first = sealNext(store, "First");
    try (Connection c = database.dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("delete from revision_change_proposal where proposal_id = 42");
    }
    RevisionChain.Verdict verdict = RevisionChain.check(store.chain(11));
    assertThat(verdict.brokenRecordId()).isEqualTo(first.id());
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aSealedRecordIsNeverWrittenAgain(String kind) {
    JdbcRevisionRecords store = store(kind);
    RevisionRecord sealed = sealNext(store, "First");
    assertThatThrownBy(() -> store.seal(sealed)).isInstanceOf(Conflict.class);
    assertThat(store.deleteDraft(sealed.id())).isFalse();
    assertThat(store.find(sealed.id())).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void twoSealsCannotTakeOnePosition(String kind) {
    JdbcRevisionRecords store = store(kind);
    sealNext(store, "First");
    RevisionRecord other =
        store.storeDraft(
            RevisionRecord.draft(
                3, 11, "AGR", "Racing", "", null, "operator", RevisionRecordsFixture.T0));
    other.addChange(RevisionRecordsFixture.competencies("AGR-102", "x"));
    other = store.storeDraft(other);
    other.seal(
        other.changes().stream().map(c -> c.applied(1, 2)).toList(),
        "operator",
        RevisionRecordsFixture.T0,
        1,
        RevisionHash.GENESIS);
    RevisionRecord racing = other;
    assertThatThrownBy(() -> store.seal(racing)).isInstanceOf(Conflict.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aChangeCannotNameAProposalThatDoesNotExist(String kind) {
    JdbcRevisionRecords store = store(kind);
    RevisionRecord draft =
        store.storeDraft(
            RevisionRecord.draft(
                3, 11, "AGR", "Bad", "", null, "operator", RevisionRecordsFixture.T0));
    draft.addChange(
        new kz.kenes.crowdsourcing.domain.RevisionChange(
            kz.kenes.crowdsourcing.domain.RevisionChangeKind.REMOVAL,
            "AGR-101",
            null,
            "",
            List.of(99L),
            "operator",
            RevisionRecordsFixture.T0,
            null,
            null));
    RevisionRecord naming = draft;
    assertThatThrownBy(() -> store.storeDraft(naming)).isInstanceOf(IllegalStateException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aCampaignKeepsOneOpenDraftPerProgramAndItsSealedRecords(String kind) {
    JdbcRevisionRecords store = store(kind);
    JdbcCampaignRevisions campaigns = new JdbcCampaignRevisions();
    campaigns.dataSource = database.dataSource;
    assertThat(campaigns.openDraft(1, 11)).isEmpty();
    RevisionRecord sealed = sealNext(store, "Sealed");
    campaigns.attach(sealed.id(), 1);
    assertThat(campaigns.openDraft(1, 11)).as("a sealed record is not open").isEmpty();
    RevisionRecord draft =
        store.storeDraft(
            RevisionRecord.draft(
                3, 11, "AGR", "Open", "", null, "operator", RevisionRecordsFixture.T0));
    campaigns.attach(draft.id(), 1);
    assertThat(campaigns.openDraft(1, 11)).contains(draft.id());
    assertThat(campaigns.openDraft(1, 12)).isEmpty();
    assertThat(campaigns.campaignOf(sealed.id())).contains(1L);
    assertThat(campaigns.revisions(1)).containsExactly(draft.id(), sealed.id());

    assertThat(store.deleteDraft(draft.id())).isTrue();
    assertThat(campaigns.revisions(1)).containsExactly(sealed.id());
  }
}
