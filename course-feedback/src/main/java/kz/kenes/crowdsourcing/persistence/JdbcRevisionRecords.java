package kz.kenes.crowdsourcing.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import kz.kenes.crowdsourcing.domain.ModuleSpec;
import kz.kenes.crowdsourcing.domain.RevisionChange;
import kz.kenes.crowdsourcing.domain.RevisionChangeKind;
import kz.kenes.crowdsourcing.domain.RevisionMonitoring;
import kz.kenes.crowdsourcing.domain.RevisionRecord;
import kz.kenes.crowdsourcing.domain.RevisionRecords;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.persistence.Timestamps;

/**
 * {@link RevisionRecords} in {@code revision_record}, {@code revision_change}, {@code
 * revision_change_proposal} and {@code revision_monitoring} (V32), plain JDBC in the caller's
 * transaction. A draft is rewritten whole (its changes deleted and inserted again); the seal is one
 * conditional UPDATE of a draft row, so a sealed row is never written again by Kenes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class JdbcRevisionRecords implements RevisionRecords {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private static final String COLUMNS =
      "select id, university_id, program_id, program_code, title, summary, corrects_id,"
          + " created_by, created_at, sealed_by, sealed_at, chain_position, previous_hash,"
          + " record_hash from revision_record";
  private static final String INSERT =
      "insert into revision_record (university_id, program_id, program_code, title, summary,"
          + " corrects_id, status, created_by, created_at) values (?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)";
  private static final String DESCRIBE =
      "update revision_record set title = ?, summary = ? where id = ? and status = 'DRAFT'";
  private static final String SEAL =
      "update revision_record set status = 'SEALED', sealed_by = ?, sealed_at = ?,"
          + " chain_position = ?, previous_hash = ?, record_hash = ?"
          + " where id = ? and status = 'DRAFT'";
  private static final String DELETE_PROPOSALS =
      "delete from revision_change_proposal where change_id in"
          + " (select id from revision_change where revision_id = ?)";
  private static final String DELETE_CHANGES = "delete from revision_change where revision_id = ?";
  private static final String DELETE_CAMPAIGN_LINK =
      "delete from campaign_revision where revision_id = ?";
  private static final String DELETE_DRAFT =
      "delete from revision_record where id = ? and status = 'DRAFT'";
  private static final String INSERT_CHANGE =
      "insert into revision_change (revision_id, position, kind, module_code, spec, note,"
          + " approved_by, approved_at) values (?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_PROPOSAL =
      "insert into revision_change_proposal (change_id, proposal_id) values (?, ?)";
  private static final String APPLY_CHANGE =
      "update revision_change set from_version = ?, to_version = ?"
          + " where revision_id = ? and position = ?";
  private static final String CHANGES =
      "select c.id, c.position, c.kind, c.module_code, c.spec, c.note, c.approved_by,"
          + " c.approved_at, c.from_version, c.to_version from revision_change c"
          + " where c.revision_id = ? order by c.position";
  private static final String PROPOSALS =
      "select p.change_id, p.proposal_id from revision_change_proposal p"
          + " join revision_change c on c.id = p.change_id where c.revision_id = ?"
          + " order by p.proposal_id";
  private static final String LINK =
      "insert into revision_monitoring (revision_id, survey_id, survey_round_id, phase,"
          + " linked_by, linked_at) values (?, ?, ?, ?, ?, ?)";
  private static final String UNLINK =
      "delete from revision_monitoring where revision_id = ? and survey_round_id = ?";
  private static final String LINKS =
      "select revision_id, survey_id, survey_round_id, phase, linked_by, linked_at"
          + " from revision_monitoring where revision_id = ? order by phase desc, linked_at";

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  @Override
  public RevisionRecord storeDraft(RevisionRecord draft) {
    if (draft.isSealed()) {
      throw new IllegalArgumentException("a sealed record is never stored again");
    }
    try (Connection c = dataSource.getConnection()) {
      long id = draft.id() == null ? insert(c, draft) : describe(c, draft);
      writeChanges(c, id, draft.changes());
      return find(c, id).orElseThrow();
    } catch (SQLException e) {
      throw new IllegalStateException("could not store a revision draft", e);
    }
  }

  private static long insert(Connection c, RevisionRecord draft) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
      insert.setLong(1, draft.universityId());
      insert.setLong(2, draft.programId());
      insert.setString(3, draft.programCode());
      insert.setString(4, draft.title());
      insert.setString(5, draft.summary());
      insert.setObject(6, draft.correctsId());
      insert.setString(7, draft.createdBy());
      insert.setObject(8, Timestamps.toColumn(draft.createdAt()));
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong("id");
      }
    }
  }

  private static long describe(Connection c, RevisionRecord draft) throws SQLException {
    try (PreparedStatement describe = c.prepareStatement(DESCRIBE)) {
      describe.setString(1, draft.title());
      describe.setString(2, draft.summary());
      describe.setLong(3, draft.id());
      if (describe.executeUpdate() != 1) {
        throw sealedAlready(draft.id());
      }
    }
    execute(c, DELETE_PROPOSALS, draft.id());
    execute(c, DELETE_CHANGES, draft.id());
    return draft.id();
  }

  private static void writeChanges(Connection c, long id, List<RevisionChange> changes)
      throws SQLException {
    for (int i = 0; i < changes.size(); i++) {
      RevisionChange change = changes.get(i);
      long changeId;
      try (PreparedStatement insert =
          c.prepareStatement(INSERT_CHANGE, Statement.RETURN_GENERATED_KEYS)) {
        insert.setLong(1, id);
        insert.setInt(2, i + 1);
        insert.setString(3, change.kind().code());
        insert.setString(4, change.moduleCode());
        insert.setString(5, JSONB.toJson(change.spec()));
        insert.setString(6, change.note());
        insert.setString(7, change.approvedBy());
        insert.setObject(8, Timestamps.toColumn(change.approvedAt()));
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          changeId = keys.getLong("id");
        }
      }
      for (long proposal : change.proposalIds()) {
        try (PreparedStatement insert = c.prepareStatement(INSERT_PROPOSAL)) {
          insert.setLong(1, changeId);
          insert.setLong(2, proposal);
          insert.executeUpdate();
        }
      }
    }
  }

  @Override
  public boolean deleteDraft(long id) {
    try (Connection c = dataSource.getConnection()) {
      Optional<RevisionRecord> record = find(c, id);
      if (record.isEmpty() || record.get().isSealed()) {
        return false;
      }
      execute(c, DELETE_PROPOSALS, id);
      execute(c, DELETE_CHANGES, id);
      execute(c, DELETE_CAMPAIGN_LINK, id);
      return execute(c, DELETE_DRAFT, id) == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("could not delete a revision draft", e);
    }
  }

  @Override
  public void seal(RevisionRecord sealed) {
    RevisionRecord.Seal seal = sealed.seal();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement update = c.prepareStatement(SEAL)) {
        update.setString(1, seal.sealedBy());
        update.setObject(2, Timestamps.toColumn(seal.sealedAt()));
        update.setInt(3, seal.position());
        update.setString(4, seal.previousHash());
        update.setString(5, seal.recordHash());
        update.setLong(6, sealed.id());
        if (update.executeUpdate() != 1) {
          throw sealedAlready(sealed.id());
        }
      } catch (SQLException positionTaken) {
        throw new Conflict(
            "Another revision of program "
                + sealed.programCode()
                + " was applied at the same moment: load the revision again and apply it again.");
      }
      List<RevisionChange> changes = sealed.changes();
      for (int i = 0; i < changes.size(); i++) {
        try (PreparedStatement apply = c.prepareStatement(APPLY_CHANGE)) {
          apply.setInt(1, changes.get(i).fromVersion());
          apply.setInt(2, changes.get(i).toVersion());
          apply.setLong(3, sealed.id());
          apply.setInt(4, i + 1);
          apply.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not seal a revision record", e);
    }
  }

  private static Conflict sealedAlready(long id) {
    return new Conflict(
        "Revision " + id + " is sealed already: a sealed record is never changed again.");
  }

  @Override
  public Optional<RevisionRecord> find(long id) {
    try (Connection c = dataSource.getConnection()) {
      return find(c, id);
    } catch (SQLException e) {
      throw new IllegalStateException("could not read a revision record", e);
    }
  }

  private static Optional<RevisionRecord> find(Connection c, long id) throws SQLException {
    List<RevisionRecord> found = records(c, COLUMNS + " where id = ?", id);
    return found.stream().findFirst();
  }

  @Override
  public List<RevisionRecord> findByProgram(long programId, int offset, int limit) {
    return query(
        COLUMNS + " where program_id = ? order by id desc offset ? rows fetch next ? rows only",
        programId,
        offset,
        limit);
  }

  @Override
  public long countByProgram(long programId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement count =
            c.prepareStatement("select count(*) from revision_record where program_id = ?")) {
      count.setLong(1, programId);
      try (ResultSet row = count.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not count revision records", e);
    }
  }

  @Override
  public List<RevisionRecord> findByModule(long programId, String moduleCode) {
    return query(
        COLUMNS
            + " where program_id = ? and id in"
            + " (select revision_id from revision_change where module_code = ?)"
            + " order by id desc",
        programId,
        moduleCode);
  }

  @Override
  public List<RevisionRecord> chain(long programId) {
    return query(
        COLUMNS + " where program_id = ? and status = 'SEALED' order by chain_position", programId);
  }

  @Override
  public Optional<RevisionRecord.Seal> lastSeal(long programId) {
    List<RevisionRecord> last =
        query(
            COLUMNS
                + " where program_id = ? and status = 'SEALED'"
                + " order by chain_position desc fetch first 1 rows only",
            programId);
    return last.stream().findFirst().map(RevisionRecord::seal);
  }

  private List<RevisionRecord> query(String sql, Object... parameters) {
    try (Connection c = dataSource.getConnection()) {
      return records(c, sql, parameters);
    } catch (SQLException e) {
      throw new IllegalStateException("could not read revision records", e);
    }
  }

  private static List<RevisionRecord> records(Connection c, String sql, Object... parameters)
      throws SQLException {
    List<RevisionRecord> records = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setObject(i + 1, parameters[i]);
      }
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          records.add(record(row));
        }
      }
    }
    List<RevisionRecord> withChanges = new ArrayList<>(records.size());
    for (RevisionRecord record : records) {
      withChanges.add(withChanges(c, record));
    }
    return withChanges;
  }

  private static RevisionRecord record(ResultSet row) throws SQLException {
    RevisionRecord.Seal seal =
        row.getString("record_hash") == null
            ? null
            : new RevisionRecord.Seal(
                row.getString("sealed_by"),
                time(row, "sealed_at"),
                row.getInt("chain_position"),
                row.getString("previous_hash"),
                row.getString("record_hash"));
    return new RevisionRecord(
        row.getLong("id"),
        row.getLong("university_id"),
        row.getLong("program_id"),
        row.getString("program_code"),
        row.getString("title"),
        row.getString("summary"),
        row.getObject("corrects_id") == null ? null : row.getLong("corrects_id"),
        row.getString("created_by"),
        time(row, "created_at"),
        List.of(),
        seal);
  }

  private static RevisionRecord withChanges(Connection c, RevisionRecord record)
      throws SQLException {
    Map<Long, List<Long>> proposals = new LinkedHashMap<>();
    try (PreparedStatement select = c.prepareStatement(PROPOSALS)) {
      select.setLong(1, record.id());
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          proposals.computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(row.getLong(2));
        }
      }
    }
    List<RevisionChange> changes = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(CHANGES)) {
      select.setLong(1, record.id());
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          changes.add(change(row, proposals.getOrDefault(row.getLong("id"), List.of())));
        }
      }
    }
    return new RevisionRecord(
        record.id(),
        record.universityId(),
        record.programId(),
        record.programCode(),
        record.title(),
        record.summary(),
        record.correctsId(),
        record.createdBy(),
        record.createdAt(),
        changes,
        record.seal());
  }

  private static RevisionChange change(ResultSet row, List<Long> proposals) throws SQLException {
    String kind = row.getString("kind");
    return new RevisionChange(
        RevisionChangeKind.ofCode(kind)
            .orElseThrow(() -> new IllegalStateException("unknown change kind " + kind)),
        row.getString("module_code"),
        JSONB.fromJson(row.getString("spec"), ModuleSpec.class),
        row.getString("note"),
        proposals,
        row.getString("approved_by"),
        time(row, "approved_at"),
        (Integer) row.getObject("from_version", Integer.class),
        (Integer) row.getObject("to_version", Integer.class));
  }

  @Override
  public void link(RevisionMonitoring link) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert = c.prepareStatement(LINK)) {
      insert.setLong(1, link.revisionId());
      insert.setLong(2, link.surveyId());
      insert.setLong(3, link.roundId());
      insert.setString(4, link.phase().code());
      insert.setString(5, link.linkedBy());
      insert.setObject(6, Timestamps.toColumn(link.linkedAt()));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new Conflict(
          "Round " + link.roundId() + " is linked to revision " + link.revisionId() + " already.");
    }
  }

  @Override
  public boolean unlink(long revisionId, long roundId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement delete = c.prepareStatement(UNLINK)) {
      delete.setLong(1, revisionId);
      delete.setLong(2, roundId);
      return delete.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("could not unlink a survey round", e);
    }
  }

  @Override
  public List<RevisionMonitoring> links(long revisionId) {
    List<RevisionMonitoring> links = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(LINKS)) {
      select.setLong(1, revisionId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          links.add(
              new RevisionMonitoring(
                  row.getLong(1),
                  row.getLong(2),
                  row.getLong(3),
                  RevisionMonitoring.Phase.valueOf(
                      row.getString(4).toUpperCase(java.util.Locale.ROOT)),
                  row.getString(5),
                  time(row, "linked_at")));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read a revision's survey rounds", e);
    }
    return links;
  }

  private static java.time.Instant time(ResultSet row, String column) throws SQLException {
    return Timestamps.fromColumn(row.getObject(column, LocalDateTime.class));
  }

  private static int execute(Connection c, String sql, long id) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setLong(1, id);
      return statement.executeUpdate();
    }
  }
}
