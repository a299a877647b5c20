package kz.kenes.quiz.domain;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.kenes.platform.domain.Conflict;

/**
 * The sequence rules of one course, applied to one learner: what still locks a lesson, a step or a
 * quiz, given the quizzes the learner has passed (their kept result passes). A whole-lesson rule
 * locks the lesson's steps and the quizzes placed in it; a step rule locks that step only. A rule
 * that would lock a quiz behind itself (directly or through other rules) is refused, so every
 * lesson can be reached.
 */
public final class Gating {

  private final List<LessonGate> rules;
  private final List<QuizPlacement> placements;

  public Gating(List<LessonGate> rules, List<QuizPlacement> placements) {
    this.rules = List.copyOf(rules);
    this.placements = List.copyOf(placements);
  }

  /** The quizzes still to pass before the lesson opens (empty: open). */
  public List<Long> lessonLockedBy(long moduleId, int lesson, Set<Long> passed) {
    Set<Long> missing = new LinkedHashSet<>();
    for (LessonGate g : rules) {
      if (g.locksWholeLesson() && at(g, moduleId, lesson) && !passed.contains(g.quizId())) {
        missing.add(g.quizId());
      }
    }
    return List.copyOf(missing);
  }

  /** The quizzes still to pass before the step opens: its lesson's and its own. */
  public List<Long> stepLockedBy(long moduleId, int lesson, int step, Set<Long> passed) {
    Set<Long> missing = new LinkedHashSet<>(lessonLockedBy(moduleId, lesson, passed));
    for (LessonGate g : rules) {
      if (g.step() == step && at(g, moduleId, lesson) && !passed.contains(g.quizId())) {
        missing.add(g.quizId());
      }
    }
    return List.copyOf(missing);
  }

  /** The quizzes still to pass before the quiz may be taken: those locking its lesson. */
  public List<Long> quizLockedBy(long quizId, Set<Long> passed) {
    return placementOf(quizId)
        .map(p -> lessonLockedBy(p.moduleId(), p.lesson(), passed))
        .orElse(List.of());
  }

  /** The lesson the quiz checks, if it is placed. */
  public Optional<QuizPlacement> placementOf(long quizId) {
    return placements.stream().filter(p -> p.quizId() == quizId).findFirst();
  }

  /** The quizzes placed in a lesson, in placement order. */
  public List<Long> quizzesIn(long moduleId, int lesson) {
    return placements.stream()
        .filter(p -> p.isIn(moduleId, lesson))
        .map(QuizPlacement::quizId)
        .toList();
  }

  /**
   * Refuses (409 {@code gate-cycle}) when these rules and placements (as they would be after a
   * change) lock some quiz until it is passed: no learner could ever open it.
   */
  public static void requireReachable(List<LessonGate> rules, List<QuizPlacement> placements) {
    Gating gating = new Gating(rules, placements);
    for (QuizPlacement start : placements) {
      if (gating.requires(start.quizId(), start.quizId())) {
        throw new Conflict(
            "gate-cycle",
            "This rule would lock quiz "
                + start.quizId()
                + " until it is passed: the quiz is in the lesson the rule locks (directly or"
                + " through other rules), so no learner could ever open it.");
      }
    }
  }

  /** Whether taking {@code quizId} needs {@code target} passed, through whole-lesson rules. */
  private boolean requires(long quizId, long target) {
    Deque<Long> toVisit = new ArrayDeque<>(List.of(quizId));
    Set<Long> seen = new HashSet<>();
    while (!toVisit.isEmpty()) {
      long next = toVisit.pop();
      for (long needed : quizLockedBy(next, Set.of())) {
        if (needed == target) {
          return true;
        }
        if (seen.add(needed)) {
          toVisit.push(needed);
        }
      }
    }
    return false;
  }

  private static boolean at(LessonGate g, long moduleId, int lesson) {
    return g.moduleId() == moduleId && g.lesson() == lesson;
  }
}
