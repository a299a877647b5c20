package kz.kenes.crowdsourcing.domain;

import java.time.Instant;
import java.util.List;

/** Test data: drafts and sealed chains of revision records. */
public final class RevisionRecordsFixture {

  public static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456789Z");

  private RevisionRecordsFixture() {}

  public static RevisionChange competencies(String code, String... competencies) {
    return new RevisionChange(
        RevisionChangeKind.COMPETENCIES,
        code,
        new ModuleSpec(null, null, null, List.of(competencies), null, null),
        "from the campaign",
        List.of(42L, 7L),
        "lti-user:5",
        T0,
        null,
        null);
  }

  public static RevisionRecord draft(long id, String title) {
    RevisionRecord draft =
        RevisionRecord.draft(3, 11, "AGR", title, "Şağın \"ревизия\"\n", null, "operator", T0)
            .withId(id);
    draft.addChange(competencies("AGR-101", "Assesses soil fertility", "Қазақша құзырет"));
    return draft;
  }

  /** {@code n} records sealed one after the other, ids 1..n. */
  public static List<RevisionRecord> chain(int n) {
    List<RevisionRecord> chain = new java.util.ArrayList<>();
    String previous = RevisionHash.GENESIS;
    for (int i = 1; i <= n; i++) {
      RevisionRecord record = draft(i, "Revision " + i);
      record.seal(
          record.changes().stream().map(c -> c.applied(1, 2)).toList(),
          "operator",
          T0.plusSeconds(i),
          i,
          previous);
      previous = record.seal().recordHash();
      chain.add(record);
    }
    return chain;
  }
}
