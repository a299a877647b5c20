package kz.kenes.quiz.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.quiz.domain.BankQuestion;
import kz.kenes.quiz.domain.BankQuestionRepository;
import kz.kenes.quiz.domain.PoolDraw;
import kz.kenes.quiz.domain.Pools;
import kz.kenes.quiz.domain.Question;
import kz.kenes.quiz.domain.QuizSettings;

/**
 * A quiz's pools (docs/quizzes.md, "Question banks and pools"): when the quiz is saved, every pool
 * must name the bank of a module the quiz's course delivers and hold the questions it draws; when
 * an attempt starts, each pool's questions are drawn from the bank as it is then ({@link Pools}),
 * to be copied into the attempt's paper.
 */
@ApplicationScoped
public class QuizPools {

  @Inject BankAccess access;
  @Inject BankQuestionRepository questions;

  /** A pool with how many questions its bank holds for it now. */
  public record PoolSize(PoolDraw pool, long holds) {}

  /**
   * Refuses (400) pools of a quiz of course {@code contextRef} that name a module the course does
   * not deliver ({@code invalid-pool}) or ask for more questions than they hold ({@code
   * pool-too-small}: "… holds 3 questions; it cannot draw 5").
   */
  public void requireFit(long contextRef, QuizSettings settings) {
    Map<String, String> errors = new LinkedHashMap<>();
    String reason = null;
    List<PoolDraw> pools = settings == null ? List.of() : settings.pools();
    for (int i = 0; i < pools.size(); i++) {
      PoolDraw pool = pools.get(i);
      String field = "settings.pools[" + i + "]";
      if (pool == null || !pool.problems(field).isEmpty()) {
        continue; // the quiz's own validation names these
      }
      if (!access.courseReaches(contextRef, pool.moduleId())) {
        errors.put(
            field + ".moduleId",
            "Pool "
                + (i + 1)
                + " names module "
                + pool.moduleId()
                + ", which this course does not deliver: a quiz draws only from the banks of its"
                + " course's modules.");
        reason = reason == null ? "invalid-pool" : reason;
        continue;
      }
      long holds = size(pool);
      if (pool.count() > holds) {
        errors.put(
            field + ".count",
            "Pool "
                + (i + 1)
                + " ("
                + pool.describe()
                + ") holds "
                + holds
                + (holds == 1 ? " question" : " questions")
                + "; it cannot draw "
                + pool.count()
                + ".");
        reason = reason == null ? "pool-too-small" : reason;
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(reason, errors.values().iterator().next(), errors);
    }
  }

  /** Each pool of the settings with how many questions it holds now. */
  public List<PoolSize> sizes(QuizSettings settings) {
    return settings.pools().stream().map(p -> new PoolSize(p, size(p))).toList();
  }

  /** How many of the module's bank questions carry the tags (null: any). */
  public long size(PoolDraw pool) {
    return questions.count(pool.moduleId(), pool.competency(), pool.outcome());
  }

  /**
   * The bank questions an attempt of seed {@code seed} draws, as its paper holds them ({@link
   * BankQuestion#asDrawn()}), pool after pool.
   */
  public List<Question> draw(QuizSettings settings, long seed) {
    if (settings.pools().isEmpty()) {
      return List.of();
    }
    List<Long> ids =
        Pools.pick(
            settings.pools(),
            p -> questions.matchingIds(p.moduleId(), p.competency(), p.outcome()),
            seed);
    Map<Long, BankQuestion> found =
        questions.findAll(ids).stream()
            .collect(Collectors.toMap(BankQuestion::id, Function.identity()));
    return ids.stream().filter(found::containsKey).map(id -> found.get(id).asDrawn()).toList();
  }
}
