package kz.kenes.crowdsourcing.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;

/**
 * A revision of an educational program: the changes it collects ({@link RevisionChange}), why
 * (title, summary), and, when it corrects an earlier record, which one. A draft collects changes;
 * applying it writes the module versions and seals it. A sealed record is never changed again: it
 * carries its place in the program's chain and the SHA-256 of the record before it ({@link Seal}),
 * so that a change made to a stored record afterwards shows ({@link RevisionChain}). A correction
 * is a new record that names the one it corrects.
 */
public final class RevisionRecord {

  /** A draft collects changes; a sealed record is applied and never changes again. */
  public enum Status {
    DRAFT,
    SEALED
  }

  /**
   * Where a sealed record stands in its program's chain: its position (1, 2, …), the hash of the
   * record before it ({@link RevisionHash#GENESIS} for the first) and its own hash.
   */
  public record Seal(
      String sealedBy, Instant sealedAt, int position, String previousHash, String recordHash) {}

  public static final int MAX_CHANGES = 200;

  private final Long id;
  private final long universityId;
  private final long programId;
  private final String programCode;
  private String title;
  private String summary;
  private final Long correctsId;
  private final String createdBy;
  private final Instant createdAt;
  private final List<RevisionChange> changes;
  private Seal seal;

  public RevisionRecord(
      Long id,
      long universityId,
      long programId,
      String programCode,
      String title,
      String summary,
      Long correctsId,
      String createdBy,
      Instant createdAt,
      List<RevisionChange> changes,
      Seal seal) {
    this.id = id;
    this.universityId = universityId;
    this.programId = programId;
    this.programCode = Objects.requireNonNull(programCode, "programCode");
    this.title = Objects.requireNonNull(title, "title");
    this.summary = summary == null ? "" : summary;
    this.correctsId = correctsId;
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = millis(Objects.requireNonNull(createdAt, "createdAt"));
    this.changes = new ArrayList<>(changes == null ? List.of() : changes);
    this.seal = seal;
  }

  /** A new draft of a revision of the program. */
  public static RevisionRecord draft(
      long universityId,
      long programId,
      String programCode,
      String title,
      String summary,
      Long correctsId,
      String createdBy,
      Instant now) {
    return new RevisionRecord(
        null,
        universityId,
        programId,
        programCode,
        title,
        summary,
        correctsId,
        createdBy,
        now,
        List.of(),
        null);
  }

  /** Time as records keep it: milliseconds, so that a stored record hashes as it was sealed. */
  public static Instant millis(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
  }

  public void describe(String title, String summary) {
    requireDraft();
    this.title = Objects.requireNonNull(title, "title");
    this.summary = summary == null ? "" : summary;
  }

  public void addChange(RevisionChange change) {
    requireDraft();
    if (change.isApplied()) {
      throw new IllegalArgumentException("a draft's change is not applied yet");
    }
    if (changes.size() >= MAX_CHANGES) {
      throw new InvalidInput(
          "changes", "A revision holds at most " + MAX_CHANGES + " changes: start another one.");
    }
    boolean sameModule = changes.stream().anyMatch(c -> c.moduleCode().equals(change.moduleCode()));
    if (sameModule) {
      throw new Conflict(
          "This revision already changes module "
              + change.moduleCode()
              + ": remove that change first or describe both in one change.");
    }
    changes.add(change);
  }

  /**
   * Replaces the draft's change of the same module (an accepted proposal extending it), or adds the
   * change when the draft does not change that module yet.
   */
  public void putChange(RevisionChange change) {
    requireDraft();
    for (int i = 0; i < changes.size(); i++) {
      if (changes.get(i).moduleCode().equals(change.moduleCode())) {
        if (change.isApplied()) {
          throw new IllegalArgumentException("a draft's change is not applied yet");
        }
        changes.set(i, change);
        return;
      }
    }
    addChange(change);
  }

  /** The draft's change of the module, if it changes it. */
  public java.util.Optional<RevisionChange> changeOf(String moduleCode) {
    return changes.stream().filter(c -> c.moduleCode().equals(moduleCode)).findFirst();
  }

  /** Removes the draft's change number {@code index} (0-based). */
  public void removeChange(int index) {
    requireDraft();
    if (index < 0 || index >= changes.size()) {
      throw new InvalidInput("change", "This revision has no change number " + (index + 1) + ".");
    }
    changes.remove(index);
  }

  /**
   * Seals the applied draft: its changes now carry their module versions, and the record its place
   * in the chain after the record whose hash is {@code previousHash}.
   */
  public void seal(
      List<RevisionChange> applied,
      String sealedBy,
      Instant now,
      int position,
      String previousHash) {
    requireDraft();
    if (applied.size() != changes.size() || !applied.stream().allMatch(RevisionChange::isApplied)) {
      throw new IllegalArgumentException("every change is applied before the record is sealed");
    }
    if (changes.isEmpty()) {
      throw new Conflict("A revision without changes cannot be applied: add a change first.");
    }
    changes.clear();
    changes.addAll(applied);
    Seal pending = new Seal(sealedBy, millis(now), position, previousHash, null);
    this.seal = pending;
    String hash = RevisionHash.of(CanonicalForm.of(this));
    this.seal = new Seal(sealedBy, pending.sealedAt(), position, previousHash, hash);
  }

  private void requireDraft() {
    if (seal != null) {
      throw new Conflict(
          "Revision "
              + id
              + " is sealed: a sealed record is never changed; record a correction instead.");
    }
  }

  public Status status() {
    return seal == null ? Status.DRAFT : Status.SEALED;
  }

  public boolean isSealed() {
    return seal != null;
  }

  public Long id() {
    return id;
  }

  public long universityId() {
    return universityId;
  }

  public long programId() {
    return programId;
  }

  public String programCode() {
    return programCode;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public Long correctsId() {
    return correctsId;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public List<RevisionChange> changes() {
    return Collections.unmodifiableList(changes);
  }

  public Seal seal() {
    return seal;
  }

  /** The same record with its id, as the repository hands it back after storing. */
  public RevisionRecord withId(long newId) {
    return new RevisionRecord(
        newId,
        universityId,
        programId,
        programCode,
        title,
        summary,
        correctsId,
        createdBy,
        createdAt,
        changes,
        seal);
  }
}
