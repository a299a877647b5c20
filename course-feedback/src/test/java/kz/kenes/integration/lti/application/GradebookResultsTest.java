package kz.kenes.integration.lti.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import kz.kenes.integration.lti.application.GradebookResults.LinkResults;
import kz.kenes.integration.lti.application.GradebookResults.Outcome;
import kz.kenes.integration.lti.persistence.JdbcScoreOutbox.GradedLinkOfCourse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The gradebook is read on a few threads of its own, at most {@link GradebookResults#READERS} at
 * once, whatever the number of links, and the whole read waits a bounded time.
 */
class GradebookResultsTest {

  private final ThreadPoolExecutor readers = GradebookResults.newReaders(Thread::new);

  @AfterEach
  void stop() {
    readers.shutdownNow();
  }

  @Test
  void aCourseWithManyLinksIsReadOnTheReadersOwnThreadsAFewAtATime() {
    List<GradedLinkOfCourse> links = links(25);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    Set<String> threadNames = ConcurrentHashMap.newKeySet();

    List<LinkResults> results =
        GradebookResults.readAll(
            links,
            link -> {
              most.accumulateAndGet(running.incrementAndGet(), Math::max);
              threadNames.add(Thread.currentThread().getName());
              sleep(20);
              running.decrementAndGet();
              return read(link);
            },
            readers,
            Duration.ofSeconds(30).toNanos());

    assertThat(results).extracting(LinkResults::outcome).containsOnly(Outcome.READ).hasSize(25);
    assertThat(results)
        .extracting(LinkResults::linkRef)
        .containsExactlyElementsOf(links.stream().map(GradedLinkOfCourse::id).toList());
    assertThat(most.get()).isBetween(2, GradebookResults.READERS);
    assertThat(threadNames).allMatch(name -> name.startsWith("kenes-gradebook-read-"));
    assertThat(threadNames).doesNotContain(Thread.currentThread().getName());
  }

  @Test
  void aReadNotDoneWithinTheWaitSaysThePlatformDidNotAnswerAndTheOthersAreKept()
      throws InterruptedException {
    List<GradedLinkOfCourse> links = links(3);
    CountDownLatch never = new CountDownLatch(1);

    List<LinkResults> results =
        GradebookResults.readAll(
            links,
            link -> {
              if (link.id() == 2) {
                await(never);
              }
              return read(link);
            },
            readers,
            Duration.ofSeconds(1).toNanos());

    assertThat(results)
        .extracting(LinkResults::outcome)
        .containsExactly(Outcome.READ, Outcome.NO_ANSWER, Outcome.READ);
    assertThat(results.get(1).message()).isEqualTo("1");
    never.countDown();
  }

  @Test
  void readsBeyondTheWaitingRoomAreNotStartedAndSaySo() {
    CountDownLatch hold = new CountDownLatch(1);
    ThreadPoolExecutor full = GradebookResults.newReaders(Thread::new);
    try {
      for (int i = 0; i < GradebookResults.READERS + GradebookResults.WAITING_READS; i++) {
        full.execute(() -> await(hold));
      }

      List<LinkResults> results =
          GradebookResults.readAll(
              links(1), GradebookResultsTest::read, full, Duration.ofMillis(200).toNanos());

      assertThat(results).extracting(LinkResults::outcome).containsExactly(Outcome.NO_ANSWER);
    } finally {
      hold.countDown();
      full.shutdownNow();
    }
  }

  private static List<GradedLinkOfCourse> links(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(
            i ->
                new GradedLinkOfCourse(
                    i, 1, "Link " + i, "survey:" + i, "result.readonly", "https://lms/li/" + i))
        .toList();
  }

  private static LinkResults read(GradedLinkOfCourse link) {
    return new LinkResults(link.id(), link.title(), link.activity(), Outcome.READ, Map.of(), null);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
