package kz.kenes.crowdsourcing.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * Where proposals came from when an organiser turned an idea of feedback into them: the open answer
 * of module feedback that a moderator marked as an idea.
 */
public interface ProposalOrigins {

  /** The source of a proposal turned from a module feedback answer. */
  String MODULE_ANSWER = "module-answer";

  /**
   * Where a proposal came from.
   *
   * @param source {@link #MODULE_ANSWER}
   * @param ratingId the module rating holding the answer
   * @param itemId the instrument item answered
   * @param moduleId the module the answer is about
   * @param createdBy the organiser who turned it into the proposal
   */
  record Origin(
      String source,
      long ratingId,
      long itemId,
      long moduleId,
      String createdBy,
      Instant createdAt) {}

  void store(long proposalId, Origin origin);

  Optional<Origin> of(long proposalId);

  /** Whether the campaign already has a proposal turned from the answer. */
  boolean taken(long campaignId, long ratingId, long itemId);
}
