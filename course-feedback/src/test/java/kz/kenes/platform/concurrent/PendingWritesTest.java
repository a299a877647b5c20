package kz.kenes.platform.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class PendingWritesTest {

  private final List<List<String>> calls = new ArrayList<>();
  private final Map<Integer, String> written = new HashMap<>();
  private String refused;

  private final PendingWrites<Integer, String> writes =
      new PendingWrites<>(
          "test-writes",
          Duration.ofSeconds(1),
          100,
          this::write,
          written::put,
          "test values",
          Logger.getLogger(PendingWritesTest.class.getName()));

  private void write(Collection<String> values) {
    calls.add(List.copyOf(values));
    if (refused != null && values.contains(refused)) {
      throw new IllegalStateException("refused " + refused);
    }
  }

  @Test
  void writesWhatIsPendingInOneCallTheLatestValuePerKey() {
    writes.put(1, "a");
    writes.put(2, "b");
    writes.put(1, "a2");
    writes.flush();
    writes.flush();

    assertThat(calls).hasSize(1);
    assertThat(calls.get(0)).containsExactlyInAnyOrder("a2", "b");
    assertThat(written).containsExactlyInAnyOrderEntriesOf(Map.of(1, "a2", 2, "b"));
  }

  @Test
  void aFailedBatchIsWrittenValueByValueAndWhatStillFailsIsDropped() {
    refused = "bad";
    writes.put(1, "good");
    writes.put(2, "bad");
    writes.flush();

    assertThat(calls).hasSize(3);
    assertThat(written).containsExactlyEntriesOf(Map.of(1, "good"));
    writes.flush();
    assertThat(calls).hasSize(3);
  }

  @Test
  void withoutAWorkerNothingIsWrittenBeforeAFlushAndStopWritesWhatIsLeft() {
    writes.put(1, "a");
    assertThat(writes.running()).isFalse();
    assertThat(calls).isEmpty();
    writes.stop();
    assertThat(calls).containsExactly(List.of("a"));
  }
}
