package kz.kenes.crowdsourcing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.kenes.crowdsourcing.domain.Campaign;
import kz.kenes.crowdsourcing.domain.CampaignNotification;
import kz.kenes.crowdsourcing.domain.CampaignRepository;
import kz.kenes.crowdsourcing.domain.NotificationMailSettings;
import kz.kenes.crowdsourcing.domain.Proposal;
import kz.kenes.crowdsourcing.domain.ProposalRepository;
import kz.kenes.platform.domain.NotAllowed;
import kz.kenes.platform.domain.NotFound;

/**
 * What Kenes tells the authors of a proposal (docs/crowdsourcing.md, "Notifications"): a
 * notification in Kenes for the author and each co-author, and, when mail is configured, the same
 * by e-mail ({@link NotificationMails}) to those with an address who did not turn it off; and a
 * member's own notifications and mail setting.
 */
@ApplicationScoped
public class Notifications {

  /** Most notifications listed. */
  public static final int LIMIT = 100;

  @Inject ProposalRepository proposals;
  @Inject NotificationMails mails;
  @Inject MailRecipients recipients;
  @Inject NotificationMailSettings settings;
  @Inject CampaignRepository campaigns;
  @Inject Clock clock;

  /** A member's mail setting as their notifications page shows it. */
  public record MailChoice(Optional<String> address, boolean mailsOff, boolean guest) {}

  public List<CampaignNotification> of(CampaignCaller caller) {
    return proposals.notificationsOf(caller.memberKey(), LIMIT);
  }

  /**
   * Notifies the author and co-authors of {@code proposal}, in the caller's transaction: the mail,
   * if any, is sent after it commits and never fails it.
   */
  public void notifyAuthors(Proposal proposal, CampaignNotification.Kind kind, String reason) {
    Instant now = clock.instant();
    String campaignTitle = campaigns.find(proposal.campaignId()).map(Campaign::title).orElse("");
    List<String> keys = new ArrayList<>();
    keys.add(proposal.authorKey());
    proposals.contributors(proposal.id()).keySet().stream()
        .filter(k -> !keys.contains(k))
        .forEach(keys::add);
    for (String key : keys) {
      CampaignNotification notification =
          proposals.notify(
              new CampaignNotification(
                  key, proposal.campaignId(), proposal.id(), kind, reason, now));
      mails.queue(notification, proposal.title(), campaignTitle);
    }
  }

  /** The caller's address and whether their mails are off. */
  public MailChoice mailChoice(CampaignCaller caller) {
    String key = requireMember(caller);
    return new MailChoice(
        recipients.addressOf(key),
        settings.find(key).map(NotificationMailSettings.Setting::mailsOff).orElse(false),
        !key.startsWith("lti:"));
  }

  /** Turns the caller's notification mails off or on again. */
  @Transactional
  public void switchMails(CampaignCaller caller, boolean off) {
    settings.switchMails(requireMember(caller), off, clock.instant());
  }

  /** Whether the unsubscribe token is one Kenes gave; 404 when not. */
  public NotificationMailSettings.Setting unsubscribeTarget(String token) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
      throw new NotFound("unsubscribe-not-found", "This unsubscribe link is not known.");
    }
    return settings
        .findByToken(token)
        .orElseThrow(
            () -> new NotFound("unsubscribe-not-found", "This unsubscribe link is not known."));
  }

  /** Turns off the mails of the token's member; 404 for an unknown token. */
  @Transactional
  public void unsubscribe(String token) {
    settings.switchMails(unsubscribeTarget(token).recipientKey(), true, clock.instant());
  }

  private static String requireMember(CampaignCaller caller) {
    String key = caller.memberKey();
    if (CampaignCaller.ADMIN_TOKEN.equals(key)) {
      throw new NotAllowed("The admin token gets no notifications: it proposes nothing.");
    }
    return key;
  }
}
