package kz.kenes.certificate.domain;

import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/** The certificates, their audit trail and the learners of a course the context has seen. */
public interface CertificateRepository {

  Optional<Certificate> findByNumber(CertificateNumber number);

  /** The learner's valid (not revoked) certificate of the course. */
  Optional<Certificate> findActive(long contextRef, long userRef);

  /** The course's certificates, newest first. */
  List<Certificate> findAllOf(long contextRef, int offset, int limit);

  long countOf(long contextRef);

  /** The learner's certificates of the course, valid or revoked, newest first. */
  List<Certificate> findAllOf(long contextRef, long userRef);

  /** The learner identity's valid (not revoked) certificate of the program. */
  Optional<Certificate> findActiveOfProgram(long programId, long userRef);

  /** The program's certificates, newest first. */
  List<Certificate> findAllOfProgram(long programId, int offset, int limit);

  long countOfProgram(long programId);

  /** The learner identity's program certificates, valid or revoked, newest first. */
  List<Certificate> findProgramCertificatesOf(long userRef);

  /**
   * The learners noted in any of these courses, one per user ref (the name of their latest note),
   * by name.
   */
  List<Learner> learnersOf(java.util.Collection<Long> contextRefs, int limit);

  /** Stores a new certificate with its "issued" audit entry. */
  Certificate store(Certificate certificate, AuditEntry issued);

  /** Adds an entry to a certificate's audit trail. */
  void audit(AuditEntry entry);

  /** A certificate's audit trail, oldest first. */
  List<AuditEntry> auditOf(long certificateId);

  /** Whether a status list position is taken. */
  boolean statusIndexTaken(int index);

  /** The status list positions of the revoked certificates. */
  BitSet revokedIndexes();

  /** Notes a learner of a course, with the name to print and whether the rules held last. */
  void noteLearner(long contextRef, long userRef, String displayName, boolean complete, Instant at);

  /** Notes these learners in a transaction of its own, committed when this returns. */
  void noteLearners(java.util.Collection<LearnerNote> notes);

  /** A learner to note ({@link #noteLearner}). */
  record LearnerNote(
      long contextRef, long userRef, String displayName, boolean complete, Instant at) {}

  /** The learners of the course noted so far, by name. */
  List<Learner> learnersOf(long contextRef, int offset, int limit);

  long countLearnersOf(long contextRef);

  /** A learner the context has seen in a course. */
  record Learner(long userRef, String displayName, boolean complete, Instant seenAt) {}

  /**
   * One entry of a certificate's audit trail.
   *
   * @param action {@code issued} or {@code revoked}
   * @param actorRef the staff member's user ref; null for Kenes's own rules
   */
  record AuditEntry(long certificateId, String action, Long actorRef, String reason, Instant at) {}
}
