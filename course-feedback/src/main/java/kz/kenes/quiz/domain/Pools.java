package kz.kenes.quiz.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Which bank questions an attempt's pools draw ({@link PoolDraw}), from the attempt's seed: each
 * pool in turn takes its count at random among its matching questions (ordered by id, so that the
 * same seed and the same bank draw the same questions), never one an earlier pool took. A pool that
 * holds fewer questions than its count (the bank shrank after the quiz was saved) gives what it
 * holds.
 */
public final class Pools {

  private Pools() {}

  /**
   * The ids drawn, pool after pool.
   *
   * @param candidates the ids of the bank questions that match a pool
   */
  public static List<Long> pick(
      List<PoolDraw> pools, Function<PoolDraw, List<Long>> candidates, long seed) {
    List<Long> drawn = new ArrayList<>();
    Set<Long> taken = new HashSet<>();
    for (int i = 0; i < pools.size(); i++) {
      PoolDraw pool = pools.get(i);
      List<Long> open = new ArrayList<>(candidates.apply(pool));
      open.removeIf(taken::contains);
      Collections.sort(open);
      Collections.shuffle(open, new Random(seed * 31 + i + 1));
      for (Long id : open.subList(0, Math.min(pool.count(), open.size()))) {
        drawn.add(id);
        taken.add(id);
      }
    }
    return drawn;
  }
}
