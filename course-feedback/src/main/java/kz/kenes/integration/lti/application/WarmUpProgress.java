package kz.kenes.integration.lti.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * When the launch warm-up has done its work: the server is warm once the warm-up's own launch rate
 * has stopped rising. The warm-up counts its launches per {@link #WINDOW}; after at least {@link
 * #LEAST} it ends when none of its last {@link #FLAT_WINDOWS} windows beat the best window before
 * them by more than {@link #RISE} (the JIT has compiled what the launches run, and the rate is
 * flat), and at the latest when {@code longest} is over. A fast machine is warm sooner than a slow
 * one; a fixed time was too short on the slow machines (docs/performance.md, 2026-12-07 04:00).
 */
final class WarmUpProgress {

  /** How often the warm-up's rate is taken. */
  static final Duration WINDOW = Duration.ofSeconds(10);

  /** The shortest warm-up that may end on a flat rate. */
  static final Duration LEAST = Duration.ofSeconds(30);

  /** A window beating the best before it by more than this factor is still rising. */
  static final double RISE = 1.05;

  /** How many windows in a row must stay flat. */
  static final int FLAT_WINDOWS = 2;

  /** Why a warm-up ended. */
  enum Ending {
    /** Not yet. */
    NOT_YET,
    /** Its launch rate stopped rising. */
    FLAT,
    /** Its longest time is over. */
    LONGEST
  }

  private final Duration longest;
  private final List<Long> windows = new ArrayList<>();

  /**
   * @param longest the longest the warm-up may run ({@code kenes.warm-up.seconds})
   */
  WarmUpProgress(Duration longest) {
    this.longest = longest;
  }

  /**
   * Takes the launches made in the window that ended {@code elapsed} after the warm-up began, and
   * says whether the warm-up is over.
   */
  Ending windowEnded(long launches, Duration elapsed) {
    windows.add(launches);
    if (elapsed.compareTo(longest) >= 0) {
      return Ending.LONGEST;
    }
    if (elapsed.compareTo(LEAST) < 0 || windows.size() <= FLAT_WINDOWS) {
      return Ending.NOT_YET;
    }
    int firstFlat = windows.size() - FLAT_WINDOWS;
    long bestBefore =
        windows.subList(0, firstFlat).stream().mapToLong(Long::longValue).max().orElse(0);
    for (long window : windows.subList(firstFlat, windows.size())) {
      if (window > bestBefore * RISE) {
        return Ending.NOT_YET;
      }
    }
    return Ending.FLAT;
  }

  /** How long until the next window ends, given how long the warm-up has run. */
  Duration untilNextWindow(Duration elapsed) {
    long windowNanos = WINDOW.toNanos();
    long next = (elapsed.toNanos() / windowNanos + 1) * windowNanos;
    return Duration.ofNanos(Math.min(next, longest.toNanos()) - elapsed.toNanos());
  }
}
