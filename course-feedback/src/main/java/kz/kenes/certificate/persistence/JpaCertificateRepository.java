package kz.kenes.certificate.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import kz.kenes.certificate.domain.Certificate;
import kz.kenes.certificate.domain.CertificateNumber;
import kz.kenes.certificate.domain.CertificateRepository;
import kz.kenes.platform.persistence.SqlDialect;
import kz.kenes.platform.persistence.Timestamps;

/**
 * {@link CertificateRepository}: certificates through JPA ({@code certificate}), the audit trail
 * ({@code certificate_audit}) and the learners seen ({@code certificate_learner}) in native SQL.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaCertificateRepository implements CertificateRepository {

  @PersistenceContext(unitName = "kenes")
  EntityManager em;

  @Resource(lookup = "jdbc/kenes")
  DataSource dataSource;

  @Override
  public Optional<Certificate> findByNumber(CertificateNumber number) {
    return em.createQuery("select c from Certificate c where c.number = :n", Certificate.class)
        .setParameter("n", number.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Certificate> findActive(long contextRef, long userRef) {
    return em.createQuery("select c from Certificate c where c.activeKey = :k", Certificate.class)
        .setParameter("k", Certificate.activeKey(contextRef, userRef))
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Certificate> findAllOf(long contextRef, int offset, int limit) {
    return em.createQuery(
            "select c from Certificate c where c.contextRef = :c order by c.issuedAt desc, c.id desc",
            Certificate.class)
        .setParameter("c", contextRef)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long countOf(long contextRef) {
    return em.createQuery("select count(c) from Certificate c where c.contextRef = :c", Long.class)
        .setParameter("c", contextRef)
        .getSingleResult();
  }

  @Override
  public List<Certificate> findAllOf(long contextRef, long userRef) {
    return em.createQuery(
            "select c from Certificate c where c.contextRef = :c and c.userRef = :u"
                + " order by c.issuedAt desc, c.id desc",
            Certificate.class)
        .setParameter("c", contextRef)
        .setParameter("u", userRef)
        .getResultList();
  }

  @Override
  public Optional<Certificate> findActiveOfProgram(long programId, long userRef) {
    return em.createQuery("select c from Certificate c where c.activeKey = :k", Certificate.class)
        .setParameter("k", Certificate.programActiveKey(programId, userRef))
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Certificate> findAllOfProgram(long programId, int offset, int limit) {
    return em.createQuery(
            "select c from Certificate c where c.programId = :p"
                + " order by c.issuedAt desc, c.id desc",
            Certificate.class)
        .setParameter("p", programId)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long countOfProgram(long programId) {
    return em.createQuery("select count(c) from Certificate c where c.programId = :p", Long.class)
        .setParameter("p", programId)
        .getSingleResult();
  }

  @Override
  public List<Certificate> findProgramCertificatesOf(long userRef) {
    return em.createQuery(
            "select c from Certificate c where c.userRef = :u and c.scope = 'program'"
                + " order by c.issuedAt desc, c.id desc",
            Certificate.class)
        .setParameter("u", userRef)
        .getResultList();
  }

  @Override
  public List<Learner> learnersOf(java.util.Collection<Long> contextRefs, int limit) {
    if (contextRefs.isEmpty()) {
      return List.of();
    }
    List<Long> courses = List.copyOf(contextRefs);
    StringBuilder marks = new StringBuilder();
    for (int i = 1; i <= courses.size(); i++) {
      marks.append(i == 1 ? "?" : ", ?").append(i);
    }
    var query =
        em.createNativeQuery(
            "select user_ref, display_name, complete, seen_at from certificate_learner"
                + " where context_ref in ("
                + marks
                + ") order by seen_at desc");
    for (int i = 0; i < courses.size(); i++) {
      query.setParameter(i + 1, courses.get(i));
    }
    List<?> rows = query.getResultList();
    java.util.Map<Long, Learner> latest = new java.util.LinkedHashMap<>();
    for (Object r : rows) {
      Object[] row = (Object[]) r;
      long user = ((Number) row[0]).longValue();
      latest.putIfAbsent(
          user, new Learner(user, (String) row[1], Boolean.TRUE.equals(row[2]), instant(row[3])));
    }
    return latest.values().stream()
        .sorted(
            java.util.Comparator.comparing(Learner::displayName).thenComparing(Learner::userRef))
        .limit(limit)
        .toList();
  }

  @Override
  @Transactional
  public Certificate store(Certificate certificate, AuditEntry issued) {
    em.persist(certificate);
    em.flush();
    audit(
        new AuditEntry(
            certificate.id(), issued.action(), issued.actorRef(), issued.reason(), issued.at()));
    return certificate;
  }

  @Override
  @Transactional
  public void audit(AuditEntry entry) {
    em.createNativeQuery(
            "insert into certificate_audit (id, certificate_id, action, actor_ref, reason, at_time)"
                + " values (nextval('kenes_seq'), ?1, ?2, cast(?3 as bigint), ?4, ?5)")
        .setParameter(1, entry.certificateId())
        .setParameter(2, entry.action())
        .setParameter(3, entry.actorRef())
        .setParameter(4, entry.reason())
        .setParameter(5, Timestamp.valueOf(Timestamps.toColumn(entry.at())))
        .executeUpdate();
  }

  @Override
  public List<AuditEntry> auditOf(long certificateId) {
    List<?> rows =
        em.createNativeQuery(
                "select certificate_id, action, actor_ref, reason, at_time from certificate_audit"
                    + " where certificate_id = ?1 order by at_time, id")
            .setParameter(1, certificateId)
            .getResultList();
    return rows.stream()
        .map(
            r -> {
              Object[] row = (Object[]) r;
              return new AuditEntry(
                  ((Number) row[0]).longValue(),
                  (String) row[1],
                  row[2] == null ? null : ((Number) row[2]).longValue(),
                  (String) row[3],
                  instant(row[4]));
            })
        .toList();
  }

  @Override
  public boolean statusIndexTaken(int index) {
    return !em.createQuery("select c.id from Certificate c where c.statusIndex = :i")
        .setParameter("i", index)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public BitSet revokedIndexes() {
    BitSet revoked = new BitSet();
    em.createQuery(
            "select c.statusIndex from Certificate c where c.revokedAt is not null", Integer.class)
        .getResultList()
        .forEach(revoked::set);
    return revoked;
  }

  @Override
  @Transactional
  public void noteLearner(
      long contextRef, long userRef, String displayName, boolean complete, Instant at) {
    Timestamp when = Timestamp.valueOf(Timestamps.toColumn(at));
    em.createNativeQuery(noteLearnerSql(SqlDialect.of(em)))
        .setParameter(1, contextRef)
        .setParameter(2, userRef)
        .setParameter(3, displayName)
        .setParameter(4, complete)
        .setParameter(5, when)
        .setParameter(6, contextRef)
        .setParameter(7, userRef)
        .executeUpdate();
  }

  /**
   * The statement that notes a learner of a course, its parameters: course, learner, name,
   * complete, seen at, course, learner. One statement for a new learner and a known one alike; on
   * PostgreSQL (several nodes) one that two nodes noting the same new learner at once cannot make
   * fail. It writes nothing when the course or the learner is gone: notes are written behind the
   * request (SeenLearners), and a course or registration deleted meanwhile (the launch warm-up
   * deletes its own at the end of every start) made the whole batch fail on the foreign key, with a
   * warning and an FFDC entry in the server's log each time (issue 14).
   */
  static String noteLearnerSql(SqlDialect dialect) {
    String source =
        "select cast(? as bigint) as context_ref, cast(? as bigint) as user_ref,"
            + " cast(? as varchar(300)) as display_name, cast(? as boolean) as complete,"
            + " cast(? as timestamp) as seen_at"
            + " where exists (select 1 from lti_context where id = ?)"
            + " and exists (select 1 from lti_user where id = ?)";
    return dialect == SqlDialect.POSTGRESQL
        ? "insert into certificate_learner (context_ref, user_ref, display_name, complete,"
            + " seen_at) "
            + source
            + " on conflict (context_ref, user_ref) do update set display_name ="
            + " excluded.display_name, complete = excluded.complete, seen_at = excluded.seen_at"
        : "merge into certificate_learner t using ("
            + source
            + ") s on t.context_ref = s.context_ref and t.user_ref = s.user_ref"
            + " when matched then update set display_name = s.display_name,"
            + " complete = s.complete, seen_at = s.seen_at"
            + " when not matched then insert (context_ref, user_ref, display_name, complete,"
            + " seen_at) values (s.context_ref, s.user_ref, s.display_name, s.complete,"
            + " s.seen_at)";
  }

  /**
   * One JDBC batch in the transaction: the notes of a second of launches reach the database in one
   * round trip instead of one each (ADR 0039).
   */
  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void noteLearners(java.util.Collection<LearnerNote> notes) {
    if (notes.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement statement = c.prepareStatement(noteLearnerSql(SqlDialect.of(c)))) {
      for (LearnerNote note : notes) {
        statement.setLong(1, note.contextRef());
        statement.setLong(2, note.userRef());
        statement.setString(3, note.displayName());
        statement.setBoolean(4, note.complete());
        statement.setTimestamp(5, Timestamp.valueOf(Timestamps.toColumn(note.at())));
        statement.setLong(6, note.contextRef());
        statement.setLong(7, note.userRef());
        statement.addBatch();
      }
      statement.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("could not note " + notes.size() + " learners", e);
    }
  }

  @Override
  public List<Learner> learnersOf(long contextRef, int offset, int limit) {
    List<?> rows =
        em.createNativeQuery(
                "select user_ref, display_name, complete, seen_at from certificate_learner"
                    + " where context_ref = ?1 order by display_name, user_ref")
            .setParameter(1, contextRef)
            .setFirstResult(offset)
            .setMaxResults(limit)
            .getResultList();
    return rows.stream()
        .map(
            r -> {
              Object[] row = (Object[]) r;
              return new Learner(
                  ((Number) row[0]).longValue(),
                  (String) row[1],
                  Boolean.TRUE.equals(row[2]),
                  instant(row[3]));
            })
        .toList();
  }

  @Override
  public long countLearnersOf(long contextRef) {
    return ((Number)
            em.createNativeQuery("select count(*) from certificate_learner where context_ref = ?1")
                .setParameter(1, contextRef)
                .getSingleResult())
        .longValue();
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return Timestamps.fromColumn(t.toLocalDateTime());
    }
    if (value instanceof java.time.LocalDateTime t) {
      return Timestamps.fromColumn(t);
    }
    return null;
  }
}
