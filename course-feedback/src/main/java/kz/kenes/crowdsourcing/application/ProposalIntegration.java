package kz.kenes.crowdsourcing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import kz.kenes.crowdsourcing.domain.CampaignAction;
import kz.kenes.crowdsourcing.domain.CampaignRevisions;
import kz.kenes.crowdsourcing.domain.CampaignRole;
import kz.kenes.crowdsourcing.domain.ProposalAccepted;
import kz.kenes.crowdsourcing.domain.ProposalChanges;
import kz.kenes.crowdsourcing.domain.RevisionChange;
import kz.kenes.crowdsourcing.domain.RevisionRecord;
import kz.kenes.crowdsourcing.domain.RevisionRecords;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.program.application.ProgramCatalog;
import kz.kenes.program.domain.EducationalProgram;
import kz.kenes.program.domain.ProgramModule;

/**
 * Stage 5, integration (docs/revisions.md, "From a campaign"): an accepted proposal opens the
 * campaign's draft revision of its program, or extends the one already open, with a change per
 * target module ({@link ProposalChanges}). It runs in the decision's transaction: a proposal the
 * revision cannot take is not accepted either. Organisers then complete the draft (what a change of
 * content becomes, a new module's code and credits) and apply it like any other revision, which
 * writes the module versions and seals the record.
 */
@ApplicationScoped
public class ProposalIntegration {

  @Inject RevisionRecords records;
  @Inject CampaignRevisions campaignRevisions;
  @Inject ProgramCatalog programs;
  @Inject RevisionModules modules;
  @Inject CampaignAccess access;

  /**
   * The revision records that came from the campaign, newest first: its organisers only (403 for
   * other members).
   */
  @Transactional
  public List<RevisionRecord> revisions(CampaignCaller caller, long campaignId) {
    CampaignAccess.Entry entry = access.enter(caller, campaignId, CampaignAction.VIEW);
    if (entry.role() != CampaignRole.ORGANISER) {
      throw new NotAllowed("Only the campaign's organisers read its revision records.");
    }
    return campaignRevisions.revisions(campaignId).stream()
        .map(records::find)
        .flatMap(Optional::stream)
        .toList();
  }

  void onAccepted(@Observes ProposalAccepted accepted) {
    integrate(accepted);
  }

  /** The campaign's draft of the program with the accepted proposal in it. */
  RevisionRecord integrate(ProposalAccepted accepted) {
    EducationalProgram program = programs.find(accepted.programId());
    Optional<RevisionRecord> open =
        campaignRevisions
            .openDraft(accepted.campaignId(), program.id())
            .flatMap(records::find)
            .filter(r -> !r.isSealed());
    RevisionRecord draft = open.orElseGet(() -> opened(accepted, program));
    List<ProgramModule> targets =
        program.modules().stream().filter(m -> accepted.moduleIds().contains(m.id())).toList();
    if (targets.isEmpty()) {
      draft.describe(draft.title(), ProposalChanges.unplaced(draft.summary(), accepted));
    }
    for (ProgramModule module : targets) {
      List<String> competencies = module.current().content().outline().competencies();
      RevisionChange change =
          draft
              .changeOf(module.code())
              .map(c -> ProposalChanges.extend(c, accepted, competencies))
              .orElseGet(() -> ProposalChanges.of(accepted, module.code(), competencies));
      draft.putChange(modules.check(program, change));
    }
    return records.storeDraft(draft);
  }

  private RevisionRecord opened(ProposalAccepted accepted, EducationalProgram program) {
    RevisionRecord draft =
        records.storeDraft(
            RevisionRecord.draft(
                program.university().id(),
                program.id(),
                program.code(),
                "Campaign " + accepted.campaignId() + ": accepted proposals",
                "",
                null,
                ProposalChanges.approvedBy(accepted.decidedBy()),
                accepted.decidedAt()));
    campaignRevisions.attach(draft.id(), accepted.campaignId());
    return draft;
  }
}
