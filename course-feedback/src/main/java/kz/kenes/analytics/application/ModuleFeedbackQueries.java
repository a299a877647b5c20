package kz.kenes.analytics.application;

import java.time.Instant;
import java.util.Collection;
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

  /** The same of one stakeholder group's ratings of one module version. */
  record GroupAggregate(int version, String group, Moments means, long high, long dissatisfied) {}

  /** A cell of the report: one module version, one stakeholder group. */
  record Cell(int version, String group) {}

  /**
   * An open answer, with the module version and group it was given by; never a name.
   *
   * @param ratingId with {@code itemId} the answer's identity, for moderation
   * @param hidden whether an instructor hid it (then {@code moderation} says why, by whom, when)
   */
  record OpenAnswer(
      long ratingId,
      long itemId,
      int version,
      String group,
      String itemCode,
      String text,
      Instant at,
      boolean hidden,
      boolean idea,
      Moderation moderation) {}

  /** Who hid an answer or marked it as an idea, and when; null parts where not. */
  record Moderation(
      String hiddenReason, String hiddenBy, Instant hiddenAt, String ideaBy, Instant ideaAt) {}

  /**
   * Which open answers to list.
   *
   * @param cells only answers of these (version, group) cells; empty lists none
   * @param text only answers containing it, ignoring case; null for all
   * @param hidden the hidden answers instead of the shown ones
   * @param ideasOnly only the answers marked as ideas
   */
  record OpenAnswerFilter(List<Cell> cells, String text, boolean hidden, boolean ideasOnly) {}

  /**
   * A page of open answers.
   *
   * @param total the answers the filter lists
   * @param hiddenCount the hidden answers the same filter would list if they were not hidden
   */
  record OpenAnswerPage(List<OpenAnswer> answers, long total, long hiddenCount) {}

  /** Every rated version of the module, oldest first. */
  List<VersionAggregate> versions(long moduleId, LevelCutoffs cutoffs);

  /** Every rated version of each of these modules, oldest first, by module id. */
  Map<Long, List<VersionAggregate>> versionsOf(Collection<Long> moduleIds, LevelCutoffs cutoffs);

  /** Every rated (version, group) of the module, by version then group. */
  List<GroupAggregate> groups(long moduleId, LevelCutoffs cutoffs);

  /** The answer counts of each scale item of one module version, by item code. */
  Map<String, AnswerCounts> items(long moduleId, int version);

  /** The open answers the filter lists, newest first, {@code limit} from {@code offset}. */
  OpenAnswerPage openAnswers(long moduleId, OpenAnswerFilter filter, int offset, int limit);
}
