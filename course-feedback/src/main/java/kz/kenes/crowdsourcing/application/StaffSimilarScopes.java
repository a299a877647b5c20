package kz.kenes.crowdsourcing.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import kz.kenes.crowdsourcing.domain.SimilarScopeAccess;
import kz.kenes.identity.domain.KenesRole;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.platform.domain.NotAllowed;

/**
 * The {@link SimilarScopeAccess} until campaigns say who takes part in them: the admin token,
 * administrators and instructors may ask, learners not. The campaign part replaces it with the
 * campaign's own rule (its participants, its university).
 */
@ApplicationScoped
public class StaffSimilarScopes implements SimilarScopeAccess {

  @Override
  public void requireReader(Optional<KenesSession> caller, String scope) {
    if (caller.isPresent()
        && caller.get().role() != KenesRole.ADMIN
        && caller.get().role() != KenesRole.INSTRUCTOR) {
      throw new NotAllowed(
          "Suggestions of similar proposals are for a campaign's participants; this campaign"
              + " does not list you.");
    }
  }
}
