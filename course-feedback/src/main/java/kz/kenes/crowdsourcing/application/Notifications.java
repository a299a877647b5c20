package kz.kenes.crowdsourcing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import kz.kenes.crowdsourcing.domain.CampaignNotification;
import kz.kenes.crowdsourcing.domain.ProposalRepository;

/** An author's notifications about their proposals, newest first. No e-mail is sent. */
@ApplicationScoped
public class Notifications {

  /** Most notifications listed. */
  public static final int LIMIT = 100;

  @Inject ProposalRepository proposals;

  public List<CampaignNotification> of(CampaignCaller caller) {
    return proposals.notificationsOf(caller.memberKey(), LIMIT);
  }
}
