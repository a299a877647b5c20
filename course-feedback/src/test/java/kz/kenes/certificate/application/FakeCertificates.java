package kz.kenes.certificate.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import kz.kenes.certificate.domain.Certificate;
import kz.kenes.certificate.domain.CertificateNumber;
import kz.kenes.certificate.domain.CertificateRepository;

/** A {@link CertificateRepository} in memory, for tests without a container. */
class FakeCertificates implements CertificateRepository {

  final List<Certificate> stored = new ArrayList<>();
  final List<AuditEntry> audit = new ArrayList<>();
  final List<Learner> learners = new ArrayList<>();
  private final BitSet revoked;

  FakeCertificates(BitSet revoked) {
    this.revoked = revoked;
  }

  @Override
  public Optional<Certificate> findByNumber(CertificateNumber number) {
    return stored.stream().filter(c -> c.number().equals(number)).findFirst();
  }

  @Override
  public Optional<Certificate> findActive(long contextRef, long userRef) {
    return stored.stream()
        .filter(c -> c.ofCourse(contextRef) && c.userRef() == userRef && !c.revoked())
        .findFirst();
  }

  @Override
  public List<Certificate> findAllOf(long contextRef, int offset, int limit) {
    return stored.stream().filter(c -> c.ofCourse(contextRef)).skip(offset).limit(limit).toList();
  }

  @Override
  public long countOf(long contextRef) {
    return stored.stream().filter(c -> c.ofCourse(contextRef)).count();
  }

  @Override
  public List<Certificate> findAllOf(long contextRef, long userRef) {
    return stored.stream().filter(c -> c.ofCourse(contextRef) && c.userRef() == userRef).toList();
  }

  @Override
  public Optional<Certificate> findActiveOfProgram(long programId, long userRef) {
    return stored.stream()
        .filter(c -> c.programId().orElse(-1L) == programId && c.userRef() == userRef)
        .filter(c -> !c.revoked())
        .findFirst();
  }

  @Override
  public List<Certificate> findAllOfProgram(long programId, int offset, int limit) {
    return stored.stream()
        .filter(c -> c.programId().orElse(-1L) == programId)
        .skip(offset)
        .limit(limit)
        .toList();
  }

  @Override
  public long countOfProgram(long programId) {
    return stored.stream().filter(c -> c.programId().orElse(-1L) == programId).count();
  }

  @Override
  public List<Certificate> findProgramCertificatesOf(long userRef) {
    return stored.stream()
        .filter(c -> c.programId().isPresent() && c.userRef() == userRef)
        .toList();
  }

  @Override
  public List<Learner> learnersOf(java.util.Collection<Long> contextRefs, int limit) {
    return learners.stream().limit(limit).toList();
  }

  @Override
  public Certificate store(Certificate certificate, AuditEntry issued) {
    try {
      java.lang.reflect.Field id = Certificate.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(certificate, (long) stored.size() + 1);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    stored.add(certificate);
    audit.add(
        new AuditEntry(
            certificate.id(), issued.action(), issued.actorRef(), issued.reason(), issued.at()));
    return certificate;
  }

  @Override
  public void audit(AuditEntry entry) {
    audit.add(entry);
  }

  @Override
  public List<AuditEntry> auditOf(long certificateId) {
    return audit.stream().filter(a -> a.certificateId() == certificateId).toList();
  }

  @Override
  public boolean statusIndexTaken(int index) {
    return stored.stream().anyMatch(c -> c.statusIndex() == index);
  }

  @Override
  public BitSet revokedIndexes() {
    return revoked;
  }

  @Override
  public void noteLearner(
      long contextRef, long userRef, String displayName, boolean complete, Instant at) {
    learners.removeIf(l -> l.userRef() == userRef);
    learners.add(new Learner(userRef, displayName, complete, at));
  }

  @Override
  public void noteLearners(java.util.Collection<LearnerNote> notes) {
    notes.forEach(
        n -> noteLearner(n.contextRef(), n.userRef(), n.displayName(), n.complete(), n.at()));
  }

  @Override
  public List<Learner> learnersOf(long contextRef, int offset, int limit) {
    return List.copyOf(learners);
  }

  @Override
  public long countLearnersOf(long contextRef) {
    return learners.size();
  }
}
