package kz.kenes.bench.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import kz.kenes.bench.quiz.AttemptLedger.Stored;
import org.junit.jupiter.api.Test;

class AttemptLedgerTest {

  private final AttemptLedger ledger = new AttemptLedger();

  @Test
  void aCleanRunHasNoDuplicatesEvenWithSecondClicksAnswered200() {
    ledger.started(1);
    ledger.started(2);
    ledger.started(3);
    ledger.submitted(1, 201);
    ledger.submitted(1, 200);
    ledger.submitted(2, 201);
    var r =
        ledger.reconcile(
            List.of(
                new Stored(1, 10, 1, true),
                new Stored(2, 10, 2, true),
                new Stored(3, 10, 3, false)));

    assertThat(r.started()).isEqualTo(3);
    assertThat(r.acknowledged()).isEqualTo(2);
    assertThat(r.answeredAgain()).isEqualTo(1);
    assertThat(r.stored()).isEqualTo(3);
    assertThat(r.storedSubmitted()).isEqualTo(2);
    assertThat(r.duplicates()).isZero();
    assertThat(r.lost()).isZero();
    assertThat(r.submittedUnanswered()).isZero();
  }

  @Test
  void aSecond201ForOneAttemptIsADuplicateResult() {
    ledger.started(1);
    ledger.submitted(1, 201);
    ledger.submitted(1, 201);
    ledger.submitted(1, 201);

    var r = ledger.reconcile(List.of(new Stored(1, 10, 1, true)));

    assertThat(r.twiceAcknowledged()).isEqualTo(2);
    assertThat(r.duplicates()).isEqualTo(2);
  }

  @Test
  void twoStoredAttemptsWithOneNumberOrOneNobodyStartedAreDuplicates() {
    ledger.started(1);
    ledger.started(2);
    ledger.submitted(1, 201);

    var r =
        ledger.reconcile(
            List.of(
                new Stored(1, 10, 1, true),
                new Stored(2, 10, 1, false),
                new Stored(3, 10, 2, false),
                new Stored(4, 11, 1, false)));

    assertThat(r.sameNumber()).as("attempt 2 repeats learner 10's number 1").isEqualTo(1);
    assertThat(r.notStarted()).as("attempts 3 and 4").isEqualTo(2);
    assertThat(r.duplicates()).isEqualTo(3);
  }

  @Test
  void anAcknowledgedSubmissionStoredUnsubmittedIsLostAndAnUnansweredOneIsReportedApart() {
    ledger.started(1);
    ledger.started(2);
    ledger.submitted(1, 201);

    var r = ledger.reconcile(List.of(new Stored(1, 10, 1, false), new Stored(2, 10, 2, true)));

    assertThat(r.lost()).isEqualTo(1);
    assertThat(r.submittedUnanswered()).isEqualTo(1);
    assertThat(r.duplicates()).isZero();
  }

  @Test
  void onlyTheTwoSuccessStatusesAreRecorded() {
    assertThatThrownBy(() -> ledger.submitted(1, 409)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void latencyIsNearestRankOverTheSortedDurationsAndCountsPerSecondOfTheWindow() {
    long[] nanos = new long[200];
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] = (i + 1) * 1_000_000L; // 1 ms … 200 ms
    }
    Latency l = Latency.of(nanos, Duration.ofSeconds(4));

    assertThat(l.count()).isEqualTo(200);
    assertThat(l.perSecond()).isEqualTo(50.0);
    assertThat(l.p50()).isEqualTo(100.0);
    assertThat(l.p95()).isEqualTo(190.0);
    assertThat(l.p99()).isEqualTo(198.0);
    assertThat(l.max()).isEqualTo(200.0);
    assertThat(l.fields("submissions"))
        .isEqualTo(
            "submissions_per_s=50.0 p50_ms=100.0 p90_ms=180.0 p95_ms=190.0 p99_ms=198.0"
                + " max_ms=200.0");
  }

  @Test
  void noDurationsGiveNoPercentiles() {
    Latency l = Latency.of(new long[0], Duration.ofSeconds(1));
    assertThat(l.count()).isZero();
    assertThat(l.p99()).isNaN();
  }
}
