package kz.kenes.analytics.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.kenes.analytics.domain.ModerationAction;

/**
 * Where the moderation of module feedback's open answers is kept (analytics.persistence): each
 * answer's current state, and every action as an event that is never changed.
 */
public interface AnswerModerations {

  /**
   * The module of the open answer {@code (ratingId, itemId)}, locked until the transaction ends;
   * empty when there is no such open answer.
   */
  Optional<Long> lockAnswer(long ratingId, long itemId);

  /** Applies the action to the answer's state and records it as an event. */
  void record(Change change);

  /**
   * The open answer {@code (ratingId, itemId)} if a moderator marked it as an idea and it is not
   * hidden: its module, text and the respondent's stakeholder group.
   */
  Optional<MarkedIdea> markedIdea(long ratingId, long itemId);

  /** The answers of these modules marked as ideas and not hidden, newest mark first. */
  List<MarkedIdea> markedIdeas(List<Long> moduleIds, int limit);

  /** The events of one answer, oldest first. */
  List<Change> history(long ratingId, long itemId);

  /**
   * An action on one answer.
   *
   * @param actor the staff member's key ({@code lti:<user>}, {@code admin-token})
   * @param contextRef the course they acted from, null for none
   */
  record Change(
      long ratingId,
      long itemId,
      long moduleId,
      ModerationAction action,
      String reason,
      String actor,
      Long contextRef,
      Instant at) {}

  /**
   * An open answer of module feedback marked as an idea: what crowdsourcing may turn into a
   * proposal (docs/module-feedback.md, "Moderation").
   *
   * @param markedBy the staff member's key who marked it
   */
  record MarkedIdea(
      long ratingId,
      long itemId,
      long moduleId,
      String text,
      String groupCode,
      String markedBy,
      Instant markedAt) {}
}
