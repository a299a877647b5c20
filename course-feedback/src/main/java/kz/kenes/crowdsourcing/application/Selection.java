package kz.kenes.crowdsourcing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.kenes.crowdsourcing.domain.Campaign;
import kz.kenes.crowdsourcing.domain.CampaignAction;
import kz.kenes.crowdsourcing.domain.CampaignNotification;
import kz.kenes.crowdsourcing.domain.Governance;
import kz.kenes.crowdsourcing.domain.Proposal;
import kz.kenes.crowdsourcing.domain.ProposalAccepted;
import kz.kenes.crowdsourcing.domain.ProposalMerge;
import kz.kenes.crowdsourcing.domain.ProposalRepository;
import kz.kenes.crowdsourcing.domain.ProposalStatus;
import kz.kenes.crowdsourcing.domain.ReviewDecision;
import kz.kenes.crowdsourcing.domain.Texts;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotFound;

/**
 * The selection (docs/crowdsourcing.md, "Selection"): organisers merge, rate and shortlist, experts
 * review the shortlist, participants vote on the expert-approved proposals, organisers decide under
 * the campaign's governance. Each step that concerns an author notifies them with the reason; an
 * acceptance fires {@link ProposalAccepted}.
 */
@ApplicationScoped
public class Selection {

  @Inject Proposals proposalIndex;
  @Inject CampaignAccess access;
  @Inject ProposalRepository proposals;
  @Inject Event<ProposalAccepted> accepted;
  @Inject Notifications notifications;
  @Inject Clock clock;

  /** Merges {@code mergedId} into {@code targetId}: co-authors and votes carried over. */
  @Transactional
  public Proposal merge(CampaignCaller caller, long targetId, long mergedId) {
    Proposal target = lock(targetId);
    Proposal merged = lock(mergedId);
    CampaignAccess.Entry entry = access.enter(caller, target.campaignId(), CampaignAction.MERGE);
    Instant now = clock.instant();
    merged.mergeInto(target, now);
    proposals.store(merged);
    proposalIndex.index(merged);
    if (!merged.authorKey().equals(target.authorKey())) {
      proposals.addContributor(target.id(), merged.authorKey(), merged.groupCode(), merged.id());
    }
    proposals
        .contributors(merged.id())
        .forEach(
            (key, group) -> {
              if (!key.equals(target.authorKey())) {
                proposals.addContributor(target.id(), key, group, merged.id());
              }
            });
    Set<String> votersOfTarget =
        proposals.votes(target.id()).stream()
            .map(ProposalMerge.Vote::voterKey)
            .collect(Collectors.toSet());
    for (ProposalMerge.Vote vote :
        ProposalMerge.carriedVotes(proposals.votes(merged.id()), votersOfTarget)) {
      proposals.vote(target.campaignId(), target.id(), vote, merged.id(), now);
    }
    notifyAuthor(
        merged,
        CampaignNotification.Kind.MERGED,
        "Merged into proposal " + target.id() + " \"" + target.title() + "\".");
    access.audit(entry, "merge", "proposal " + mergedId + " into " + targetId);
    return target;
  }

  @Transactional
  public void rate(CampaignCaller caller, long proposalId, Integer usefulness) {
    Proposal proposal = lock(proposalId);
    CampaignAccess.Entry entry = access.enter(caller, proposal.campaignId(), CampaignAction.RATE);
    if (usefulness == null || usefulness < 1 || usefulness > 5) {
      throw new InvalidInput(
          "usefulness", "Usefulness is rated from 1 (not useful) to 5 (very useful).");
    }
    requireOpen(proposal);
    proposals.rate(proposalId, entry.member().memberKey(), usefulness, clock.instant());
  }

  @Transactional
  public Proposal shortlist(CampaignCaller caller, long proposalId, boolean on) {
    Proposal proposal = lock(proposalId);
    CampaignAccess.Entry entry =
        access.enter(caller, proposal.campaignId(), CampaignAction.SHORTLIST);
    if (proposal.hidden()) {
      throw new Conflict("proposal-hidden", "A hidden proposal is not shortlisted.");
    }
    boolean was = proposal.status() == ProposalStatus.SHORTLISTED;
    proposal.shortlist(on, clock.instant());
    proposals.store(proposal);
    if (on && !was) {
      notifyAuthor(
          proposal, CampaignNotification.Kind.SHORTLISTED, "The organisers shortlisted it.");
    }
    access.audit(entry, on ? "shortlist" : "unshortlist", "proposal " + proposalId);
    return proposal;
  }

  @Transactional
  public void review(
      CampaignCaller caller,
      long proposalId,
      String strengths,
      String weaknesses,
      String decision) {
    Proposal proposal = lock(proposalId);
    CampaignAccess.Entry entry = access.enter(caller, proposal.campaignId(), CampaignAction.REVIEW);
    requireShortlisted(proposal);
    ProposalRepository.Review review =
        new ProposalRepository.Review(
            entry.member().memberKey(),
            Texts.required("strengths", strengths, 4000),
            Texts.required("weaknesses", weaknesses, 4000),
            ReviewDecision.of(decision));
    proposals.review(proposalId, review, clock.instant());
    notifyAuthor(
        proposal,
        CampaignNotification.Kind.EVALUATED,
        "An expert "
            + (review.decision() == ReviewDecision.APPROVE ? "approved" : "rejected")
            + " it. Strengths: "
            + review.strengths()
            + " Weaknesses: "
            + review.weaknesses());
  }

  /** Casts the caller's vote for an expert-approved proposal, within their quota. */
  @Transactional
  public boolean vote(CampaignCaller caller, long proposalId) {
    Proposal proposal = find(proposalId);
    CampaignAccess.Entry entry = access.enter(caller, proposal.campaignId(), CampaignAction.VOTE);
    Campaign campaign = entry.campaign();
    requireShortlisted(proposal);
    if (proposal.hidden() || !expertApproved(proposalId)) {
      throw new Conflict(
          "not-on-ballot", "Only the shortlisted proposals the experts approved are voted on.");
    }
    String key = entry.member().memberKey();
    if (proposals.votes(proposalId).stream().anyMatch(v -> v.voterKey().equals(key))) {
      return false;
    }
    campaign.voteRules().requireVoteLeft(proposals.votesCast(campaign.id(), key));
    String group = entry.member().groupCode();
    return proposals.vote(
        campaign.id(),
        proposalId,
        new ProposalMerge.Vote(key, group, campaign.voteRules().weightOf(group)),
        null,
        clock.instant());
  }

  @Transactional
  public boolean withdrawVote(CampaignCaller caller, long proposalId) {
    Proposal proposal = find(proposalId);
    CampaignAccess.Entry entry = access.enter(caller, proposal.campaignId(), CampaignAction.VOTE);
    return proposals.withdrawVote(proposalId, entry.member().memberKey());
  }

  /** Accepts or rejects a shortlisted proposal with a reason, under the campaign's governance. */
  @Transactional
  public Proposal decide(CampaignCaller caller, long proposalId, boolean accept, String reason) {
    Proposal proposal = lock(proposalId);
    CampaignAccess.Entry entry = access.enter(caller, proposal.campaignId(), CampaignAction.DECIDE);
    Campaign campaign = entry.campaign();
    String why = Texts.required("reason", reason, 2000);
    Map<String, BigDecimal> support = proposals.supportByGroup(proposalId);
    Governance.Standing standing =
        new Governance.Standing(
            proposal.status() == ProposalStatus.SHORTLISTED && !proposal.hidden(),
            expertApproved(proposalId),
            support.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    campaign.governance().requireAllowed(standing, accept, campaign.minimumSupport());
    Instant now = clock.instant();
    proposal.decide(accept, why, entry.member().memberKey(), now);
    proposals.store(proposal);
    notifyAuthor(
        proposal,
        accept ? CampaignNotification.Kind.ACCEPTED : CampaignNotification.Kind.REJECTED,
        why);
    access.audit(entry, accept ? "accept" : "reject", "proposal " + proposalId + ": " + why);
    if (accept) {
      accepted.fire(
          new ProposalAccepted(
              campaign.id(),
              proposal.id(),
              campaign.programId(),
              proposal.moduleIds(),
              proposal.kind(),
              proposal.title(),
              proposal.content().body(),
              why,
              entry.member().memberKey(),
              now));
    }
    return proposal;
  }

  private boolean expertApproved(long proposalId) {
    return ReviewDecision.approved(
        proposals.reviews(proposalId).stream().map(ProposalRepository.Review::decision).toList());
  }

  private void notifyAuthor(Proposal proposal, CampaignNotification.Kind kind, String reason) {
    notifications.notifyAuthors(proposal, kind, reason);
  }

  private static void requireShortlisted(Proposal proposal) {
    if (proposal.status() != ProposalStatus.SHORTLISTED) {
      throw new Conflict(
          "not-shortlisted",
          "Proposal " + proposal.id() + " is " + proposal.status().code() + ", not shortlisted.");
    }
  }

  private static void requireOpen(Proposal proposal) {
    if (!proposal.status().open()) {
      throw new Conflict(
          "proposal-closed",
          "The proposal is " + proposal.status().code() + ": it no longer changes.");
    }
  }

  private Proposal lock(long id) {
    return proposals.lock(id).orElseThrow(() -> new NotFound("No proposal with id " + id + "."));
  }

  private Proposal find(long id) {
    return proposals.find(id).orElseThrow(() -> new NotFound("No proposal with id " + id + "."));
  }
}
