package kz.kenes.quiz.domain;

/**
 * How a question with several parts (multiple choice, matching, ordering) counts a partly right
 * answer.
 */
public enum PartialCredit {
  /** Full points for a wholly right answer, else none. */
  ALL_OR_NOTHING,
  /**
   * A share of the points: for multiple choice (right choices chosen - wrong choices chosen) /
   * right choices, never below zero; for matching the share of pairs matched right; for ordering
   * the share of items in their right place.
   */
  PROPORTIONAL
}
