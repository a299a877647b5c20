package kz.kenes.crowdsourcing.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * Where proposals came from when an organiser turned an idea of feedback into them: the open answer
 * of module feedback, or of a survey round, that its staff marked as an idea.
 */
public interface ProposalOrigins {

  /** The source of a proposal turned from a module feedback answer. */
  String MODULE_ANSWER = "module-answer";

  /** The source of a proposal turned from an open answer of a survey round. */
  String SURVEY_ANSWER = "survey-answer";

  /**
   * Where a proposal came from.
   *
   * @param source {@link #MODULE_ANSWER} or {@link #SURVEY_ANSWER}
   * @param ratingId the module rating (or, for a survey answer, the survey response) holding the
   *     answer
   * @param itemId the instrument item answered
   * @param moduleId the module the answer is about; null for a survey answer about none
   * @param createdBy the organiser who turned it into the proposal
   */
  record Origin(
      String source,
      long ratingId,
      long itemId,
      Long moduleId,
      String createdBy,
      Instant createdAt) {}

  void store(long proposalId, Origin origin);

  Optional<Origin> of(long proposalId);

  /** Whether the campaign already has a proposal turned from the answer of {@code source}. */
  boolean taken(long campaignId, String source, long ratingId, long itemId);

  /**
   * The answers the campaign's proposals were turned from, as {@code source:ratingId:itemId}, each
   * with the proposal's id.
   */
  java.util.Map<String, Long> takenIn(long campaignId);

  /** The key of an answer in {@link #takenIn}. */
  static String key(String source, long ratingId, long itemId) {
    return source + ":" + ratingId + ":" + itemId;
  }
}
