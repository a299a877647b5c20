package kz.kenes.bench.survey;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the submission generator writes down for the reliability scripts (scripts/reliability/):
 * every submission the server acknowledged with a 2xx ({@code <submissionId> <status> <attempts>}
 * per line), and every HTTP attempt ({@code <epoch ms at its start> <status, -1: no answer>
 * <latency ms> <problem+json 1|0> <kind>}, kind {@code submit}, {@code submit-retry}, {@code
 * repeat}, {@code repeat-retry}), so that what the client was told can be compared with what the
 * database holds after a crash, and failures timed during an outage. Also keeps the counts the
 * report prints. Either file may be left out; writes after {@link #close()} are dropped.
 */
final class SubmissionJournal implements AutoCloseable {

  private final BufferedWriter acknowledged;
  private final BufferedWriter attempts;
  private boolean closed;

  final AtomicLong acknowledgedCreated = new AtomicLong();
  final AtomicLong acknowledgedAlreadyStored = new AtomicLong();
  final AtomicLong retriedSubmissions = new AtomicLong();
  final AtomicLong retryAttempts = new AtomicLong();
  final AtomicLong repeats = new AtomicLong();
  final AtomicLong repeatsAnswered200 = new AtomicLong();
  final AtomicLong repeatsAnswered201 = new AtomicLong();

  private SubmissionJournal(BufferedWriter acknowledged, BufferedWriter attempts) {
    this.acknowledged = acknowledged;
    this.attempts = attempts;
  }

  /** A journal writing to the files named (empty: not written), each created or emptied. */
  static SubmissionJournal open(String acknowledgedFile, String attemptsFile) throws IOException {
    return new SubmissionJournal(writer(acknowledgedFile), writer(attemptsFile));
  }

  private static BufferedWriter writer(String file) throws IOException {
    return file == null || file.isBlank()
        ? null
        : Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8);
  }

  /** A submission's first 2xx: 201 made it, 200 found it already stored by an earlier attempt. */
  void acknowledged(String submissionId, int status, int attemptCount) {
    (status == 201 ? acknowledgedCreated : acknowledgedAlreadyStored).incrementAndGet();
    if (attemptCount > 1) {
      retriedSubmissions.incrementAndGet();
    }
    write(acknowledged, submissionId + " " + status + " " + attemptCount);
  }

  void attempt(long startEpochMillis, int status, long latencyNanos, boolean problem, String kind) {
    if (kind.endsWith("-retry")) {
      retryAttempts.incrementAndGet();
    }
    write(
        attempts,
        String.format(
            Locale.ROOT,
            "%d %d %.1f %d %s",
            startEpochMillis,
            status,
            latencyNanos / 1e6,
            problem ? 1 : 0,
            kind));
  }

  /** An acknowledged submission sent again on purpose: 200 is right, 201 would be a second one. */
  void repeated(int status) {
    repeats.incrementAndGet();
    if (status == 200) {
      repeatsAnswered200.incrementAndGet();
    } else if (status == 201) {
      repeatsAnswered201.incrementAndGet();
    }
  }

  private synchronized void write(BufferedWriter out, String line) {
    if (out == null || closed) {
      return;
    }
    try {
      out.write(line);
      out.newLine();
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the submission journal: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    closed = true;
    if (acknowledged != null) {
      acknowledged.close();
    }
    if (attempts != null) {
      attempts.close();
    }
  }
}
