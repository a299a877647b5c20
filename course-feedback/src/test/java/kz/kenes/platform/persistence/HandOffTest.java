package kz.kenes.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.transaction.Status;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * {@link HandOff}: a value is there only after its transaction committed, is given once, and is
 * forgotten after its time to live or when told.
 */
class HandOffTest {

  private final AtomicLong nanos = new AtomicLong();
  private final Ticker ticker = nanos::get;
  private final HandOff<Long, String> handOff = new HandOff<>(Duration.ofSeconds(10), 100, ticker);
  private final FakeTransactions transactions = new FakeTransactions();

  @Test
  void aCommittedValueIsGivenOnceThenTheNextAskReadsAgain() {
    transactions.key = "tx";
    handOff.putAfterCommit(transactions, 1L, "session 1");
    assertThat(handOff.take(1L)).as("before the commit").isEmpty();

    transactions.end(Status.STATUS_COMMITTED);

    assertThat(handOff.take(1L)).contains("session 1");
    assertThat(handOff.take(1L)).as("given once").isEmpty();
  }

  @Test
  void aRolledBackOrTransactionlessWriteHandsNothingOff() {
    transactions.key = "tx";
    handOff.putAfterCommit(transactions, 1L, "session 1");
    transactions.end(Status.STATUS_ROLLEDBACK);
    handOff.putAfterCommit(transactions, 2L, "no transaction");

    assertThat(handOff.take(1L)).isEmpty();
    assertThat(handOff.take(2L)).isEmpty();
  }

  @Test
  void aValueNotTakenWithinItsTimeToLiveIsForgotten() {
    handOff.putCommitted(1L, "session 1");
    handOff.putCommitted(2L, "session 2");
    nanos.addAndGet(Duration.ofSeconds(9).toNanos());
    assertThat(handOff.take(1L)).contains("session 1");
    nanos.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(handOff.take(2L)).isEmpty();
  }

  @Test
  void forgetAndForgetAllDropValues() {
    handOff.putCommitted(1L, "session 1");
    handOff.putCommitted(2L, "session 2");
    handOff.putCommitted(3L, "session 3");
    handOff.forget(1L);
    assertThat(handOff.take(1L)).isEmpty();
    handOff.forgetAll();
    assertThat(handOff.take(2L)).isEmpty();
    assertThat(handOff.take(3L)).isEmpty();
  }
}
