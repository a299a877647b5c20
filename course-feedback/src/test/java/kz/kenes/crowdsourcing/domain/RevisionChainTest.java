package kz.kenes.crowdsourcing.domain;

import static kz.kenes.crowdsourcing.domain.RevisionRecordsFixture.T0;
import static kz.kenes.crowdsourcing.domain.RevisionRecordsFixture.chain;
import static kz.kenes.crowdsourcing.domain.RevisionRecordsFixture.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import kz.kenes.platform.domain.Conflict;
import org.junit.jupiter.api.Test;

class RevisionChainTest {

  @Test
  void canonicalFormSortsMembersAndEscapesOnlyWhatJsonRequires() {
    RevisionRecord record = chain(1).get(0);
    String canonical = CanonicalForm.of(record);
    assertThat(canonical)
        .startsWith("{\"changes\":[{\"approvedAt\":\"2026-03-01T10:15:30.123Z\"")
        .contains("\"summary\":\"Şağın \\\"ревизия\\\"\\n\"")
        .contains("\"proposalIds\":[7,42]")
        .contains("\"format\":\"kenes-revision/1\"")
        .contains("\"position\":1,\"previousHash\":\"" + RevisionHash.GENESIS + "\"")
        .doesNotContain(" :")
        .doesNotContain(record.seal().recordHash());
  }

  @Test
  void canonicalFormIsTheSameForTheSameRecordReadAgain() {
    RevisionRecord record = chain(1).get(0);
    RevisionRecord copy =
        new RevisionRecord(
            record.id(),
            record.universityId(),
            record.programId(),
            record.programCode(),
            record.title(),
            record.summary(),
            record.correctsId(),
            record.createdBy(),
            record.createdAt(),
            new ArrayList<>(record.changes()),
            record.seal());
    assertThat(CanonicalForm.of(copy)).isEqualTo(CanonicalForm.of(record));
    assertThat(RevisionHash.of(CanonicalForm.of(copy))).isEqualTo(record.seal().recordHash());
  }

  @Test
  void hashIsSha256InHexOfTheUtf8Text() {
    assertThat(RevisionHash.of("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void eachRecordCarriesTheHashOfTheOneBefore() {
    List<RevisionRecord> chain = chain(3);
    assertThat(chain.get(0).seal().previousHash()).isEqualTo(RevisionHash.GENESIS);
    assertThat(chain.get(1).seal().previousHash()).isEqualTo(chain.get(0).seal().recordHash());
    assertThat(chain.get(2).seal().previousHash()).isEqualTo(chain.get(1).seal().recordHash());
    assertThat(RevisionChain.check(chain).intact()).isTrue();
    assertThat(RevisionChain.check(chain).checked()).isEqualTo(3);
  }

  @Test
  void anEmptyChainIsIntact() {
    assertThat(RevisionChain.check(List.of()).intact()).isTrue();
  }

  @Test
  void detectsAnAlteredRecordAndSaysWhere() {
    List<RevisionRecord> chain = new ArrayList<>(chain(3));
    RevisionRecord second = chain.get(1);
    chain.set(1, altered(second, "Revision 2 (edited afterwards)"));
    RevisionChain.Verdict verdict = RevisionChain.check(chain);
    assertThat(verdict.intact()).isFalse();
    assertThat(verdict.brokenPosition()).isEqualTo(2);
    assertThat(verdict.brokenRecordId()).isEqualTo(2L);
    assertThat(verdict.reason()).isEqualTo(RevisionChain.Break.CONTENT_ALTERED);
    assertThat(verdict.checked()).isEqualTo(1);
  }

  @Test
  void detectsARecordWhoseHashWasRecomputedAfterAnEdit() {
    List<RevisionRecord> chain = new ArrayList<>(chain(3));
    RevisionRecord edited = altered(chain.get(1), "rewritten");
    RevisionRecord.Seal s = edited.seal();
    RevisionRecord rehashed =
        withSeal(
            edited,
            new RevisionRecord.Seal(
                s.sealedBy(),
                s.sealedAt(),
                s.position(),
                s.previousHash(),
                RevisionHash.of(CanonicalForm.of(edited))));
    chain.set(1, rehashed);
    RevisionChain.Verdict verdict = RevisionChain.check(chain);
    assertThat(verdict.brokenPosition()).isEqualTo(3);
    assertThat(verdict.reason()).isEqualTo(RevisionChain.Break.LINK_BROKEN);
  }

  @Test
  void detectsARemovedRecord() {
    List<RevisionRecord> chain = new ArrayList<>(chain(3));
    chain.remove(1);
    RevisionChain.Verdict verdict = RevisionChain.check(chain);
    assertThat(verdict.brokenPosition()).isEqualTo(2);
    assertThat(verdict.brokenRecordId()).isEqualTo(3L);
    assertThat(verdict.reason()).isEqualTo(RevisionChain.Break.POSITION_GAP);
  }

  @Test
  void aSealedRecordRefusesEveryEdit() {
    RevisionRecord sealed = chain(1).get(0);
    assertThatThrownBy(() -> sealed.describe("x", "y")).isInstanceOf(Conflict.class);
    assertThatThrownBy(() -> sealed.removeChange(0)).isInstanceOf(Conflict.class);
    assertThatThrownBy(() -> sealed.addChange(RevisionRecordsFixture.competencies("AGR-102", "c")))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("record a correction");
  }

  @Test
  void aDraftChangesAModuleOnce() {
    RevisionRecord draft = draft(1, "t");
    assertThatThrownBy(
            () -> draft.addChange(RevisionRecordsFixture.competencies("AGR-101", "again")))
        .isInstanceOf(Conflict.class);
  }

  @Test
  void timesAreKeptToTheMillisecondSoThatAStoredRecordHashesAlike() {
    assertThat(draft(1, "t").createdAt())
        .isEqualTo(T0.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
  }

  static RevisionRecord altered(RevisionRecord record, String title) {
    return new RevisionRecord(
        record.id(),
        record.universityId(),
        record.programId(),
        record.programCode(),
        title,
        record.summary(),
        record.correctsId(),
        record.createdBy(),
        record.createdAt(),
        record.changes(),
        record.seal());
  }

  static RevisionRecord withSeal(RevisionRecord record, RevisionRecord.Seal seal) {
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
        record.changes(),
        seal);
  }
}
