package it.kenes.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a condition every 200 ms until it holds, failing the test when patience runs out. */
public final class Await {

  private Await() {}

  public static void until(BooleanSupplier condition, Duration patience) {
    until(condition, patience, () -> "");
  }

  /** As {@link #until(BooleanSupplier, Duration)}, the failure naming {@code state} at the end. */
  public static void until(BooleanSupplier condition, Duration patience, Supplier<String> state) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        String now = state.get();
        throw new AssertionError("not within " + patience + (now.isEmpty() ? "" : ": " + now));
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
