package kz.kenes.crowdsourcing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import kz.kenes.crowdsourcing.domain.CampaignAction;
import kz.kenes.crowdsourcing.domain.SimilarScopeAccess;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.domain.NotAllowed;

/**
 * Who may ask for similar proposals: a campaign's scope ({@code campaign:<id>}) is read by whoever
 * may view the campaign ({@link CampaignAccess}: its organisers, facilitators, experts and
 * participants), so a learner taking part is shown near-duplicates before submitting; any other
 * scope by the admin token only (which reads every scope).
 */
@ApplicationScoped
public class CampaignSimilarScopes implements SimilarScopeAccess {

  private static final String CAMPAIGN = "campaign:";

  @Inject CampaignAccess access;

  @Override
  @Transactional
  public void requireReader(Optional<KenesSession> caller, String scope) {
    if (caller.isEmpty()) {
      return; // the admin token: the installation's operator reads every scope
    }
    if (scope.startsWith(CAMPAIGN)) {
      long campaignId;
      try {
        campaignId = Long.parseLong(scope.substring(CAMPAIGN.length()));
      } catch (NumberFormatException e) {
        throw new NotAllowed("No campaign is named by the scope " + scope + ".");
      }
      access.enter(CampaignCaller.of(caller.get()), campaignId, CampaignAction.VIEW);
      return;
    }
    throw new NotAllowed("Only the operator reads the scope " + scope + ".");
  }
}
