package kz.kenes.crowdsourcing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import kz.kenes.crowdsourcing.domain.CampaignAction;
import kz.kenes.crowdsourcing.domain.CampaignRole;
import kz.kenes.crowdsourcing.domain.Proposal;
import kz.kenes.crowdsourcing.domain.ProposalOrigins;
import kz.kenes.platform.domain.Conflict;
import kz.kenes.platform.domain.InvalidInput;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.platform.domain.NotFound;

/**
 * Ideas from feedback become proposals (docs/crowdsourcing.md, "Ideas from feedback"): an organiser
 * lists the ideas of the campaign's program ({@link FeedbackIdeas}: open answers of module feedback
 * and of survey rounds that their staff marked as ideas) and turns one into a proposal of the
 * campaign, during collection. The proposal is about the answer's module (if it names one), speaks
 * for the respondent's stakeholder group, and keeps where it came from ({@link ProposalOrigins}).
 */
@ApplicationScoped
public class IdeaProposals {

  @Inject CampaignAccess access;
  @Inject Proposals proposals;
  @Inject FeedbackIdeas ideas;
  @Inject ProposalOrigins origins;
  @Inject Clock clock;

  /**
   * Which idea to turn into a proposal, and as what.
   *
   * @param source {@code module-answer} (null: the default) or {@code survey-answer}
   * @param ratingId the module rating holding a module feedback answer
   * @param responseId the survey response holding a survey answer
   * @param kind the proposal's kind; null: {@code new_competency}
   * @param title null: the answer's first line, cut at 120 characters
   */
  public record FromIdea(
      String source, Long ratingId, Long responseId, Long itemId, String kind, String title) {}

  /** A proposal with where it came from. */
  public record Turned(Proposal proposal, ProposalOrigins.Origin origin) {}

  /** An idea of the campaign's program, and the campaign's proposal turned from it (or null). */
  public record Listed(FeedbackIdeas.Idea idea, Long proposalId) {}

  /** The ideas of the campaign's program, newest first, for its organisers (others 403). */
  public List<Listed> list(CampaignCaller caller, long campaignId) {
    CampaignAccess.Entry entry = organiser(caller, campaignId, CampaignAction.VIEW);
    Map<String, Long> taken = origins.takenIn(campaignId);
    return ideas.ofProgram(entry.campaign().programId()).stream()
        .map(i -> new Listed(i, taken.get(i.key())))
        .toList();
  }

  @Transactional
  public Turned fromIdea(CampaignCaller caller, long campaignId, FromIdea command) {
    CampaignAccess.Entry entry = organiser(caller, campaignId, CampaignAction.PROPOSE);
    boolean survey = command != null && ProposalOrigins.SURVEY_ANSWER.equals(command.source());
    Long answerId = command == null ? null : survey ? command.responseId() : command.ratingId();
    if (answerId == null || command.itemId() == null) {
      throw new InvalidInput(
          survey ? "responseId" : "ratingId",
          survey
              ? "'responseId' and 'itemId' name the open answer of the survey."
              : "'ratingId' and 'itemId' name the open answer.");
    }
    FeedbackIdeas.Idea idea =
        ideas.ofProgram(entry.campaign().programId(), command.source(), answerId, command.itemId());
    if (origins.taken(campaignId, idea.source(), idea.answerId(), idea.itemId())) {
      throw new Conflict(
          "idea-taken", "This idea is a proposal of campaign " + campaignId + " already.");
    }
    Proposal proposal =
        proposals.submit(
            entry,
            new Proposals.Submission(
                command.kind() == null ? "new_competency" : command.kind(),
                idea.moduleId() == null ? List.of() : List.of(idea.moduleId()),
                command.title() == null || command.title().isBlank()
                    ? titleOf(idea.text())
                    : command.title(),
                idea.text(),
                rationale(idea)),
            idea.groupCode());
    ProposalOrigins.Origin origin =
        new ProposalOrigins.Origin(
            idea.source(),
            idea.answerId(),
            idea.itemId(),
            idea.moduleId(),
            entry.member().memberKey(),
            clock.instant());
    origins.store(proposal.id(), origin);
    access.audit(
        entry,
        "idea-proposed",
        idea.source()
            + " "
            + idea.answerId()
            + "/"
            + idea.itemId()
            + " as proposal "
            + proposal.id());
    return new Turned(proposal, origin);
  }

  /** Where a proposal the caller may see came from; 404 when it came from no idea. */
  public ProposalOrigins.Origin originOf(CampaignCaller caller, long proposalId) {
    Proposal proposal = proposals.detail(caller, proposalId).proposal();
    return origins
        .of(proposal.id())
        .orElseThrow(() -> new NotFound("Proposal " + proposalId + " came from no idea."));
  }

  private CampaignAccess.Entry organiser(
      CampaignCaller caller, long campaignId, CampaignAction action) {
    CampaignAccess.Entry entry = access.enter(caller, campaignId, action);
    if (entry.role() != CampaignRole.ORGANISER) {
      throw new NotAllowed("Only the campaign's organisers turn ideas of feedback into proposals.");
    }
    return entry;
  }

  private static String rationale(FeedbackIdeas.Idea idea) {
    return idea.surveyTitle() == null
        ? "From module feedback: an open answer of the group "
            + idea.groupCode()
            + ", marked as an idea by its moderators."
        : "From the survey \""
            + idea.surveyTitle()
            + "\": an open answer of the group "
            + idea.groupCode()
            + ", marked as an idea by its staff.";
  }

  static String titleOf(String text) {
    String line = text.strip().lines().findFirst().orElse("").strip();
    return line.length() <= 120 ? line : line.substring(0, 119) + "…";
  }
}
