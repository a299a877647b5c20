package kz.kenes.crowdsourcing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import kz.kenes.crowdsourcing.domain.CampaignRepository;
import kz.kenes.crowdsourcing.domain.ProposalRepository;
import kz.kenes.crowdsourcing.domain.RevisionChange;
import kz.kenes.platform.domain.InvalidInput;

/**
 * The proposals a revision change names: each one a proposal of a campaign on the revised program,
 * so that a record never cites a proposal that does not exist or concerns another program.
 */
@ApplicationScoped
public class RevisionProposals {

  @Inject ProposalRepository proposals;
  @Inject CampaignRepository campaigns;

  /** Refuses (400 {@code proposalIds[i]}) an id that is no proposal on the program. */
  RevisionChange check(long programId, RevisionChange change) {
    List<Long> ids = change.proposalIds();
    for (int i = 0; i < ids.size(); i++) {
      long id = ids.get(i);
      boolean onProgram =
          proposals
              .find(id)
              .flatMap(p -> campaigns.find(p.campaignId()))
              .filter(c -> c.programId() == programId)
              .isPresent();
      if (!onProgram) {
        throw new InvalidInput(
            "proposalIds[" + i + "]",
            "Proposal " + id + " is not a proposal of a campaign on this revision's program.");
      }
    }
    return change;
  }
}
