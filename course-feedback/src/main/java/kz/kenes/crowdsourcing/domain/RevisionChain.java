package kz.kenes.crowdsourcing.domain;

import java.util.List;

/**
 * Checks a program's chain of sealed records, in the order of their positions: each record's hash
 * must be the SHA-256 of its canonical form as stored now, its "hash before" the hash of the record
 * before it ({@link RevisionHash#GENESIS} for the first), and the positions must run 1, 2, 3…
 * without a gap. The first record that fails says where the chain breaks and why.
 */
public final class RevisionChain {

  /** Why a record breaks the chain. */
  public enum Break {
    /** The record's content no longer hashes to the hash it was sealed with. */
    CONTENT_ALTERED,
    /** The record's "hash before" is not the hash of the record before it. */
    LINK_BROKEN,
    /** A position is missing or repeated: a record was removed or inserted. */
    POSITION_GAP
  }

  /**
   * The verdict: intact, or the first broken record (its id and position) and why.
   *
   * @param checked how many records were checked
   */
  public record Verdict(
      boolean intact, int checked, Long brokenRecordId, Integer brokenPosition, Break reason) {

    static Verdict intact(int checked) {
      return new Verdict(true, checked, null, null, null);
    }
  }

  private RevisionChain() {}

  /** Checks the sealed records of one program, ordered by position. */
  public static Verdict check(List<RevisionRecord> sealed) {
    String previous = RevisionHash.GENESIS;
    int expected = 1;
    for (RevisionRecord record : sealed) {
      RevisionRecord.Seal seal = record.seal();
      if (seal.position() != expected) {
        return broken(record, expected, Break.POSITION_GAP);
      }
      if (!previous.equals(seal.previousHash())) {
        return broken(record, expected, Break.LINK_BROKEN);
      }
      if (!RevisionHash.of(CanonicalForm.of(record)).equals(seal.recordHash())) {
        return broken(record, expected, Break.CONTENT_ALTERED);
      }
      previous = seal.recordHash();
      expected++;
    }
    return Verdict.intact(sealed.size());
  }

  private static Verdict broken(RevisionRecord record, int position, Break reason) {
    return new Verdict(false, position - 1, record.id(), position, reason);
  }
}
