package kz.kenes.survey.domain;

/**
 * A respondent's satisfaction level, read from the mean of their scale items against the
 * instrument's {@link LevelCutoffs}. The papers report the share of each group at each level before
 * and after a revision; the order here is the papers' column order.
 */
public enum SatisfactionLevel {
  HIGH,
  MEDIUM,
  DISSATISFIED
}
