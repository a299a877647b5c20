package kz.kenes.bench.quiz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The open mode's driver: every learner's actions go out when their {@link LearnerSchedule} says
 * they are due, never before, on a bounded pool of sender threads. A learner has one action at a
 * time (its next needs the answer of the last: the attempt to submit), so its next action is handed
 * to the pool when the last is answered, due at its scheduled time; if that time has passed, it
 * goes out at once, late, and its latency counts from the due time ({@link DueTimes}). Threads are
 * few because learners mostly think: 200 learners at a pause of seconds keep a handful of requests
 * in flight, and a blocked sender shows as lateness, not as lost load. No action falls due at or
 * after {@code end}; the run then waits for the actions in flight, for at most {@code grace}.
 */
final class OpenLoop {

  /** One learner: performs its next action, due at {@code dueNanos}; false: it stops. */
  @FunctionalInterface
  interface Actor {
    boolean act(long dueNanos) throws InterruptedException;
  }

  /**
   * What the run did.
   *
   * @param dispatched actions handed to the pool (all due before the end)
   * @param unfinished actions still pending or in flight when the grace ran out
   * @param stopped learners that stopped before the end (an action failed)
   * @param errors unexpected exceptions of actions (the learner stopped), the first few
   */
  record Outcome(long dispatched, long unfinished, long stopped, List<String> errors) {}

  private final List<Actor> actors;
  private final LearnerSchedule[] schedules;
  private final long end;
  private final ScheduledThreadPoolExecutor pool;
  private final List<String> errors = new ArrayList<>();
  private long outstanding;
  private long dispatched;
  private long stopped;

  private OpenLoop(List<Actor> actors, LearnerSchedule[] schedules, long end, int threads) {
    if (actors.size() != schedules.length) {
      throw new IllegalArgumentException("one schedule per learner");
    }
    this.actors = actors;
    this.schedules = schedules;
    this.end = end;
    this.pool =
        new ScheduledThreadPoolExecutor(
            threads,
            r -> {
              Thread t = new Thread(r, "open-loop-sender");
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Runs the learners' schedules until {@code endNanos} (a {@link System#nanoTime()}) on {@code
   * threads} senders, then waits up to {@code grace} for what is in flight.
   */
  static Outcome run(
      List<Actor> actors, LearnerSchedule[] schedules, long endNanos, int threads, Duration grace)
      throws InterruptedException {
    return new OpenLoop(actors, schedules, endNanos, threads).run(grace);
  }

  private Outcome run(Duration grace) throws InterruptedException {
    for (int i = 0; i < actors.size(); i++) {
      dispatch(i, schedules[i].next());
    }
    long deadline = end + grace.toNanos();
    synchronized (this) {
      long left;
      while (outstanding > 0 && (left = deadline - System.nanoTime()) > 0) {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
    }
    pool.shutdownNow();
    synchronized (this) {
      return new Outcome(dispatched, outstanding, stopped, List.copyOf(errors));
    }
  }

  private void dispatch(int learner, long due) {
    if (due - end >= 0) {
      return;
    }
    synchronized (this) {
      outstanding++;
      dispatched++;
    }
    try {
      pool.schedule(
          () -> act(learner, due), Math.max(0, due - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      // the grace ran out and the pool is shut down: the action is not sent
      synchronized (this) {
        outstanding--;
        dispatched--;
      }
    }
  }

  private void act(int learner, long due) {
    boolean goOn = false;
    try {
      // the pool never runs a task early; this only guards the promise
      for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
        LockSupport.parkNanos(left);
      }
      goOn = actors.get(learner).act(due);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      synchronized (this) {
        if (errors.size() < 5) {
          errors.add("learner " + learner + ": " + e);
        }
      }
    }
    synchronized (this) {
      if (!goOn && !Thread.currentThread().isInterrupted()) {
        stopped++;
      }
    }
    if (goOn && !Thread.currentThread().isInterrupted()) {
      dispatch(learner, schedules[learner].next());
    }
    synchronized (this) {
      outstanding--;
      notifyAll();
    }
  }
}
