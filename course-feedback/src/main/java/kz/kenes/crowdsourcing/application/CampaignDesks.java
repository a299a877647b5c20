package kz.kenes.crowdsourcing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import kz.kenes.crowdsourcing.domain.CampaignAction;
import kz.kenes.crowdsourcing.domain.CampaignAuditEntry;
import kz.kenes.crowdsourcing.domain.CampaignRepository;
import kz.kenes.crowdsourcing.domain.CampaignRole;
import kz.kenes.crowdsourcing.domain.Proposal;
import kz.kenes.crowdsourcing.domain.ProposalFilter;
import kz.kenes.crowdsourcing.domain.ProposalReport;
import kz.kenes.crowdsourcing.domain.ProposalRepository;
import kz.kenes.crowdsourcing.domain.ReviewDecision;
import kz.kenes.crowdsourcing.domain.SimilarMatch;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.platform.domain.NotFound;

/**
 * What the staff's campaign pages read (docs/crowdsourcing.md, "Pages"): the organisers' and
 * facilitators' desk (proposals by status, group and hidden, with support, rating and reviews; the
 * reports of abuse; the latest audit entries; the proposals similar to one) and the experts' list
 * of shortlisted proposals with their own reviews. The changes those pages make go through {@link
 * Proposals}, {@link Selection} and {@link Campaigns}, as the REST API's do.
 */
@ApplicationScoped
public class CampaignDesks {

  /** Most reports and audit entries the desk shows. */
  public static final int RECENT = 20;

  /** Most similar proposals listed for one. */
  public static final int SIMILAR = 5;

  @Inject CampaignAccess access;
  @Inject ProposalRepository proposals;
  @Inject CampaignRepository campaigns;
  @Inject SimilarProposals similar;

  /** A proposal on the desk, with what the selection has said of it. */
  public record DeskItem(
      Proposal proposal,
      BigDecimal support,
      Optional<ProposalRepository.Rating> rating,
      int approvals,
      int rejections,
      boolean expertApproved) {}

  /** The organisers' and facilitators' desk of a campaign. */
  public record Desk(
      CampaignAccess.Entry entry,
      List<DeskItem> items,
      long total,
      List<ProposalReport> reports,
      List<CampaignAuditEntry> audit) {}

  /** A proposal similar to another, with the similarity. */
  public record Similar(Proposal proposal, double score) {}

  /** A shortlisted proposal as an expert reviews it: with the expert's own review, if any. */
  public record ReviewItem(Proposal proposal, Optional<ProposalRepository.Review> yours) {}

  /** The expert's list. */
  public record ReviewDesk(CampaignAccess.Entry entry, List<ReviewItem> items, long total) {}

  /** The desk, for the campaign's organisers and facilitators only. */
  @Transactional
  public Desk desk(
      CampaignCaller caller, long campaignId, ProposalFilter filter, int offset, int limit) {
    CampaignAccess.Entry entry = staff(caller, campaignId);
    List<DeskItem> items =
        proposals.ofCampaign(campaignId, filter, offset, limit).stream().map(this::item).toList();
    return new Desk(
        entry,
        items,
        proposals.count(campaignId, filter),
        proposals.reportsOfCampaign(campaignId, RECENT),
        campaigns.auditOf(campaignId, 0, RECENT));
  }

  /** The campaign's open proposals most similar to {@code proposalId}, for organisers to merge. */
  @Transactional
  public List<Similar> similarTo(CampaignCaller caller, long campaignId, long proposalId) {
    staff(caller, campaignId);
    Proposal proposal = ofCampaign(campaignId, proposalId);
    String text = proposal.title() + "\n" + proposal.content().body();
    return similar
        .suggest(
            Proposals.scope(campaignId),
            text.length() > SimilarProposals.MAX_QUERY
                ? text.substring(0, SimilarProposals.MAX_QUERY)
                : text,
            SIMILAR,
            null,
            proposalId)
        .stream()
        .flatMap(m -> similarOf(campaignId, m).stream())
        .toList();
  }

  /** The proposal of the campaign, or 404. */
  public Proposal ofCampaign(long campaignId, long proposalId) {
    return proposals
        .find(proposalId)
        .filter(p -> p.campaignId() == campaignId)
        .orElseThrow(
            () -> new NotFound("Campaign " + campaignId + " has no proposal " + proposalId + "."));
  }

  /** The shortlisted proposals an expert reviews, with their own reviews; experts only. */
  @Transactional
  public ReviewDesk reviews(CampaignCaller caller, long campaignId, int offset, int limit) {
    CampaignAccess.Entry entry = access.enter(caller, campaignId, CampaignAction.VIEW);
    if (entry.role() != CampaignRole.EXPERT) {
      throw new NotAllowed("Only the campaign's experts review its proposals.");
    }
    String key = entry.member().memberKey();
    ProposalFilter shortlist = ProposalFilter.shortlistedVisible();
    List<ReviewItem> items =
        proposals.ofCampaign(campaignId, shortlist, offset, limit).stream()
            .map(
                p ->
                    new ReviewItem(
                        p,
                        proposals.reviews(p.id()).stream()
                            .filter(r -> r.expertKey().equals(key))
                            .findFirst()))
            .toList();
    return new ReviewDesk(entry, items, proposals.count(campaignId, shortlist));
  }

  private CampaignAccess.Entry staff(CampaignCaller caller, long campaignId) {
    CampaignAccess.Entry entry = access.enter(caller, campaignId, CampaignAction.VIEW);
    if (!entry.staff()) {
      throw new NotAllowed("Only the campaign's organisers and facilitators open its desk.");
    }
    return entry;
  }

  private DeskItem item(Proposal p) {
    List<ReviewDecision> decisions =
        proposals.reviews(p.id()).stream().map(ProposalRepository.Review::decision).toList();
    int approvals = (int) decisions.stream().filter(d -> d == ReviewDecision.APPROVE).count();
    return new DeskItem(
        p,
        proposals.supportByGroup(p.id()).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add),
        proposals.rating(p.id()),
        approvals,
        decisions.size() - approvals,
        ReviewDecision.approved(decisions));
  }

  private Optional<Similar> similarOf(long campaignId, SimilarMatch match) {
    return proposals
        .find(match.entryId())
        .filter(p -> p.campaignId() == campaignId && !p.hidden())
        .map(p -> new Similar(p, match.score()));
  }
}
