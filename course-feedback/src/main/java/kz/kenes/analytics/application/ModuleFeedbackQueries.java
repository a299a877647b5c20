package kz.kenes.analytics.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.kenes.analytics.domain.AnswerCounts;
import kz.kenes.analytics.domain.Moments;
import kz.kenes.survey.domain.LevelCutoffs;

/** The aggregates of a module's ratings, computed by the database (analytics.persistence). */
public interface ModuleFeedbackQueries {

  /**
   * One module version's ratings: the moments of the respondents' mean scale scores and how many
   * respondents fall at the high and dissatisfied levels (the rest are medium).
   */
  record VersionAggregate(int version, Moments means, long high, long dissatisfied) {}

  /** An open answer, with the module version it was given to. */
  record OpenAnswer(int version, String itemCode, String text, Instant at) {}

  /** Every rated version of the module, oldest first. */
  List<VersionAggregate> versions(long moduleId, LevelCutoffs cutoffs);

  /** The answer counts of each scale item of one module version, by item code. */
  Map<String, AnswerCounts> items(long moduleId, int version);

  /** The open answers to these versions of the module, newest first, at most {@code limit}. */
  List<OpenAnswer> openAnswers(long moduleId, List<Integer> versions, int limit);
}
