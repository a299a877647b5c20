package kz.kenes.crowdsourcing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import kz.kenes.analytics.application.AnswerModerations.MarkedIdea;
import kz.kenes.analytics.application.ModuleAnswerModeration;
import kz.kenes.crowdsourcing.domain.CampaignAction;
import kz.kenes.crowdsourcing.domain.CampaignRole;
import kz.kenes.crowdsourcing.domain.Proposal;
import kz.kenes.crowdsourcing.domain.ProposalOrigins;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.platform.domain.NotFound;
import kz.kenes.program.application.ProgramCatalog;

/**
 * Ideas from feedback become proposals (docs/crowdsourcing.md, "Ideas from feedback"): an organiser
 * turns an open answer of module feedback that a moderator marked as an idea into a proposal of the
 * campaign, during collection. The proposal is about the answer's module, speaks for the
 * respondent's stakeholder group, and keeps where it came from ({@link ProposalOrigins}). The
 * answer is read through the analytics context, which owns the moderation.
 */
@ApplicationScoped
public class IdeaProposals {

  @Inject CampaignAccess access;
  @Inject Proposals proposals;
  @Inject ModuleAnswerModeration moderation;
  @Inject ProgramCatalog programs;
  @Inject ProposalOrigins origins;
  @Inject Clock clock;

  /**
   * Which idea to turn into a proposal, and as what.
   *
   * @param kind the proposal's kind; null: {@code new_competency}
   * @param title null: the answer's first line, cut at 120 characters
   */
  public record FromIdea(Long ratingId, Long itemId, String kind, String title) {}

  /** A proposal with where it came from. */
  public record Turned(Proposal proposal, ProposalOrigins.Origin origin) {}

  @Transactional
  public Turned fromModuleIdea(CampaignCaller caller, long campaignId, FromIdea command) {
    CampaignAccess.Entry entry = access.enter(caller, campaignId, CampaignAction.PROPOSE);
    if (entry.role() != CampaignRole.ORGANISER) {
      throw new NotAllowed("Only the campaign's organisers turn ideas of feedback into proposals.");
    }
    if (command == null || command.ratingId() == null || command.itemId() == null) {
      throw new InvalidInput("ratingId", "'ratingId' and 'itemId' name the open answer.");
    }
    MarkedIdea idea = moderation.markedIdea(command.ratingId(), command.itemId());
    boolean ofProgram =
        programs.find(entry.campaign().programId()).modules().stream()
            .anyMatch(m -> m.id() == idea.moduleId());
    if (!ofProgram) {
      throw new NotFound(
          "idea-not-found",
          "Open answer "
              + idea.ratingId()
              + "/"
              + idea.itemId()
              + " is not about a module of this campaign's program.");
    }
    if (origins.taken(campaignId, idea.ratingId(), idea.itemId())) {
      throw new Conflict(
          "idea-taken", "This idea is a proposal of campaign " + campaignId + " already.");
    }
    Proposal proposal =
        proposals.submit(
            entry,
            new Proposals.Submission(
                command.kind() == null ? "new_competency" : command.kind(),
                List.of(idea.moduleId()),
                command.title() == null || command.title().isBlank()
                    ? titleOf(idea.text())
                    : command.title(),
                idea.text(),
                "From module feedback: an open answer of the group "
                    + idea.groupCode()
                    + ", marked as an idea by its moderators."),
            idea.groupCode());
    ProposalOrigins.Origin origin =
        new ProposalOrigins.Origin(
            ProposalOrigins.MODULE_ANSWER,
            idea.ratingId(),
            idea.itemId(),
            idea.moduleId(),
            entry.member().memberKey(),
            clock.instant());
    origins.store(proposal.id(), origin);
    access.audit(
        entry,
        "idea-proposed",
        "answer " + idea.ratingId() + "/" + idea.itemId() + " as proposal " + proposal.id());
    return new Turned(proposal, origin);
  }

  /** Where a proposal the caller may see came from; 404 when it came from no idea. */
  public ProposalOrigins.Origin originOf(CampaignCaller caller, long proposalId) {
    Proposal proposal = proposals.detail(caller, proposalId).proposal();
    return origins
        .of(proposal.id())
        .orElseThrow(() -> new NotFound("Proposal " + proposalId + " came from no idea."));
  }

  static String titleOf(String text) {
    String line = text.strip().lines().findFirst().orElse("").strip();
    return line.length() <= 120 ? line : line.substring(0, 119) + "…";
  }
}
