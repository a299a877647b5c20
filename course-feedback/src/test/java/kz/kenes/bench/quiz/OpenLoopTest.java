package kz.kenes.bench.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OpenLoopTest {

  private static final long MS = 1_000_000L;

  /** One action as an actor saw it. */
  private record Call(int learner, long due, long began) {}

  @Test
  void everyActionGoesOutAtOrAfterItsDueTimeOneAtATimePerLearner() throws Exception {
    int learners = 20;
    long origin = System.nanoTime();
    long end = origin + 400 * MS;
    ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    AtomicInteger[] inFlight = new AtomicInteger[learners];
    int[] most = new int[learners];
    List<OpenLoop.Actor> actors = new ArrayList<>();
    for (int i = 0; i < learners; i++) {
      int learner = i;
      inFlight[i] = new AtomicInteger();
      actors.add(
          due -> {
            calls.add(new Call(learner, due, System.nanoTime()));
            most[learner] = Math.max(most[learner], inFlight[learner].incrementAndGet());
            Thread.sleep(learner == 0 ? 60 : 1); // learner 0's answers are slow
            inFlight[learner].decrementAndGet();
            return true;
          });
    }
    // 20 learners, a pause of 10 ms: about 2,000 actions/s offered for 0.4 s, on 4 senders
    Pace pace = Pace.ofThink(0.01, Pace.Jitter.EXPONENTIAL, 1);

    OpenLoop.Outcome outcome =
        OpenLoop.run(
            actors, LearnerSchedule.of(pace, learners, origin), end, 4, Duration.ofSeconds(5));

    assertThat(outcome.unfinished()).isZero();
    assertThat(outcome.stopped()).isZero();
    assertThat(outcome.errors()).isEmpty();
    assertThat(outcome.dispatched()).isEqualTo(calls.size()).isGreaterThan(100);
    assertThat(calls).allSatisfy(c -> assertThat(c.began()).isGreaterThanOrEqualTo(c.due()));
    assertThat(calls).allSatisfy(c -> assertThat(c.due()).isLessThan(end));
    assertThat(most).containsOnly(1);
    // the slow learner's actions fell due all the same, and went out late: the schedule did not
    // wait for its answers
    List<Call> slow = calls.stream().filter(c -> c.learner() == 0).toList();
    assertThat(slow.get(slow.size() - 1).began() - slow.get(slow.size() - 1).due())
        .isGreaterThan(50 * MS);
  }

  @Test
  void aLearnerThatFailsStopsAndTheOthersGoOn() throws Exception {
    long origin = System.nanoTime();
    AtomicInteger others = new AtomicInteger();
    List<OpenLoop.Actor> actors =
        List.of(
            due -> false,
            due -> {
              throw new IllegalStateException("unexpected");
            },
            due -> others.incrementAndGet() > 0);
    Pace pace = Pace.ofThink(0.02, Pace.Jitter.UNIFORM, 2);

    OpenLoop.Outcome outcome =
        OpenLoop.run(
            actors,
            LearnerSchedule.of(pace, 3, origin),
            origin + 200 * MS,
            2,
            Duration.ofSeconds(5));

    assertThat(outcome.stopped()).isEqualTo(2);
    assertThat(outcome.errors()).singleElement().asString().contains("learner 1", "unexpected");
    assertThat(others.get()).isGreaterThan(3);
    assertThat(outcome.dispatched()).isEqualTo(2 + others.get());
  }
}
