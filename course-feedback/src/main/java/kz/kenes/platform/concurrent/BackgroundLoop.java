package kz.kenes.platform.concurrent;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A task run over and over on one managed thread (the server's, so that CDI, JPA and JTA work in
 * it): a step, then a pause of {@code interval} unless the step says there is more to do at once or
 * {@link #wake()} is called. A step that throws is logged as a warning and tried again after the
 * pause. {@link #stop()} interrupts the pause and waits up to 5 s for the step under way.
 */
public final class BackgroundLoop {

  private final String name;
  private final Duration interval;
  private final BooleanSupplier step;
  private final Supplier<String> whenFailed;
  private final Logger log;
  private final Semaphore wake = new Semaphore(0);
  private volatile boolean stopping;
  private Thread thread;

  /**
   * @param name the thread's name
   * @param interval the pause between steps
   * @param step one step; returns whether more is waiting (then the next step follows at once)
   * @param whenFailed the warning logged when a step throws
   * @param log the logger of the class the loop works for
   */
  public BackgroundLoop(
      String name,
      Duration interval,
      BooleanSupplier step,
      Supplier<String> whenFailed,
      Logger log) {
    this.name = name;
    this.interval = interval;
    this.step = step;
    this.whenFailed = whenFailed;
    this.log = log;
  }

  /** Starts the loop on a thread of {@code threads}, unless started already. */
  public synchronized void start(ManagedThreadFactory threads) {
    if (thread != null) {
      return;
    }
    thread = threads.newThread(this::run);
    thread.setName(name);
    thread.setDaemon(true);
    thread.start();
  }

  /** Whether the loop's thread runs. */
  public synchronized boolean running() {
    return thread != null;
  }

  /** Ends the pause under way, if any: the next step follows at once. */
  public void wake() {
    wake.release();
  }

  /** Stops the loop and waits up to 5 s for the step under way to end. */
  public synchronized void stop() {
    stopping = true;
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(Duration.ofSeconds(5).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      thread = null;
    }
  }

  private void run() {
    while (!stopping) {
      try {
        if (!step.getAsBoolean()) {
          wake.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS);
          wake.drainPermits();
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        log.log(Level.WARNING, whenFailed.get(), e);
        try {
          Thread.sleep(interval.toMillis());
        } catch (InterruptedException stop) {
          return;
        }
      }
    }
  }
}
