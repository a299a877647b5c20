package kz.kenes.bench.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionJournalTest {

  @TempDir Path dir;

  @Test
  void writesAcknowledgedSubmissionsAndAttemptsAndCountsRetries() throws Exception {
    Path acknowledged = dir.resolve("ack.txt");
    Path attempts = dir.resolve("attempts.txt");
    try (SubmissionJournal journal =
        SubmissionJournal.open(acknowledged.toString(), attempts.toString())) {
      journal.attempt(1_000L, -1, 5_000_000L, false, "submit");
      journal.attempt(1_250L, 200, 12_500_000L, false, "submit-retry");
      journal.acknowledged("id-1", 200, 2);
      journal.attempt(2_000L, 201, 3_000_000L, false, "submit");
      journal.acknowledged("id-2", 201, 1);
      journal.repeated(200);

      assertThat(journal.acknowledgedCreated).hasValue(1);
      assertThat(journal.acknowledgedAlreadyStored).hasValue(1);
      assertThat(journal.retriedSubmissions).hasValue(1);
      assertThat(journal.retryAttempts).hasValue(1);
      assertThat(journal.repeatsAnswered200).hasValue(1);
      assertThat(journal.repeatsAnswered201).hasValue(0);
    }

    assertThat(Files.readAllLines(acknowledged)).containsExactly("id-1 200 2", "id-2 201 1");
    assertThat(Files.readAllLines(attempts))
        .containsExactly(
            "1000 -1 5.0 0 submit", "1250 200 12.5 0 submit-retry", "2000 201 3.0 0 submit");
  }

  @Test
  void writesNothingWithoutFilesAndDropsWritesAfterClose() throws Exception {
    SubmissionJournal journal = SubmissionJournal.open("", null);
    journal.acknowledged("id", 201, 1);
    journal.close();
    journal.attempt(1L, 201, 1L, true, "submit");

    assertThat(journal.acknowledgedCreated).hasValue(1);
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }
}
