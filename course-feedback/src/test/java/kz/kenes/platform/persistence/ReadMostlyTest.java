package kz.kenes.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import kz.kenes.platform.config.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ReadMostly}: an answer is kept for the time to live, a change forgets every answer, an
 * answer read while a change began is not kept, and 0 seconds keeps nothing.
 */
class ReadMostlyTest {

  private record Quizzes(long course) {}

  private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T10:00:00Z"));
  private final AtomicInteger reads = new AtomicInteger();
  private ReadMostly cache;

  @BeforeEach
  void aCacheOfTenSeconds() {
    cache = new ReadMostly();
    cache.clock = clock;
    cache.configure();
  }

  private String read() {
    return "answer " + reads.incrementAndGet();
  }

  @Test
  void keepsAnAnswerForItsTimeToLiveThenReadsAgain() {
    assertThat(cache.get(new Quizzes(1), this::read)).isEqualTo("answer 1");
    clock.advance(Duration.ofSeconds(9));
    assertThat(cache.get(new Quizzes(1), this::read)).isEqualTo("answer 1");
    assertThat(cache.get(new Quizzes(2), this::read)).as("another key").isEqualTo("answer 2");
    clock.advance(Duration.ofSeconds(1));
    assertThat(cache.get(new Quizzes(1), this::read)).as("expired").isEqualTo("answer 3");
  }

  @Test
  void aChangeForgetsEveryAnswer() {
    cache.get(new Quizzes(1), this::read);
    cache.get(new Quizzes(2), this::read);
    cache.changed();
    assertThat(cache.get(new Quizzes(1), this::read)).isEqualTo("answer 3");
    assertThat(cache.get(new Quizzes(2), this::read)).isEqualTo("answer 4");
  }

  @Test
  void anAnswerReadWhileAChangeBeganIsNotKept() {
    String during =
        cache.get(
            new Quizzes(1),
            () -> {
              cache.changed(); // another thread's write, between the read and the put
              return "old rows";
            });
    assertThat(during).isEqualTo("old rows");
    assertThat(cache.get(new Quizzes(1), this::read)).isEqualTo("answer 1");
  }

  @Test
  void zeroSecondsKeepsNothing() {
    cache.timeToLiveForTests(Duration.ZERO);
    cache.get(new Quizzes(1), this::read);
    assertThat(cache.get(new Quizzes(1), this::read)).isEqualTo("answer 2");
  }

  @Test
  void readsItsSecondsFromConfigurationAndFallsBackToTen() {
    assertThat(ReadMostly.seconds(Optional.empty())).isEqualTo(10);
    assertThat(ReadMostly.seconds(Optional.of(" 3 "))).isEqualTo(3);
    assertThat(ReadMostly.seconds(Optional.of("0"))).isZero();
    assertThat(ReadMostly.seconds(Optional.of("-1"))).isEqualTo(10);
    assertThat(ReadMostly.seconds(Optional.of("ten"))).isEqualTo(10);
    assertThat(ReadMostly.seconds(Optional.of("3601"))).isEqualTo(10);
  }
}
