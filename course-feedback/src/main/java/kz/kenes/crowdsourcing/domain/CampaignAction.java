package kz.kenes.crowdsourcing.domain;

/** What a member may try to do in a campaign; {@link StageRules} says when and who. */
public enum CampaignAction {
  /** Read the campaign and its proposals. */
  VIEW,
  /** Change the task, questions, groups, dates, governance and vote rules. */
  EDIT_CAMPAIGN,
  /** Move the campaign to its next stage by hand. */
  MOVE_STAGE,
  /** Submit a new proposal. */
  PROPOSE,
  /** Add a version to a proposal (an amendment or a rework) or accept one as its author. */
  AMEND,
  /** Comment on a proposal. */
  COMMENT,
  /** Report a proposal or comment as abusive. */
  REPORT,
  /** Hide a proposal or comment with a reason, edit a proposal as moderator. */
  MODERATE,
  /** Merge a proposal into another. */
  MERGE,
  /** Rate a proposal's usefulness. */
  RATE,
  /** Put a proposal on the shortlist or take it off. */
  SHORTLIST,
  /** Review a shortlisted proposal. */
  REVIEW,
  /** Vote for an expert-approved proposal. */
  VOTE,
  /** Accept or reject a shortlisted proposal. */
  DECIDE
}
