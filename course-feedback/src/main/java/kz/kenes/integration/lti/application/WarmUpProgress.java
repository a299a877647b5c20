package kz.kenes.integration.lti.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * When the launch warm-up has done its work: the server is warm once the JIT compilers have
 * compiled what the launches run. The warm-up takes, per {@link #WINDOW}, its launches and the time
 * the JIT compilers spent ({@code CompilationMXBean}); after at least {@link #LEAST} it ends when
 * the compilers spent less than {@link #QUIET} of each of the last {@link #QUIET_WINDOWS} windows
 * ({@link #LATE_QUIET} from {@link #LATE} on: on a slow machine the compilers may keep at about a
 * tenth of the time long after the launches are fast), and at the latest when {@code longest} is
 * over. A fast machine is warm sooner than a slow one; a fixed minute was too short on the slow
 * ones, and the launch rate alone is no sign (it rests on plateaus while C2 still compiles:
 * docs/performance.md, 2026-12-07; ADR 0039).
 */
final class WarmUpProgress {

  /** How often the warm-up's rate is taken. */
  static final Duration WINDOW = Duration.ofSeconds(10);

  /** The shortest warm-up that may end on quiet compilers. */
  static final Duration LEAST = Duration.ofSeconds(30);

  /** The share of a window's time the compilers may spend in a quiet window. */
  static final double QUIET = 0.10;

  /** From when on {@link #LATE_QUIET} is quiet enough. */
  static final Duration LATE = Duration.ofSeconds(120);

  /**
   * The share of a window's time the compilers may spend in a quiet window from {@link #LATE} on.
   * On a VM half as fast as the measured one the compilers hovered at 0.5–1.3 s per window from 140
   * s to the 180 s cap, and a warm-up that had ended at 120 s was no slower over the first minute
   * after ready (docs/performance.md, 2026-12-07).
   */
  static final double LATE_QUIET = 0.20;

  /** How many windows in a row the compilers must be quiet. */
  static final int QUIET_WINDOWS = 2;

  /** Why a warm-up ended. */
  enum Ending {
    /** Not yet. */
    NOT_YET,
    /** The JIT compilers have become quiet. */
    QUIET,
    /** Its longest time is over. */
    LONGEST
  }

  private final Duration longest;
  private final List<Long> windows = new ArrayList<>();
  private final List<Long> compiling = new ArrayList<>();
  private Ending ending = Ending.NOT_YET;

  /**
   * @param longest the longest the warm-up may run ({@code kenes.warm-up.seconds})
   */
  WarmUpProgress(Duration longest) {
    this.longest = longest;
  }

  /**
   * Takes the launches made and the milliseconds the JIT compilers spent in the window that ended
   * {@code elapsed} after the warm-up began ({@code compileMillis} negative when the JVM does not
   * tell: then only {@code longest} ends the warm-up), and says whether the warm-up is over.
   */
  Ending windowEnded(long launches, long compileMillis, Duration elapsed) {
    windows.add(launches);
    compiling.add(compileMillis);
    ending = ending(elapsed);
    return ending;
  }

  private Ending ending(Duration elapsed) {
    if (elapsed.compareTo(longest) >= 0) {
      return Ending.LONGEST;
    }
    if (elapsed.compareTo(LEAST) < 0 || compiling.size() < QUIET_WINDOWS) {
      return Ending.NOT_YET;
    }
    long quiet = (long) (WINDOW.toMillis() * (elapsed.compareTo(LATE) >= 0 ? LATE_QUIET : QUIET));
    for (long spent : compiling.subList(compiling.size() - QUIET_WINDOWS, compiling.size())) {
      if (spent < 0 || spent >= quiet) {
        return Ending.NOT_YET;
      }
    }
    return Ending.QUIET;
  }

  /** The longest the warm-up may run. */
  Duration longest() {
    return longest;
  }

  /** Why the warm-up ended, as the last window said ({@code NOT_YET}: it was stopped). */
  Ending ending() {
    return ending;
  }

  /** The launches of each window so far, for the log. */
  List<Long> windows() {
    return List.copyOf(windows);
  }

  /** The compilers' milliseconds of each window so far, for the log. */
  List<Long> compiling() {
    return List.copyOf(compiling);
  }

  /** How long until the next window ends, given how long the warm-up has run. */
  Duration untilNextWindow(Duration elapsed) {
    long windowNanos = WINDOW.toNanos();
    long next = (elapsed.toNanos() / windowNanos + 1) * windowNanos;
    return Duration.ofNanos(Math.min(next, longest.toNanos()) - elapsed.toNanos());
  }
}
