package kz.kenes.crowdsourcing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where proposals are kept with everything said and done about them: versions, comments, reports,
 * co-authors, ratings, reviews, votes and the notifications of their authors.
 */
public interface ProposalRepository {

  Optional<Proposal> find(long id);

  /** The proposal, its row locked until the transaction ends. */
  Optional<Proposal> lock(long id);

  Proposal store(Proposal proposal);

  /**
   * A campaign's proposals, oldest first.
   *
   * @param withHidden whether hidden proposals are listed (for moderators)
   */
  List<Proposal> ofCampaign(long campaignId, boolean withHidden, int offset, int limit);

  long count(long campaignId, boolean withHidden);

  /** A campaign's proposals that pass {@code filter}, oldest first (moderators' lists). */
  List<Proposal> ofCampaign(long campaignId, ProposalFilter filter, int offset, int limit);

  long count(long campaignId, ProposalFilter filter);

  /** The reports of abuse on a campaign's proposals and their comments, newest first. */
  List<ProposalReport> reportsOfCampaign(long campaignId, int limit);

  ProposalVersion storeVersion(ProposalVersion version);

  List<ProposalVersion> versions(long proposalId);

  Optional<ProposalVersion> version(long proposalId, int number);

  ProposalComment storeComment(ProposalComment comment);

  Optional<ProposalComment> comment(long commentId);

  List<ProposalComment> comments(long proposalId);

  ProposalReport storeReport(ProposalReport report);

  List<ProposalReport> reports(long proposalId);

  /** Adds a co-author (an author of a proposal merged into this one), once. */
  void addContributor(long proposalId, String memberKey, String groupCode, long via);

  /** The co-authors, by member key, with their group. */
  Map<String, String> contributors(long proposalId);

  /** Puts the rater's usefulness rating, replacing an earlier one. */
  void rate(long proposalId, String raterKey, int usefulness, Instant now);

  /** The mean usefulness rating and the number of ratings; empty when none. */
  Optional<Rating> rating(long proposalId);

  /** Puts the expert's review, replacing an earlier one. */
  void review(long proposalId, Review review, Instant now);

  List<Review> reviews(long proposalId);

  /** Records a vote; false when the voter had already voted for the proposal. */
  boolean vote(
      long campaignId, long proposalId, ProposalMerge.Vote vote, Long carriedFrom, Instant now);

  /** Withdraws a vote; false when there was none. */
  boolean withdrawVote(long proposalId, String voterKey);

  List<ProposalMerge.Vote> votes(long proposalId);

  /** The votes the voter has cast in the campaign on proposals not merged away. */
  int votesCast(long campaignId, String voterKey);

  /** The weighted votes per group for one proposal. */
  Map<String, BigDecimal> supportByGroup(long proposalId);

  CampaignNotification notify(CampaignNotification notification);

  List<CampaignNotification> notificationsOf(String recipientKey, int limit);

  /** A mean usefulness rating. */
  record Rating(BigDecimal mean, int count) {}

  /** An expert's review. */
  record Review(String expertKey, String strengths, String weaknesses, ReviewDecision decision) {}
}
