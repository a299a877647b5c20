package kz.kenes.crowdsourcing.application;

import java.util.Optional;
import kz.kenes.crowdsourcing.domain.CampaignMember;
import kz.kenes.identity.domain.KenesSession;
import kz.kenes.identity.domain.UniversityScope;

/**
 * Who calls a crowdsourcing use case: an identity session, or none for the holder of the admin
 * token (the installation's operator).
 */
public record CampaignCaller(Optional<KenesSession> session) {

  /** The member key of the operator's admin token. */
  public static final String ADMIN_TOKEN = "admin-token";

  public static CampaignCaller of(KenesSession session) {
    return new CampaignCaller(Optional.of(session));
  }

  public static CampaignCaller adminToken() {
    return new CampaignCaller(Optional.empty());
  }

  /**
   * {@code lti:<user>} for a launch, the guest's key ({@code inv:<link>:<use>}) for a session
   * opened through a campaign's invitation link, {@link #ADMIN_TOKEN} for the admin token.
   */
  public String memberKey() {
    Optional<String> guest = session.map(KenesSession::guestKey);
    if (guest.isPresent()) {
      return guest.get();
    }
    return session
        .filter(s -> s.userRef() != null)
        .map(s -> CampaignMember.ltiKey(s.userRef()))
        .orElse(ADMIN_TOKEN);
  }

  /** The universities the caller administers; empty for one who is no administrator. */
  public Optional<UniversityScope> adminScope() {
    if (session.isEmpty()) {
      return Optional.of(UniversityScope.ofOperator());
    }
    return session.filter(KenesSession::isAdmin).map(KenesSession::scope);
  }
}
