package kz.kenes.crowdsourcing.domain;

import java.util.Optional;
import kz.kenes.identity.domain.KenesSession;

/**
 * Who may ask for suggestions over a scope's entries. A scope is another part's (a campaign's
 * proposals): that part knows its participants and implements this port; until then the suggestions
 * are read as {@code CampaignSimilarScopes} says.
 */
public interface SimilarScopeAccess {

  /**
   * Refuses (a {@link kz.kenes.platform.domain.DomainException}) a caller who may not read the
   * scope's entries; an empty caller is the admin token.
   */
  void requireReader(Optional<KenesSession> caller, String scope);
}
