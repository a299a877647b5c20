package kz.kenes.crowdsourcing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.crowdsourcing.domain.CampaignAction;
import kz.kenes.crowdsourcing.domain.CampaignRole;
import kz.kenes.crowdsourcing.domain.Proposal;
import kz.kenes.crowdsourcing.domain.ProposalComment;
import kz.kenes.crowdsourcing.domain.ProposalDiff;
import kz.kenes.crowdsourcing.domain.ProposalKind;
import kz.kenes.crowdsourcing.domain.ProposalReport;
import kz.kenes.crowdsourcing.domain.ProposalRepository;
import kz.kenes.crowdsourcing.domain.ProposalVersion;
import kz.kenes.crowdsourcing.domain.ReviewDecision;
import kz.kenes.crowdsourcing.domain.SimilarText;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.program.application.ProgramCatalog;
import kz.kenes.program.domain.ProgramModule;

/**
 * Proposals in collection: submitting, the versions others add (amendments, reworks) and the author
 * settles, comments in threads, reports of abuse, and moderation (hiding with a reason). Nothing is
 * deleted; hidden things stay visible to organisers and facilitators.
 */
@ApplicationScoped
public class Proposals {

  /** Most proposals one page lists. */
  public static final int MAX_PAGE = 200;

  @Inject SimilarProposals similar;
  @Inject CampaignAccess access;
  @Inject ProposalRepository proposals;
  @Inject Clock clock;
  @Inject ProgramCatalog programs;

  /** What a member submits. */
  public record Submission(
      String kind, List<Long> moduleIds, String title, String text, String rationale) {}

  /**
   * A version with the diff of its text from the version in effect before it ({@code before}: that
   * version's text, empty for the first).
   */
  public record VersionView(ProposalVersion version, String diff, String before) {}

  /** Everything shown about one proposal to one member. */
  public record Detail(
      CampaignAccess.Entry entry,
      Proposal proposal,
      List<VersionView> versions,
      List<ProposalComment> comments,
      Map<String, String> coAuthors,
      Optional<ProposalRepository.Rating> rating,
      List<ProposalRepository.Review> reviews,
      boolean expertApproved,
      Map<String, BigDecimal> supportByGroup,
      BigDecimal support,
      List<ProposalReport> reports) {}

  @Transactional
  public Proposal submit(CampaignCaller caller, long campaignId, Submission submission) {
    CampaignAccess.Entry entry = access.enter(caller, campaignId, CampaignAction.PROPOSE);
    return submit(entry, submission, entry.member().groupCode());
  }

  /**
   * Submits a proposal as the member of {@code entry} (whose right to propose was checked) on
   * behalf of the stakeholder group {@code groupCode}: an organiser turning a respondent's idea
   * into a proposal keeps the respondent's group.
   */
  Proposal submit(CampaignAccess.Entry entry, Submission submission, String groupCode) {
    long campaignId = entry.campaign().id();
    List<Long> modules = submission.moduleIds() == null ? List.of() : submission.moduleIds();
    List<Long> allowed = entry.campaign().moduleIds();
    if (!modules.isEmpty() && allowed.isEmpty()) {
      // a campaign on a whole program: its proposals may name any module of that program only
      allowed =
          programs.find(entry.campaign().programId()).modules().stream()
              .map(ProgramModule::id)
              .toList();
    }
    for (Long module : modules) {
      if (!allowed.contains(module)) {
        throw new InvalidInput(
            "moduleIds", "Module " + module + " is not among the modules of this campaign.");
      }
    }
    Instant now = clock.instant();
    Proposal proposal =
        proposals.store(
            new Proposal(
                campaignId,
                ProposalKind.of(submission.kind()),
                modules,
                new Proposal.Content(submission.title(), submission.text(), submission.rationale()),
                entry.member().memberKey(),
                groupCode,
                now));
    proposals.storeVersion(ProposalVersion.original(proposal, now));
    index(proposal);
    return proposal;
  }

  /**
   * Keeps the campaign's similar-proposal index in step with a proposal
   * (docs/similar-proposals.md): its current title and text while it is open to others, out of the
   * index once hidden or merged into another. Written in the caller's transaction, so a rolled-back
   * change leaves no entry.
   */
  void index(Proposal proposal) {
    String scope = scope(proposal.campaignId());
    if (proposal.hidden() || proposal.mergedInto().isPresent()) {
      similar.remove(scope, proposal.id());
    } else {
      similar.put(
          new SimilarText(
              scope, proposal.id(), proposal.content().title(), proposal.content().body(), ""));
    }
  }

  /** The similar-proposal scope of a campaign's proposals. */
  public static String scope(long campaignId) {
    return "campaign:" + campaignId;
  }

  /** A page of proposals and how many there are in all. */
  public record Listing(CampaignAccess.Entry entry, List<Proposal> items, long total) {}

  /** The campaign's proposals, oldest first; hidden ones only for organisers and facilitators. */
  @Transactional
  public Listing list(CampaignCaller caller, long campaignId, int offset, int limit) {
    CampaignAccess.Entry entry = access.enter(caller, campaignId, CampaignAction.VIEW);
    return new Listing(
        entry,
        proposals.ofCampaign(campaignId, entry.staff(), offset, limit),
        proposals.count(campaignId, entry.staff()));
  }

  /** A proposal on a campaign's board: its weighted support and whether the experts approved it. */
  public record BoardItem(Proposal proposal, BigDecimal support, boolean expertApproved) {

    /** Whether a participant may vote for it now (the stage decides the rest). */
    public boolean onBallot() {
      return expertApproved
          && !proposal.hidden()
          && proposal.status() == kz.kenes.crowdsourcing.domain.ProposalStatus.SHORTLISTED;
    }
  }

  /** The campaign's proposals as its page shows them, with support and approval. */
  @Transactional
  public List<BoardItem> board(Listing listing) {
    return listing.items().stream()
        .map(
            p ->
                new BoardItem(
                    p,
                    proposals.supportByGroup(p.id()).values().stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add),
                    ReviewDecision.approved(
                        proposals.reviews(p.id()).stream()
                            .map(ProposalRepository.Review::decision)
                            .toList())))
        .toList();
  }

  @Transactional
  public Detail detail(CampaignCaller caller, long proposalId) {
    Proposal proposal = find(proposalId);
    CampaignAccess.Entry entry = access.enter(caller, proposal.campaignId(), CampaignAction.VIEW);
    if (proposal.hidden() && !entry.staff() && !isAuthor(entry, proposal)) {
      throw new NotFound("No proposal with id " + proposalId + ".");
    }
    List<ProposalRepository.Review> reviews = proposals.reviews(proposalId);
    Map<String, BigDecimal> support = proposals.supportByGroup(proposalId);
    boolean seesReviews =
        entry.staff() || entry.role() == CampaignRole.EXPERT || isAuthor(entry, proposal);
    return new Detail(
        entry,
        proposal,
        versionsWithDiffs(proposals.versions(proposalId)),
        proposals.comments(proposalId),
        proposals.contributors(proposalId),
        proposals.rating(proposalId),
        seesReviews ? reviews : List.of(),
        ReviewDecision.approved(reviews.stream().map(ProposalRepository.Review::decision).toList()),
        support,
        support.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add),
        entry.staff() ? proposals.reports(proposalId) : List.of());
  }

  private static List<VersionView> versionsWithDiffs(List<ProposalVersion> versions) {
    List<VersionView> views = new ArrayList<>();
    String previous = "";
    for (ProposalVersion version : versions) {
      views.add(
          new VersionView(
              version, ProposalDiff.unified(previous, version.content().body()), previous));
      if (version.state() == ProposalVersion.State.ACCEPTED) {
        previous = version.content().body();
      }
    }
    return views;
  }

  /**
   * Adds a version: the author's edit takes effect at once, as does a moderator's ({@code
   * moderation}); another member's {@code amendment} or {@code rework} waits for the author.
   */
  @Transactional
  public ProposalVersion addVersion(
      CampaignCaller caller,
      long proposalId,
      String kind,
      String title,
      String text,
      String rationale,
      String note) {
    Proposal proposal = lockOpen(proposalId);
    boolean moderation = "moderation".equals(kind);
    CampaignAccess.Entry entry =
        access.enter(
            caller,
            proposal.campaignId(),
            moderation ? CampaignAction.MODERATE : CampaignAction.AMEND);
    ProposalVersion.Kind versionKind =
        moderation
            ? ProposalVersion.Kind.MODERATION
            : isAuthor(entry, proposal)
                ? ProposalVersion.Kind.EDIT
                : ProposalVersion.Kind.ofOthers(kind);
    if (moderation && (note == null || note.isBlank())) {
      throw new InvalidInput("note", "A moderator's edit says why in 'note'.");
    }
    Instant now = clock.instant();
    int number = proposals.versions(proposalId).size() + 1;
    ProposalVersion version =
        proposals.storeVersion(
            ProposalVersion.of(
                proposal,
                number,
                versionKind,
                new Proposal.Content(title, text, rationale),
                entry.member().memberKey(),
                note,
                now));
    if (version.state() == ProposalVersion.State.ACCEPTED) {
      proposal.adopt(version, now);
      proposals.store(proposal);
      index(proposal);
    }
    if (moderation) {
      access.audit(entry, "moderate-edit", "proposal " + proposalId + " v" + number + ": " + note);
    }
    return version;
  }

  /** The author accepts or rejects another member's pending version. */
  @Transactional
  public ProposalVersion settleVersion(
      CampaignCaller caller, long proposalId, int number, boolean accept) {
    Proposal proposal = lockOpen(proposalId);
    CampaignAccess.Entry entry = access.enter(caller, proposal.campaignId(), CampaignAction.AMEND);
    if (!isAuthor(entry, proposal)) {
      throw new NotAllowed("Only the proposal's author accepts or rejects its versions.");
    }
    ProposalVersion version =
        proposals
            .version(proposalId, number)
            .orElseThrow(
                () -> new NotFound("Proposal " + proposalId + " has no version " + number + "."));
    version.settle(accept);
    proposals.storeVersion(version);
    if (accept) {
      proposal.adopt(version, clock.instant());
      proposals.store(proposal);
      index(proposal);
    }
    return version;
  }

  @Transactional
  public ProposalComment comment(
      CampaignCaller caller, long proposalId, Long parentId, String text) {
    Proposal proposal = find(proposalId);
    CampaignAccess.Entry entry =
        access.enter(caller, proposal.campaignId(), CampaignAction.COMMENT);
    if (proposal.hidden()) {
      throw new NotFound("No proposal with id " + proposalId + ".");
    }
    if (parentId != null) {
      long parent = parentId;
      proposals
          .comment(parent)
          .filter(c -> c.proposalId() == proposalId)
          .orElseThrow(
              () ->
                  new InvalidInput("parentId", "Comment " + parent + " is not on this proposal."));
    }
    return proposals.storeComment(
        new ProposalComment(
            proposalId,
            parentId,
            entry.member().memberKey(),
            entry.member().groupCode(),
            text,
            clock.instant()));
  }

  @Transactional
  public ProposalReport report(
      CampaignCaller caller, long proposalId, Long commentId, String reason) {
    Proposal proposal = find(proposalId);
    CampaignAccess.Entry entry = access.enter(caller, proposal.campaignId(), CampaignAction.REPORT);
    if (commentId != null) {
      proposals
          .comment(commentId)
          .filter(c -> c.proposalId() == proposalId)
          .orElseThrow(
              () ->
                  new InvalidInput(
                      "commentId", "Comment " + commentId + " is not on this proposal."));
    }
    return proposals.storeReport(
        new ProposalReport(
            proposalId, commentId, entry.member().memberKey(), reason, clock.instant()));
  }

  /** Hides the proposal with a reason (a facilitator or organiser). */
  @Transactional
  public Proposal hide(CampaignCaller caller, long proposalId, String reason) {
    Proposal proposal = proposals.lock(proposalId).orElseThrow(() -> notFound(proposalId));
    CampaignAccess.Entry entry =
        access.enter(caller, proposal.campaignId(), CampaignAction.MODERATE);
    proposal.hide(reason, clock.instant());
    proposals.store(proposal);
    index(proposal);
    access.audit(entry, "hide-proposal", "proposal " + proposalId + ": " + reason);
    return proposal;
  }

  /** Hides a comment with a reason. */
  @Transactional
  public ProposalComment hideComment(CampaignCaller caller, long commentId, String reason) {
    ProposalComment comment =
        proposals
            .comment(commentId)
            .orElseThrow(() -> new NotFound("No comment with id " + commentId + "."));
    Proposal proposal = find(comment.proposalId());
    CampaignAccess.Entry entry =
        access.enter(caller, proposal.campaignId(), CampaignAction.MODERATE);
    comment.hide(reason);
    proposals.storeComment(comment);
    access.audit(entry, "hide-comment", "comment " + commentId + ": " + reason);
    return comment;
  }

  /** Whether the member entering is the proposal's author. */
  public static boolean isAuthor(CampaignAccess.Entry entry, Proposal proposal) {
    return proposal.authorKey().equals(entry.member().memberKey());
  }

  private Proposal lockOpen(long proposalId) {
    Proposal proposal = proposals.lock(proposalId).orElseThrow(() -> notFound(proposalId));
    if (proposal.hidden()) {
      throw notFound(proposalId);
    }
    return proposal;
  }

  Proposal find(long proposalId) {
    return proposals.find(proposalId).orElseThrow(() -> notFound(proposalId));
  }

  private static NotFound notFound(long proposalId) {
    return new NotFound("No proposal with id " + proposalId + ".");
  }
}
